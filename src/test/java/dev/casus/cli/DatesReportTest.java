package dev.casus.cli;

import dev.casus.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.casus.cli.CliRun.casus;
import static org.assertj.core.api.Assertions.assertThat;

/** What the report, the JSON and explain say when the dates of a draft or a party leave something out. */
class DatesReportTest {

    private static final String CASES = """
            drafts: [dated]
            cases:
              - id: before-force
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12, time: 2022-02-24T04:00:00Z}
                expect:
                  inactive: [FR/consult]
              - id: before-joining
                incident: {act: missile-strike, actorKind: state, country: UA, killed: 12, time: 2024-06-01T04:00:00Z}
                expect:
                  active: [FR/consult]
                  inactive: [FI/consult]
            """;

    @TempDir
    Path root;

    private Path rules;
    private Path cases;

    @BeforeEach
    void project() {
        rules = root.resolve("rules");
        String yaml = Fixtures.DRAFT_YAML.replace("parties:\n", "inForce: {from: 2024-01-01}\nparties:\n")
                .replace("  - {id: FR, role: guarantor}\n", "  - {id: FR, role: guarantor}\n  - {id: FI, role: guarantor, since: 2025-04-04}\n");
        Fixtures.draft(rules, "dated", yaml, Map.of("clauses.drl", Fixtures.CLAUSES));
        cases = root.resolve("cases");
        Fixtures.write(cases.resolve("dated.yaml"), CASES);
    }

    @Test
    void should_say_in_the_text_report_why_the_dates_leave_a_case_out() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString());

        // then
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("""
                  dates (what the draft's and its parties' dates leave out)
                    before-force: the draft is not in force on 2022-02-24: in force from 2024-01-01
                    before-joining: FI was not a party on 2024-06-01 (a party since 2025-04-04)
                """);
        assertThat(run.out()).doesNotContain("silent");
    }

    @Test
    void should_give_the_reasons_in_the_json_report() {
        // when
        CliRun run = casus("run", "--rules", rules.toString(), "--cases", cases.toString(), "--format", "json");

        // then
        assertThat(run.out()).contains("\"outOfTime\" : [ \"the draft is not in force on 2022-02-24: in force from 2024-01-01\" ]");
    }

    @Test
    void should_explain_an_inactive_commitment_by_the_party_dates() {
        // when
        CliRun run = casus("explain", "--rules", rules.toString(),
                cases.resolve("dated.yaml") + "#before-joining", "--commitment", "FI/consult");

        // then
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Dates: FI was not a party on 2024-06-01 (a party since 2025-04-04)")
                .contains("FI/consult is inactive: FI was not a party on 2024-06-01 (a party since 2025-04-04)");
    }

    @Test
    void should_explain_that_the_draft_is_not_in_force() {
        // when
        CliRun run = casus("explain", "--rules", rules.toString(),
                cases.resolve("dated.yaml") + "#before-force");

        // then
        assertThat(run.out()).contains("Dates: the draft is not in force on 2022-02-24: in force from 2024-01-01")
                .contains("No commitment activates and no clause concludes anything, in any world: the draft is not in force then.");
    }
}
