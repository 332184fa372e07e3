package dev.casus.properties;

import dev.casus.Casus;
import dev.casus.Draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiles generated drafts. Each is written to a temporary folder of its own, loaded, and the
 * folder deleted again; the last few compiled drafts are kept, since properties often generate
 * the same draft for several cases.
 */
final class Drafts {

    /** The folder name every generated draft gets, so that drafts compare by their clauses alone. */
    static final String ID = "pact";

    private static final int KEPT = 16;
    private static final Map<Map<String, String>, Draft> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, String>, Draft> eldest) {
            return size() > KEPT;
        }
    };

    private Drafts() {
    }

    static Draft load(DraftModel model) {
        return load(model.files());
    }

    static synchronized Draft load(Map<String, String> files) {
        Draft cached = RECENT.get(files);
        if (cached != null) {
            return cached;
        }
        Path root = TempFolders.create();
        try {
            Draft draft = Casus.load(write(root, ID, files));
            RECENT.put(Map.copyOf(files), draft);
            return draft;
        } finally {
            TempFolders.delete(root);
        }
    }

    /** Writes a draft's files into {@code root/id} and returns that folder. */
    static Path write(Path root, String id, Map<String, String> files) {
        Path dir = root.resolve(id);
        files.forEach((name, text) -> TempFolders.write(dir.resolve(name), text));
        return dir;
    }

    /** Temporary folders, which jqwik does not provide. */
    static final class TempFolders {

        private TempFolders() {
        }

        static Path create() {
            try {
                return Files.createTempDirectory("casus-properties");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void write(Path file, String text) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void delete(Path root) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
