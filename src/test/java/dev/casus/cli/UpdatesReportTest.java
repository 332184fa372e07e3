package dev.casus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Knowledge over time: a case says what became known when (updates), and the report, the JSON and
 * explain show each answer as of each date, and when a commitment became owed and falls due.
 */
class UpdatesReportTest {

    private static final String CASES = """
            drafts: [request]
            strict: true
            cases:
              - id: attack-then-request
                incident: {act: missile-strike, country: PL, time: 2025-09-10T02:00:00Z}
                updates:
                  - at: 2025-09-12
                    decisions: {nac-determination: yes}
                    note: the Council finds the strike was directed from abroad
                    expect: {conditional: [US/assist]}
                  - at: 2025-09-15
                    decisions: {request: yes}
                    expect: {active: [US/assist]}
                expect:
                  active: [US/assist, US/consult]
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
    void should_show_each_answer_as_of_each_date_and_when_it_falls_due() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("over time (the answers as facts became known, from the case's updates)")
                .contains("attack-then-request: DE/assist, US/assist: 2025-09-10T02:00:00Z conditional → 2025-09-15 active; "
                        + "owed from 2025-09-15T00:00:00Z, due by 2025-09-18T00:00:00Z")
                .contains("4 expectations: 4 passed");
    }

    @Test
    void should_fail_an_expectation_as_of_a_date_and_say_so() {
        // given
        Fixtures.write(cases.resolve("request.yaml"), CASES.replace("expect: {conditional: [US/assist]}",
                "expect: {active: [US/assist]}"));

        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCodes.EXPECTATION_FAILED);
        assertThat(run.out()).contains("as of 2025-09-12: conditional");
    }

    @Test
    void should_give_the_history_and_the_deadlines_in_the_json() throws Exception {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        JsonNode c = new ObjectMapper().readTree(run.out()).get("drafts").get(0).get("cases").get(0);
        assertThat(c.get("history")).hasSize(3);
        assertThat(c.get("history").get(1).get("at").asText()).isEqualTo("2025-09-12");
        assertThat(c.get("history").get(1).get("note").asText()).isEqualTo("the Council finds the strike was directed from abroad");
        assertThat(c.get("history").get(1).get("commitments").get("US/assist").asText()).isEqualTo("conditional");
        assertThat(c.get("history").get(2).get("commitments").get("US/assist").asText()).isEqualTo("active");
        assertThat(c.get("owed").get("US/assist").get("from").asText()).isEqualTo("2025-09-15T00:00:00Z");
        assertThat(c.get("owed").get("US/assist").get("dueBy").asText()).isEqualTo("2025-09-18T00:00:00Z");
    }

    @Test
    void should_explain_on_everything_known_and_show_the_dates() {
        // when
        CliRun run = casus("explain", "--rules", rules.toString(), cases.resolve("request.yaml") + "#attack-then-request",
                "--commitment", "US/assist");

        // then
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Explained on everything known, as of 2025-09-15; what became known when:")
                .contains("  2025-09-12: the Council finds the strike was directed from abroad")
                .contains("  over time: 2025-09-10T02:00:00Z conditional → 2025-09-15 active");
    }
}
