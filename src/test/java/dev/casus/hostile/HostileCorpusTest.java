package dev.casus.hostile;

import dev.casus.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The corpus of bad and hostile inputs in {@code src/test/resources/hostile/<category>/<defect>/}: each
 * is a small project (the files of {@code _base/}, changed by the entry's {@code files/}, less what its
 * {@code delete} names) with one defect, run through the {@code casus} command line. Each must end with
 * its documented exit code, name the {@code path:line} its {@code expect.properties} gives, show no stack
 * trace, and finish: a hang fails the entry. {@code never} lists what the output must not say;
 * {@code stdout=full} or {@code stderr=full} makes that stream fail every write, as on a full disk.
 */
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Duration HANG = Duration.ofSeconds(120);

    @TestFactory
    Stream<DynamicTest> every_bad_input_is_located_and_nothing_is_lost() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path entry : entries()) {
            String name = CORPUS.relativize(entry).toString();
            tests.add(DynamicTest.dynamicTest(name, entry.resolve("expect.properties").toUri(), () -> check(entry)));
        }
        return tests.stream();
    }

    static List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.getFileName().toString().equals("expect.properties"))
                    .map(Path::getParent).sorted().toList();
        }
    }

    private static void check(Path entry) throws IOException {
        Properties expect = new Properties();
        try (InputStream in = Files.newInputStream(entry.resolve("expect.properties"))) {
            expect.load(in);
        }
        Path project = Files.createTempDirectory("casus-hostile");
        try {
            copy(CORPUS.resolve("_base"), project);
            if (Files.isDirectory(entry.resolve("files"))) {
                copy(entry.resolve("files"), project);
            }
            for (String gone : expect.getProperty("delete", "").split(",")) {
                if (!gone.isBlank()) {
                    delete(project.resolve(gone.strip()));
                }
            }
            List<String> args = new ArrayList<>();
            args.add(expect.getProperty("command", "run"));
            if (!Boolean.parseBoolean(expect.getProperty("noProject", "false"))) {
                args.addAll(List.of("--rules", project.resolve("rules").toString(),
                        "--cases", project.resolve(expect.getProperty("cases", "cases")).toString()));
            }
            Arrays.stream(expect.getProperty("args", "").split(" ")).filter(a -> !a.isBlank())
                    .map(a -> a.replace("{project}", project.toString())).forEach(args::add);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = assertTimeoutPreemptively(HANG, () -> {
                CommandLine command = Main.commandLine();
                command.setOut(full(expect, "stdout") ? failing() : new PrintWriter(out, true));
                command.setErr(full(expect, "stderr") ? failing() : new PrintWriter(err, true));
                return command.execute(args.toArray(String[]::new));
            }, () -> "hangs: " + expect.getProperty("defect"));
            String output = (out + "\n" + err).replace(project + "/", "");
            String context = expect.getProperty("defect") + "\n--- output:\n" + output;
            assertThat(exit).as(context).isEqualTo(Integer.parseInt(expect.getProperty("exit").strip()));
            assertThat(output).as(context).doesNotContain("\tat ").doesNotContain("internal error");
            for (String where : expect.getProperty("where", "").split(";")) {
                if (!where.isBlank()) {
                    assertThat(output).as(context).contains(where.strip());
                }
            }
            for (String says : expect.getProperty("says", "").split(";")) {
                if (!says.isBlank()) {
                    assertThat(output).as(context).contains(says.strip());
                }
            }
            for (String never : expect.getProperty("never", "").split(";")) {
                if (!never.isBlank()) {
                    assertThat(output).as(context).doesNotContain(never.strip());
                }
            }
        } finally {
            delete(project);
        }
    }

    private static boolean full(Properties expect, String stream) {
        return "full".equals(expect.getProperty(stream, "").strip());
    }

    /** A writer on a stream that fails every write. */
    private static PrintWriter failing() {
        return new PrintWriter(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8), true, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
