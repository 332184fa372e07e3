package dev.casus.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drools and Casus' internals are implementation details: no public signature of a public API type
 * mentions a Drools or KIE type, or a type of an internal Casus package.
 */
class ApiBoundaryTest {

    private static final Set<String> PUBLIC_PACKAGES = Set.of("dev.casus", "dev.casus.model", "dev.casus.api", "dev.casus.testing");
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][\\w]*(?:\\.[a-z][\\w]*)*\\.[A-Z][\\w$]*");

    @Test
    void should_expose_neither_drools_nor_internal_types_in_public_signatures() throws Exception {
        Path classes = Path.of(dev.casus.Casus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks = new ArrayList<>();
        for (String name : classNames(classes)) {
            Class<?> type = Class.forName(name);
            if (!PUBLIC_PACKAGES.contains(type.getPackageName()) || !isVisible(type)) {
                continue;
            }
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable member : members) {
                if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                if (member instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
                for (Type t : types) {
                    Matcher named = TYPE_NAME.matcher(t.getTypeName());
                    while (named.find()) {
                        String used = named.group();
                        String pkg = used.substring(0, used.lastIndexOf('.'));
                        if (used.startsWith("org.kie.") || used.startsWith("org.drools.")
                                || (used.startsWith("dev.casus.") && !PUBLIC_PACKAGES.contains(pkg))) {
                            leaks.add(name + "." + member.getName() + ": " + used);
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> n.startsWith("dev.casus.") && !n.matches(".*\\$\\d.*"))
                    .sorted().toList();
        }
    }
}
