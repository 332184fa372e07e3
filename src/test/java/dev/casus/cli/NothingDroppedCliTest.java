package dev.casus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.casus.cli.CliRun.casus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a run meets is dropped: the case files of a draft that did not load are still read and their
 * problems reported, their cases are counted as not run, and a report that cannot be written is exit 4.
 */
class NothingDroppedCliTest {

    private static final String CASES = """
            drafts: [test]
            cases:
              - id: heavy-strike
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                expect:
                  active: [FR/consult]
              - id: abroad
                incident: {act: missile-strike, actorKind: state, country: PL, kiled: 12}
            """;

    private static final String BROKEN_CLAUSES = Fixtures.CLAUSES.replace("holds(\"aggression\", $i);", "holds(\"aggression\", $i)");

    @TempDir
    Path root;

    private Path rules;
    private Path cases;

    @BeforeEach
    void project() {
        rules = root.resolve("rules");
        cases = root.resolve("cases");
        Fixtures.draft(rules, "test", Fixtures.DRAFT_YAML, Map.of("clauses.drl", BROKEN_CLAUSES));
        Fixtures.write(cases.resolve("test.yaml"), CASES);
    }

    /** A stream that fails every write, as standard output does on a full disk. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    void should_report_a_case_files_problems_and_count_its_cases_not_run_when_its_draft_fails_to_load() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out())
                .contains(rules.resolve("test/clauses.drl") + ":9:")
                .contains(cases.resolve("test.yaml") + ":8:68: unknown field 'kiled' in an incident (did you mean 'killed'?)")
                .contains("Not run\n  draft test did not load: 2 cases not run\n"
                        + "    " + cases.resolve("test.yaml") + ":3: heavy-strike\n"
                        + "    " + cases.resolve("test.yaml") + ":7: abroad\n")
                .contains("0 drafts, 0 case runs, 0 expectations: 0 passed, 0 failed; 0 case errors, 1 invalid draft, "
                        + "0 invalid case files, 2 cases not run (draft test did not load)");
    }

    @Test
    void should_list_the_cases_not_run_in_the_json_and_its_summary() throws IOException {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        assertThat(run.exit()).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/notRun")).hasSize(2);
        assertThat(json.at("/notRun/0/draft").asText()).isEqualTo("test");
        assertThat(json.at("/notRun/0/case").asText()).isEqualTo("heavy-strike");
        assertThat(json.at("/notRun/0/file").asText()).isEqualTo(cases.resolve("test.yaml").toString());
        assertThat(json.at("/notRun/0/line").asInt()).isEqualTo(3);
        assertThat(json.at("/notRun/0/reason").asText()).isEqualTo("draft test did not load");
        assertThat(json.at("/notRun/1/case").asText()).isEqualTo("abroad");
        assertThat(json.at("/summary/notRun").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/exitCode").asInt()).isEqualTo(3);
        assertThat(json.at("/problems").toString()).contains("unknown field 'kiled'");
    }

    @Test
    void should_still_run_and_pass_the_other_drafts_cases_when_one_draft_fails() {
        // given
        Fixtures.draft(rules, "good", Fixtures.DRAFT_YAML, Map.of("clauses.drl", Fixtures.CLAUSES.replace("casus.test", "casus.good")));
        Fixtures.write(cases.resolve("good.yaml"), CASES.replace("[test]", "[good]").replace("kiled", "killed"));

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).containsPattern("heavy-strike .* 1/1 ok")
                .contains("1 draft, 2 case runs, 1 expectation: 1 passed, 0 failed; 0 case errors, 1 invalid draft, "
                        + "0 invalid case files, 2 cases not run (draft test did not load)");
    }

    @Test
    void should_check_the_attributes_of_a_draft_whose_clauses_fail_against_its_draft_yaml() {
        // given
        Fixtures.write(cases.resolve("test.yaml"), """
                drafts: [test]
                cases:
                  - id: nuclear
                    incident: {act: missile-strike, extra: {nuclear-use: true}}
                """);

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases.resolve("test.yaml") + ":4:")
                .contains("unknown attribute 'nuclear-use'").contains("(did you mean 'nuclear-used'?)");
    }

    @Test
    void should_not_call_an_attribute_unknown_when_the_drafts_draft_yaml_is_broken_but_report_the_rest() {
        // given
        Fixtures.write(rules.resolve("test/clauses.drl"), Fixtures.CLAUSES);
        Fixtures.write(rules.resolve("test/draft.yaml"), Fixtures.DRAFT_YAML.replace("role: guaranteed", "role: guaranted"));
        Fixtures.write(cases.resolve("test.yaml"), """
                drafts: [test]
                cases:
                  - id: nuclear
                    incident: {act: missile-strike, extra: {nuclear-used: true}, kiled: 3}
                """);

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(rules.resolve("test/draft.yaml") + ":9:20: unknown role 'guaranted'")
                .contains(cases.resolve("test.yaml") + ":4:")
                .contains("unknown field 'kiled'")
                .doesNotContain("unknown attribute")
                .contains("1 case not run (draft test did not load)");
    }

    @Test
    void should_check_the_case_files_of_a_draft_that_fails_to_load() {
        // when
        CliRun run = casus("check", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases.resolve("test.yaml") + ":8:68: unknown field 'kiled'");
    }

    @Test
    void should_say_the_draft_did_not_load_when_explaining_one_of_its_cases() {
        // when
        CliRun run = casus("explain", "--rules", rules.toString(), cases.resolve("test.yaml") + "#heavy-strike");

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains(rules.resolve("test/clauses.drl") + ":9:")
                .contains("casus explain: draft test did not load, so case heavy-strike was not run against it");
    }

    @Test
    void should_name_the_drafts_there_are_when_a_case_file_names_none_near_and_still_run_the_rest() {
        // given
        Fixtures.write(rules.resolve("test/clauses.drl"), Fixtures.CLAUSES);
        Fixtures.write(cases.resolve("test.yaml"), CASES.replace("kiled", "killed"));
        Fixtures.write(cases.resolve("x.yaml"), "drafts: [nosuch]\ncases: []\n");

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases.resolve("x.yaml") + ":1:9: no draft 'nosuch' in the rules folder; the drafts are test")
                .contains("1 draft, 2 case runs, 1 expectation: 1 passed, 0 failed; 0 case errors, 0 invalid drafts, 1 invalid case file");
    }

    @Test
    void should_exit_3_when_the_case_files_hold_no_case() {
        // given
        Fixtures.write(rules.resolve("test/clauses.drl"), Fixtures.CLAUSES);
        Fixtures.write(cases.resolve("test.yaml"), "drafts: [test]\ncases: []\n");

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.resolve("test.yaml").toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases.resolve("test.yaml") + ": no cases to run: no case file here holds a case");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "txt-only", "empty-file"})
    void should_exit_3_with_a_located_message_when_there_is_no_case_file_to_run(String what) throws IOException {
        // given
        Fixtures.write(rules.resolve("test/clauses.drl"), Fixtures.CLAUSES);
        Path target = switch (what) {
            case "empty" -> Files.createDirectories(root.resolve("empty"));
            case "txt-only" -> Fixtures.write(root.resolve("txt/notes.txt"), "drafts: [test]\n").getParent();
            default -> Fixtures.write(root.resolve("blank.yaml"), "");
        };

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", target.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(target + ": ").contains("0 case runs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nosuch", "empty"})
    void should_exit_3_when_check_is_given_no_case_file(String what) throws IOException {
        // given
        Fixtures.write(rules.resolve("test/clauses.drl"), Fixtures.CLAUSES);
        Path target = what.equals("empty") ? Files.createDirectories(root.resolve("empty")) : root.resolve("nosuch");

        // when
        CliRun run = casus("check", "--rules", rules.toString(), "--cases", target.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(target + (what.equals("empty") ? ": no case files here" : ": no such case file or folder"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "run --format json", "check", "explain", "--help", "--version", "run --help"})
    void should_exit_4_and_say_so_on_stderr_when_the_report_cannot_be_written(String command) {
        // given
        Fixtures.write(rules.resolve("test/clauses.drl"), Fixtures.CLAUSES);
        Fixtures.write(cases.resolve("test.yaml"), CASES.replace("kiled", "killed"));
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (!command.contains("--")) {
            args.addAll(List.of("--rules", rules.toString()));
            args.add(command.equals("explain") ? cases.resolve("test.yaml") + "#heavy-strike" : "--cases=" + cases);
        }
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new PrintStream(new Full(), true, StandardCharsets.UTF_8), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err));

        // when
        int exit = cli.execute(args.toArray(String[]::new));

        // then
        String name = command.startsWith("--") ? "casus" : "casus " + args.get(0);
        String what = command.contains("--help") ? "help" : command.contains("--version") ? "version" : "report";
        assertThat(exit).isEqualTo(4);
        assertThat(err.toString()).isEqualTo(name + ": cannot write the " + what
                + " to standard output (no space left on the device, or the reader closed it?)" + System.lineSeparator());
    }

    @Test
    void should_keep_its_exit_code_and_not_crash_when_stderr_cannot_be_written() {
        // given
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new Full(), true));

        // when
        int exit = cli.execute("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        assertThat(exit).isEqualTo(3);
        assertThat(out.toString()).contains("\"notRun\" : 2");
    }

    @Test
    void should_exit_4_when_a_writer_that_is_not_a_stream_fails() {
        // given
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        cli.setErr(new PrintWriter(err));

        // when
        int exit = cli.execute("check", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(exit).isEqualTo(4);
        assertThat(err.toString()).startsWith("casus check: cannot write the report to standard output");
    }
}
