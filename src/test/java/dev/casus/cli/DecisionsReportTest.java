package dev.casus.cli;

import dev.casus.DecisionsTest;
import dev.casus.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.casus.cli.CliRun.casus;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions a treaty leaves to someone (a request, a body's determination): declared in draft.yaml,
 * awaited by a commitment, stated by a case; what the report, the JSON and explain say of them.
 */
class DecisionsReportTest {

    private static final String CASES = """
            drafts: [request]
            strict: true
            cases:
              - id: unstated
                incident: {act: missile-strike, country: PL}
                expect:
                  conditional: [US/assist, DE/assist]
                  active: [US/consult]
              - id: requested-and-determined
                incident: {act: missile-strike, country: PL, decisions: {request: yes, nac-determination: yes}}
                expect:
                  active: [US/assist, US/consult]
              - id: not-requested
                incident: {act: missile-strike, country: PL, decisions: {request: no}}
                expect:
                  inactive: [US/assist]
                  active: [US/consult]
              - id: determination-unknown
                incident: {act: missile-strike, country: PL, decisions: {request: yes, nac-determination: unknown}}
                expect:
                  undetermined: [US/assist]
                  findings: [{kind: depends-on-fact}]
              - id: determination-only
                incident: {act: missile-strike, country: PL, decisions: {nac-determination: [yes]}}
                expect:
                  conditional: [US/assist]
            """;

    @TempDir
    Path root;

    private Path rules;
    private Path cases;

    @BeforeEach
    void project() {
        rules = root.resolve("rules");
        Fixtures.draft(rules, "request", DecisionsTest.YAML, Map.of("clauses.drl", DecisionsTest.DRL));
        cases = root.resolve("cases");
        Fixtures.write(cases.resolve("request.yaml"), CASES);
    }

    @Test
    void should_move_from_conditional_to_active_inactive_or_undetermined_when_the_case_states_the_decisions() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("determination-unknown: DE/assist, US/assist undetermined: depends on decisions.nac-determination");
    }

    @Test
    void should_say_what_a_conditional_answer_waits_on_in_the_text_report() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.out()).contains("""
                  conditional (the decisions the case does not state)
                    unstated: DE/assist, US/assist conditional: waits on request by the State attacked \
                (the State attacked requests assistance); and on nac-determination by the North Atlantic Council \
                (the attack was directed from abroad)
                    determination-only: DE/assist, US/assist conditional: waits on request by the State attacked \
                (the State attacked requests assistance)
                """);
    }

    @Test
    void should_say_what_a_conditional_answer_waits_on_in_json_and_explain() {
        // when
        CliRun json = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");
        CliRun explain = casus("explain", "--rules", rules.toString(), cases.resolve("request.yaml") + "#determination-only");

        // then
        assertThat(json.out()).contains("\"waitsOn\"")
                .contains("\"US/assist\" : \"waits on request by the State attacked (the State attacked requests assistance)\"");
        assertThat(explain.exit()).as(explain.out() + explain.err()).isZero();
        assertThat(explain.out()).contains("US/assist is conditional, due within 3d, waits on request by the State attacked");
    }
}
