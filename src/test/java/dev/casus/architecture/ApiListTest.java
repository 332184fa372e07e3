package dev.casus.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/api.md lists the public API type by type; the compiled classes must agree with it. */
class ApiListTest {

    private static final Set<String> PUBLIC_PACKAGES = Set.of("dev.casus", "dev.casus.model", "dev.casus.api", "dev.casus.testing");
    private static final Pattern LISTED_TYPE = Pattern.compile("^\\| `(dev\\.casus[\\w.]*\\.[A-Z]\\w*)` \\|", Pattern.MULTILINE);
    private static final Pattern INTERNAL_LINE = Pattern.compile("`(dev\\.casus\\.[a-z]+)`");

    @Test
    void should_list_every_public_type_of_the_public_packages_in_docs_api_md() throws IOException {
        // given
        String doc = Files.readString(Path.of("docs/api.md"));
        Set<String> listed = new TreeSet<>();
        Matcher m = LISTED_TYPE.matcher(doc);
        while (m.find()) {
            listed.add(m.group(1));
        }

        // when
        Set<String> published = new TreeSet<>();
        for (JavaClass c : classes()) {
            if (PUBLIC_PACKAGES.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && c.isTopLevelClass()) {
                published.add(c.getName());
            }
        }

        // then
        assertThat(published).as("public types of the public packages, against docs/api.md").isEqualTo(listed);
        assertThat(published).as("the public API stays small").hasSizeLessThanOrEqualTo(35);
    }

    @Test
    void should_name_every_other_package_as_internal_in_docs_api_md() throws IOException {
        // given
        String doc = Files.readString(Path.of("docs/api.md"));
        String internal = doc.substring(doc.indexOf("## Internal packages"));
        Set<String> named = new TreeSet<>();
        Matcher m = INTERNAL_LINE.matcher(internal);
        while (m.find()) {
            named.add(m.group(1));
        }

        // when
        Set<String> packages = new TreeSet<>();
        classes().forEach(c -> packages.add(c.getPackageName()));
        packages.removeAll(PUBLIC_PACKAGES);
        packages.removeIf(p -> named.stream().anyMatch(n -> p.startsWith(n + "."))); // e.g. JMH's generated code

        // then
        assertThat(packages).as("internal packages, against docs/api.md").isEqualTo(named);
    }

    private static Iterable<JavaClass> classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.casus");
    }
}
