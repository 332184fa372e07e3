package dev.casus.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Drools is an implementation detail: no public signature of Casus mentions a Drools or KIE type. */
class ApiBoundaryTest {

    @Test
    void no_public_signature_exposes_drools() throws Exception {
        Path classes = Path.of(dev.casus.Casus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks = new ArrayList<>();
        for (String name : classNames(classes)) {
            Class<?> type = Class.forName(name);
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                for (Type t : types) {
                    if (t.getTypeName().contains("org.kie.") || t.getTypeName().contains("org.drools.")) {
                        leaks.add(name + "." + m.getName() + ": " + t.getTypeName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> n.startsWith("dev.casus.") && !n.startsWith("dev.casus.engine."))
                    .sorted().toList();
        }
    }
}
