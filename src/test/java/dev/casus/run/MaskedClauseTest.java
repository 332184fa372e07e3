package dev.casus.run;

import dev.casus.Fixtures;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.api.RunResult.ExpectationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead clauses in a run: known once the whole suite has run, counted in coverage apart from the clauses
 * that take effect, and checked against the expectations that name them in the same pass.
 */
class MaskedClauseTest {


    @TempDir
    Path root;

    private Path rules;

    @BeforeEach
    void draft() {
        rules = root.resolve("rules");
        Fixtures.draft(rules, "masked", Fixtures.DRAFT_YAML, Map.of("clauses.drl", Fixtures.MASKING_CLAUSES));
    }

    private DraftRun run(String cases) {
        return run("", cases);
    }

    private DraftRun run(String header, String cases) {
        Path file = Fixtures.write(root.resolve("cases/masked.yaml"), "drafts: [masked]\n" + header + "cases:\n" + cases);
        return new ProjectRunner(AnalysisOptions.defaults(), 1).run(rules, file).drafts().get(0);
    }

    @Test
    void should_count_a_masked_clause_as_fired_but_not_taking_effect() {
        // given: every strike in the suite kills no one, so Art. 2 always sets Art. 1 aside
        String cases = """
                  - id: no-toll
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 0}
                  - id: no-toll-either-way
                    incident: {act: missile-strike, actorKind: [state, non-state], country: UA, killed: 0}
                """;

        // when
        DraftRun run = run(cases);

        // then
        assertThat(run.findings()).filteredOn(f -> f.kind() == FindingKind.DEAD_CLAUSE).extracting(Finding::clause)
                .containsExactly("Art. 1");
        assertThat(run.coverage().masked()).containsExactly("Art. 1");
        assertThat(run.coverage().neverFired()).isEmpty();
        assertThat(run.coverage().fired()).isEqualTo(3);
        assertThat(run.coverage().effective()).isEqualTo(2);
        assertThat(run.coverage().percent()).isEqualTo(66.7);
    }

    @Test
    void should_count_every_clause_as_taking_effect_when_each_stands_in_some_world() {
        // given: the twin, with one more case in which someone is killed, so Art. 1 stands there
        String cases = """
                  - id: no-toll
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 0}
                  - id: deadly
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 3}
                """;

        // when
        DraftRun run = run(cases);

        // then
        assertThat(run.findings()).filteredOn(f -> f.kind() == FindingKind.DEAD_CLAUSE).isEmpty();
        assertThat(run.coverage().masked()).isEmpty();
        assertThat(run.coverage().effective()).isEqualTo(3);
        assertThat(run.coverage().percent()).isEqualTo(100.0);
    }

    @Test
    void should_let_a_case_expect_a_masked_clause_as_a_dead_clause() {
        // given
        String cases = """
                  - id: no-toll
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 0}
                    expect:
                      findings: [{kind: dead-clause, clause: "Art. 1"}]
                """;

        // when
        DraftRun run = run(cases);

        // then
        assertThat(run.cases().get(0).expectations()).singleElement()
                .satisfies(r -> assertThat(r.passed()).isTrue());
    }

    @Test
    void should_fail_an_expected_dead_clause_that_took_effect_and_say_why() {
        // given: the twin, where someone is killed and Art. 1 stands
        String cases = """
                  - id: deadly
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 3}
                    expect:
                      findings: [{kind: dead-clause, clause: "Art. 1"}]
                """;

        // when
        DraftRun run = run(cases);

        // then
        assertThat(run.cases().get(0).expectations()).singleElement().satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.actual()).isEqualTo("every clause it names fired in some case, and some conclusion of it stood");
        });
    }

    @Test
    void should_count_a_dead_clause_no_case_expects_as_a_strict_failure_of_the_draft() {
        // given: a strict suite where Art. 1 is masked and no case expects it
        String cases = """
                  - id: no-toll
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 0}
                    expect:
                      active: [FR/consult]
                """;

        // when
        DraftRun run = run("strict: true\n", cases);

        // then: the case itself passes; the draft carries the unexpected dead clause
        assertThat(run.cases().get(0).expectations()).filteredOn(r -> !r.unexpected())
                .extracting(ExpectationResult::passed).containsExactly(true);
        assertThat(run.strictFailures()).filteredOn(f -> f.kind() == FindingKind.DEAD_CLAUSE).extracting(Finding::clause)
                .containsExactly("Art. 1");
    }

    @Test
    void should_not_count_clauses_that_rest_on_a_masked_clause_as_taking_effect() {
        // given: the standard clauses, with an exception that sets aside Art. 1 on every strike, so
        // nothing that rests on aggression (Art. 2, then Art. 3 and 4) holds once a world is decided
        Path standard = Fixtures.testDraft(root.resolve("standard"), Map.of("exception.drl", """
                package casus.test;
                rule "always-an-exception"
                    @clause("Art. 5")
                    @text("No strike is aggression.")
                    @overrides("Art. 1")
                when
                    $i : Incident()
                then
                    holdsNot("aggression", $i);
                end
                """));
        Path file = Fixtures.write(root.resolve("cases/standard.yaml"), """
                drafts: [test]
                cases:
                  - id: strike
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                """);

        // when
        DraftRun run = new ProjectRunner(AnalysisOptions.defaults(), 1).run(standard.getParent(), file).drafts().get(0);

        // then: whether the engine fired them before the exception or not, none of them takes effect
        assertThat(run.coverage().effective()).isEqualTo(1);
        assertThat(java.util.stream.Stream.concat(run.coverage().masked().stream(), run.coverage().neverFired().stream()))
                .containsExactlyInAnyOrder("Art. 1", "Art. 2", "Art. 3", "Art. 4");
    }
}
