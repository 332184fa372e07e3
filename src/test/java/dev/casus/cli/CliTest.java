package dev.casus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import static dev.casus.cli.CliRun.casus;
import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    private static final String CASES = """
            drafts: [test]
            cases:
              - id: heavy-strike
                title: A strike that kills twelve
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                expect:
                  active: [FR/consult, FR/assist]
                  conditional: [DE/assist]
                  holds: [armed attack]
              - id: uncertain-toll
                title: Casualties not yet known
                incident: {act: missile-strike, actorKind: state, country: UA, killed: {from: 0, to: 30}}
                expect:
                  undetermined: [FR/consult]
              - id: abroad
                incident: {act: missile-strike, actorKind: state, country: PL, killed: 12}
                expect:
                  inactive: [FR/consult]
            """;

    @TempDir
    Path root;

    private Path rules;
    private Path cases;

    @BeforeEach
    void project() {
        rules = root.resolve("rules");
        Fixtures.testDraft(rules, Map.of());
        cases = root.resolve("cases");
        Fixtures.write(cases.resolve("test.yaml"), CASES);
    }

    @Test
    void should_print_the_matrix_and_exit_0_when_every_expectation_is_met() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("test: Test Pact (v1)")
                .containsPattern("heavy-strike +C +\u2713 +\u2713 +\u2713 +4/4 ok")
                .containsPattern("uncertain-toll +\\? +\\? +\\? +\\? +1/1 ok")
                .contains("uncertain-toll: DE/assist undetermined: depends on killed: 0, 9 \u2192 inactive; 10, 11, 30 \u2192 conditional (turns on Art. 2)")
                .contains("uncertain-toll: DE/consult, FR/assist, FR/consult undetermined: depends on killed: 0, 9 \u2192 inactive; 10, 11, 30 \u2192 active (turns on Art. 2)")
                .contains("1 draft, 3 case runs, 6 expectations: 6 passed, 0 failed; 0 case errors, 0 invalid drafts, 0 invalid case files")
                .contains("coverage: 4 of 4 clauses fired (100.0%)")
                .doesNotContain("dead-clause");
    }

    @Test
    void should_exit_1_and_name_case_file_line_expected_and_actual_when_an_expectation_fails() {
        // given
        Fixtures.write(cases.resolve("test.yaml"), CASES.replace("inactive: [FR/consult]", "active: [FR/consult]"));

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(cases.resolve("test.yaml") + ":18: case abroad (test): expected FR/consult active, got inactive");
    }

    @Test
    void should_run_what_it_can_and_exit_3_when_some_input_is_invalid() {
        // given: a broken draft, a broken case file, and a case file with one bad case
        Fixtures.draft(rules, "broken", "title: Broken\nparties: []\ncommitments: []\n", Map.of("b.drl", "package casus.broken;\nrule \"x\" when then end garbage"));
        Fixtures.write(cases.resolve("broken.yaml"), "drafts: [broken]\ncases: []\n");
        Fixtures.write(cases.resolve("syntax.yaml"), "drafts: [test\n");
        Fixtures.write(cases.resolve("test.yaml"), CASES + """
                  - id: typo
                    incident: {act: missile-strike, killd: 3}
                """);

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("heavy-strike").contains("4/4 ok")
                .contains(cases.resolve("test.yaml") + ":20:37: unknown field 'killd' in an incident (did you mean 'killed'?)")
                .contains(rules.resolve("broken/b.drl") + ":2")
                .contains(cases.resolve("syntax.yaml") + ":")
                .contains("1 draft, 4 case runs, 6 expectations: 6 passed, 0 failed; 1 case error, 1 invalid draft, 1 invalid case file");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void should_write_byte_identical_json_whatever_the_thread_count() throws Exception {
        // when
        CliRun one = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json", "--threads", "1");
        CliRun four = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json", "--threads", "4");
        CliRun again = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json", "--threads", "4");

        // then
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(again.out()).isEqualTo(one.out());
        JsonNode json = new ObjectMapper().readTree(one.out());
        JsonNode heavy = json.at("/drafts/0/cases/0");
        assertThat(json.at("/drafts/0/id").asText()).isEqualTo("test");
        assertThat(heavy.at("/id").asText()).isEqualTo("heavy-strike");
        assertThat(heavy.at("/commitments/FR~1consult").asText()).isEqualTo("active");
        assertThat(heavy.at("/commitments/DE~1assist").asText()).isEqualTo("conditional");
        assertThat(heavy.at("/expectations/passed").asInt()).isEqualTo(4);
        assertThat(heavy.at("/expectations/failed").asInt()).isZero();
        assertThat(heavy.at("/findings").isArray()).isTrue();
        assertThat(json.at("/drafts/0/cases/1/commitments/FR~1consult").asText()).isEqualTo("undetermined");
        assertThat(json.at("/drafts/0/cases/1/dependsOn/FR~1consult/0/field").asText()).isEqualTo("killed");
        assertThat(json.at("/summary/exitCode").asInt()).isZero();
    }

    @Test
    void should_check_drafts_and_cases_without_running_them() {
        // given
        Fixtures.write(cases.resolve("bad.yaml"), "drafts: [test]\ncases:\n  - id: x\n    incident: {act: invasion, zone: moon}\n");

        // when
        CliRun run = casus("check", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases.resolve("bad.yaml") + ":4:37: unknown value 'moon' for zone")
                .contains("test: 4 clauses, 2 commitments, 3 parties: ok");
    }

    @Test
    void should_explain_the_chain_of_clauses_in_words() {
        // when
        CliRun run = casus("explain", cases.resolve("test.yaml") + "#heavy-strike", "--commitment", "FR/consult",
                "--rules", rules.toString());

        // then
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("FR/consult: active")
                .contains("FR/consult is active, due within 24h")
                .contains("FR/consult activated for incident e1  [Art. 3]")
                .contains("\"On an armed attack each guarantor consults within 24 hours.\"")
                .contains("\"armed attack\" holds for incident e1  [Art. 2]")
                .contains("given e1: killed = 12");
    }

    @Test
    void should_suggest_the_nearest_case_for_an_unknown_one() {
        // when
        CliRun run = casus("explain", cases.resolve("test.yaml") + "#heavy-strik", "--rules", rules.toString());

        // then
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("has no case 'heavy-strik' (did you mean 'heavy-strike'?)");
    }

    @Test
    void should_exit_2_on_a_usage_error() {
        // when
        CliRun run = casus("run", "--format", "xml");

        // then
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--format").contains("casus run --help");
    }

    @Test
    void should_print_the_located_problems_and_exit_3_when_bench_is_given_an_invalid_case_file() {
        // given
        Path bad = Fixtures.write(root.resolve("bad.yaml"), "drafts: [test]\ncases:\n  - id: x\n    incident: {act: invasion, zone: moon}\n");

        // when
        CliRun run = casus("bench", "--rules", rules.toString(), "--cases", bad.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains(bad + ":4:37: unknown value 'moon' for zone")
                .doesNotContain("internal error").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_exit_2_when_bench_is_asked_for_no_measured_iteration() {
        // when
        CliRun run = casus("bench", "--rules", rules.toString(), "--cases", cases.toString(), "--iterations", "0");

        // then
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--iterations").contains("casus bench --help");
    }

    @Test
    void should_report_dead_clauses_and_coverage_per_draft() throws Exception {
        // given: no case kills ten, so the armed-attack chain (Art. 2, 3, 4) never fires
        Fixtures.write(cases.resolve("test.yaml"), """
                drafts: [test]
                cases:
                  - id: small
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 1}
                """);

        // when
        CliRun text = casus("run", "--rules", rules.toString(), "--cases", cases.toString());
        CliRun json = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("coverage: 1 of 4 clauses fired (25.0%); never fired: Art. 2, Art. 3, Art. 4")
                .contains("dead-clause [" + rules.resolve("test/clauses.drl") + ":12]: Art. 2 never fired");
        JsonNode draft = new ObjectMapper().readTree(json.out()).at("/drafts/0");
        assertThat(draft.at("/coverage/percent").asDouble()).isEqualTo(25.0);
        assertThat(draft.at("/findings/0/kind").asText()).isEqualTo("dead-clause");
        assertThat(draft.at("/findings/0/clause").asText()).isEqualTo("Art. 2");
    }

    @Test
    void should_count_masked_clauses_apart_from_those_that_take_effect() throws Exception {
        // given: an exception that withholds consultation over Art. 3 on every strike of the suite
        Fixtures.write(rules.resolve("test/exception.drl"), """
                package casus.test;
                rule "no-consultation"
                    @clause("Art. 5")
                    @text("No guarantor need consult.")
                    @overrides("Art. 3")
                when
                    $i : Incident()
                    $p : Party(role == Role.GUARANTOR)
                then
                    withhold("consult", $p);
                end
                """);
        Fixtures.write(cases.resolve("test.yaml"), """
                drafts: [test]
                cases:
                  - id: strike
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                """);

        // when
        CliRun text = casus("run", "--rules", rules.toString(), "--cases", cases.toString());
        CliRun json = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("coverage: 4 of 5 clauses take effect (80.0%); masked (fired, never took effect): Art. 3")
                .contains("dead-clause [" + rules.resolve("test/clauses.drl") + ":22]: Art. 3 is masked: it fired in 1 world"
                        + " but was always set aside by Art. 5, so it never changed an outcome");
        JsonNode coverage = new ObjectMapper().readTree(json.out()).at("/drafts/0/coverage");
        assertThat(coverage.at("/fired").asInt()).isEqualTo(5);
        assertThat(coverage.at("/effective").asInt()).isEqualTo(4);
        assertThat(coverage.at("/percent").asDouble()).isEqualTo(80.0);
        assertThat(coverage.at("/masked/0").asText()).isEqualTo("Art. 3");
        assertThat(coverage.at("/neverFired")).isEmpty();
    }

    @Test
    void should_fail_on_unexpected_findings_only_in_strict_mode() {
        // given: a case whose toll is uncertain across the threshold, with no findings expected
        String uncertain = """
                drafts: [test]
                cases:
                  - id: toll
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: {from: 0, to: 30}}
                    expect:
                      undetermined: [FR/consult]
                """;
        Fixtures.write(cases.resolve("test.yaml"), uncertain);

        // when / then: shown, but not failing, without --strict
        CliRun lenient = casus("run", "--rules", rules.toString(), "--cases", cases.toString());
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).contains("depends-on-fact [toll]");

        CliRun strict = casus("run", "--strict", "--rules", rules.toString(), "--cases", cases.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("case toll (test): unexpected depends-on-fact finding on Art. 2 (strict;");

        // and when every finding is expected, strict passes
        Fixtures.write(cases.resolve("test.yaml"), uncertain + """
                      findings:
                        - {kind: depends-on-fact, clause: "Art. 2"}
                        - {kind: threshold-edge, clause: "Art. 2"}
                """);
        CliRun expected = casus("run", "--strict", "--rules", rules.toString(), "--cases", cases.toString());
        assertThat(expected.out()).contains("0 failed");
        assertThat(expected.exit()).isZero();
    }

    @Test
    void should_report_a_clause_that_fails_at_run_time_with_its_id_and_keep_running() {
        // given: a clause that loads, and fails only when it runs (an action given no party)
        Fixtures.draft(rules, "fragile", Fixtures.DRAFT_YAML, Map.of("f.drl", """
                package casus.fragile;
                rule "many"
                    @clause("Art. 9")
                    @text("Many casualties call for consultation.")
                when
                    $i : Incident(killed > 1)
                then
                    activate("consult", null);
                end
                """));
        Fixtures.write(cases.resolve("fragile.yaml"), """
                drafts: [fragile]
                cases:
                  - id: any
                    incident: {act: missile-strike, killed: 3}
                """);

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(cases.resolve("fragile.yaml") + ":3: case any against draft fragile: clause Art. 9 ("
                        + rules.resolve("fragile/f.drl") + ":2) failed: the party must not be null")
                .contains("heavy-strike").contains("1 case error");
    }

    @Test
    void should_explain_a_term_an_exception_set_aside_when_no_commitment_is_named() {
        // given: a strike outside Ukraine, on which no clause concludes anything
        CliRun run = casus("explain", cases.resolve("test.yaml") + "#abroad", "--rules", rules.toString());

        // then: nothing holds abroad; the report says so rather than staying silent
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No commitment activates and no clause concludes anything, in any world.");
    }

    @Test
    void should_print_the_version_of_the_build_when_asked() throws Exception {
        // given: the version in the pom, the build's one source for it
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String version = XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);

        // when
        CliRun top = casus("--version");
        CliRun sub = casus("run", "--version");

        // then
        assertThat(version).isNotBlank();
        assertThat(top.exit()).isZero();
        assertThat(top.out().lines().findFirst()).contains("casus " + version);
        assertThat(sub.out()).isEqualTo(top.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run --threads 0", "run --max-worlds 0", "run --decimal-tolerance 1.5",
        "run --decimal-tolerance many", "run --format xml", "check --rules", "explain no-case-named",
        "explain CASES#heavy-strik --rules RULES", "explain CASES#heavy-strike --commitment FR/consul --rules RULES",
        "explain CASES#heavy-strike --draft tset --rules RULES", "bench --rounds many"})
    void should_exit_2_and_point_to_the_help_on_a_usage_error(String args) {
        // when
        CliRun run = casus(args.replace("CASES", cases.resolve("test.yaml").toString()).replace("RULES", rules.toString()).split(" "));

        // then
        String command = args.substring(0, args.indexOf(' '));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("casus " + command + ": ").contains("Try 'casus " + command + " --help'.")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "explain", "bench"})
    void should_exit_3_and_locate_the_problem_when_a_case_file_is_invalid_in_every_command(String command) {
        // given: a case file that is not even YAML
        Path broken = Fixtures.write(root.resolve("broken.yaml"), "drafts: [test\n");
        List<String> args = new ArrayList<>(List.of(command, "--rules", rules.toString()));
        if (command.equals("explain")) {
            args.add(broken + "#heavy-strike");
        } else {
            args.addAll(List.of("--cases", broken.toString()));
        }
        if (command.equals("bench")) {
            args.addAll(List.of("--warmup", "0", "--iterations", "1", "--time", "0.1", "--threads", "1"));
        }

        // when
        CliRun run = casus(args.toArray(String[]::new));

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out() + run.err()).contains(broken + ":2:1: YAML syntax")
                .doesNotContain("Exception").doesNotContain("internal error").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "explain", "bench"})
    void should_exit_3_when_a_draft_is_invalid_in_every_command(String command) {
        // given: the test draft with a clause that does not compile
        Fixtures.testDraft(rules, Map.of("broken.drl", "package casus.test;\nrule \"x\" when then end garbage"));
        List<String> args = new ArrayList<>(List.of(command, "--rules", rules.toString()));
        args.add(command.equals("explain") ? cases.resolve("test.yaml") + "#heavy-strike" : "--cases=" + cases);

        // when
        CliRun run = casus(args.toArray(String[]::new));

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out() + run.err()).contains(rules.resolve("test/broken.drl") + ":2")
                .doesNotContain("Exception").doesNotContain("internal error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "check", "explain", "bench"})
    void should_list_the_exit_codes_in_the_help_of_every_command(String command) {
        // when
        CliRun run = casus(command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"});

        // then
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Exit codes:")
                .containsPattern("\n  0 +\\S")
                .containsPattern("\n  2 +usage error")
                .containsPattern("\n  3 +invalid rules or cases, or a case that could not run")
                .containsPattern("\n  4 +internal error");
        if (command.isEmpty() || command.equals("run")) {
            assertThat(run.out()).containsPattern("\n  1 +some expectation failed");
        }
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the unexpected\nover two lines");
        }
    }

    @Test
    void should_exit_4_with_one_line_and_no_stack_trace_when_something_unexpected_fails() {
        // given
        CommandLine cli = Main.commandLine().addSubcommand(new Boom());

        // when
        CliRun run = casus(cli, "boom");

        // then
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).startsWith("casus boom: internal error: java.lang.IllegalStateException: the unexpected")
                .doesNotContain("over two lines").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void should_map_invalid_input_to_3_however_deeply_it_is_wrapped() {
        // given: as when a worker thread of a pool fails on a case file
        InvalidInputException invalid = new InvalidInputException(List.of(new Problem(Path.of("cases/x.yaml"), 3, 1, "bad")));
        ExitCodeMapper mapper = new ExitCodeMapper();

        // when / then
        assertThat(mapper.getExitCode(invalid)).isEqualTo(3);
        assertThat(mapper.getExitCode(new ExecutionException(new RuntimeException(invalid)))).isEqualTo(3);
        assertThat(mapper.getExitCode(new IllegalStateException("bug"))).isEqualTo(4);
    }

    private static final String JAVA_CLAUSE = """
            package casus.java;
            rule "java"
                @clause("Art. 9")
                @text("A strike on Ukraine calls for consultation.")
            when
                $i : Incident(System.getProperty("java.version") != null, country == "UA")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            """;

    private static final String JAVA_CASES = """
            drafts: [java]
            cases:
              - id: strike
                incident: {act: missile-strike, country: UA}
                expect:
                  active: [FR/consult]
            """;

    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "explain", "bench"})
    void should_exit_3_and_name_what_a_clause_used_when_it_is_not_confined_in_every_command(String command) {
        // given: a clause that would end the run, next to the test draft
        Fixtures.draft(rules, "exit", Fixtures.DRAFT_YAML, Map.of("exit.drl", """
                package casus.exit;
                rule "exit"
                    @clause("Art. 9")
                    @text("Every incident ends the run.")
                when
                    $i : Incident()
                then
                    System.exit(0);
                end
                """));
        Fixtures.write(cases.resolve("exit.yaml"), "drafts: [exit]\ncases:\n  - id: any\n    incident: {act: missile-strike}\n");
        List<String> args = new ArrayList<>(List.of(command, "--rules", rules.toString()));
        args.add(command.equals("explain") ? cases.resolve("exit.yaml") + "#any" : "--cases=" + cases);
        if (command.equals("bench")) {
            args.addAll(List.of("--warmup", "0", "--iterations", "1", "--time", "0.1", "--threads", "1"));
        }

        // when
        CliRun run = casus(args.toArray(String[]::new));

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out() + run.err())
                .contains(rules.resolve("exit/exit.drl") + ":8:5: clause Art. 9 calls java.lang.System.exit, which a clause may not use")
                .doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void should_run_what_it_can_when_a_clause_is_not_confined_and_say_the_run_was_confined() throws Exception {
        // given
        Fixtures.draft(rules, "java", Fixtures.DRAFT_YAML, Map.of("java.drl", JAVA_CLAUSE));
        Fixtures.write(cases.resolve("java.yaml"), JAVA_CASES);

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());
        CliRun json = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains(rules.resolve("java/java.drl")
                        + ":6:19: clause Art. 9 calls java.lang.System.getProperty, which a clause may not use")
                .contains("heavy-strike").contains("1 invalid draft").doesNotContain("not confined");
        assertThat(new ObjectMapper().readTree(json.out()).at("/summary/confined").asBoolean()).isTrue();
    }

    @Test
    void should_let_a_trusted_clause_run_java_and_say_the_run_was_not_confined() throws Exception {
        // given
        Fixtures.draft(rules, "java", Fixtures.DRAFT_YAML, Map.of("java.drl", JAVA_CLAUSE));
        Fixtures.write(cases.resolve("java.yaml"), JAVA_CASES);

        // when
        CliRun run = casus("run", "--trust-clauses", "--rules", rules.toString(), "--cases", cases.toString());
        CliRun json = casus("run", "--trust-clauses", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");
        CliRun check = casus("check", "--trust-clauses", "--rules", rules.toString(), "--cases", cases.toString());
        CliRun explain = casus("explain", "--trust-clauses", cases.resolve("java.yaml") + "#strike", "--rules", rules.toString());

        // then
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 drafts, 4 case runs, 7 expectations: 7 passed, 0 failed")
                .endsWith("\nclauses not confined (--trust-clauses): they could run any Java with the rights of this process\n");
        JsonNode summary = new ObjectMapper().readTree(json.out()).at("/summary");
        assertThat(summary.at("/confined").asBoolean(true)).isFalse();
        assertThat(summary.at("/exitCode").asInt()).isZero();
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("clauses not confined (--trust-clauses)");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).contains("FR/consult: active").contains("clauses not confined (--trust-clauses)");
    }
}
