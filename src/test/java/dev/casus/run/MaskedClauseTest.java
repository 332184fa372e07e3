package dev.casus.run;

import dev.casus.api.RunResult.DraftRun;

import dev.casus.Fixtures;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A clause that fires but is always set aside never changes an outcome: it is reported as masked. */
class MaskedClauseTest {

    private static final String CLAUSES = """
            package casus.masked;

            rule "aggression"
                @clause("Art. 1")
                @text("A strike by a State is aggression.")
            when
                $i : Incident(actorKind == ActorKind.STATE)
            then
                holds("aggression", $i);
            end

            rule "no-toll"
                @clause("Art. 2")
                @text("A strike that kills no one is not aggression.")
                @overrides("Art. 1")
            when
                $i : Incident(killed < 1)
            then
                holdsNot("aggression", $i);
            end

            rule "consult"
                @clause("Art. 3")
                @text("Each guarantor consults on any strike.")
            when
                Incident()
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end

            """;

    @TempDir
    Path root;

    private Path rules;

    @BeforeEach
    void draft() {
        rules = root.resolve("rules");
        Fixtures.draft(rules, "masked", Fixtures.DRAFT_YAML, Map.of("clauses.drl", CLAUSES));
    }

    private DraftRun run(String cases) {
        Path file = Fixtures.write(root.resolve("cases/masked.yaml"), "drafts: [masked]\ncases:\n" + cases);
        return new ProjectRunner(AnalysisOptions.defaults(), 1).run(rules, file).drafts().get(0);
    }

    @Test
    void should_report_a_clause_that_fired_but_was_always_set_aside_as_masked() {
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
        assertThat(run.findings()).filteredOn(f -> f.kind() == FindingKind.DEAD_CLAUSE)
                .extracting(Finding::clause, Finding::reason)
                .containsExactly(tuple("Art. 1", "Art. 1 is masked: it fired in 2 worlds but was always"
                        + " set aside by Art. 2, so it never changed an outcome"));
        assertThat(run.coverage().masked()).containsExactly("Art. 1");
        assertThat(run.coverage().neverFired()).isEmpty();
        assertThat(run.coverage().fired()).isEqualTo(3);
        assertThat(run.coverage().effective()).isEqualTo(2);
        assertThat(run.coverage().percent()).isEqualTo(66.7);
    }

    @Test
    void should_not_report_a_clause_as_masked_when_it_stands_in_some_world() {
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
        assertThat(run.findings()).filteredOn(f -> f.kind() == FindingKind.DEAD_CLAUSE).extracting(Finding::clause)
                .containsExactlyInAnyOrder("Art. 1", "Art. 2", "Art. 3", "Art. 4");
        assertThat(run.findings()).filteredOn(f -> f.clause().equals("Art. 1")).extracting(Finding::reason)
                .containsExactly("Art. 1 is masked: it fired in 1 world but was always set aside by Art. 5, so it never changed an outcome");
    }
}
