package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Dead clauses, once a whole suite has run: a clause that never fired, and one that fired but is masked. */
class DeadClauseDetectorTest {


    @TempDir
    Path root;

    private CompiledDraft draft;

    @BeforeEach
    void draft() {
        draft = Detection.load(Fixtures.draft(root.resolve("rules"), "masked", Fixtures.DRAFT_YAML, Map.of("clauses.drl", Fixtures.MASKING_CLAUSES)));
    }

    /** The dead clauses of a suite of cases, each case analysed first, as the run does. */
    private static List<Finding> dead(CompiledDraft draft, Path root, String cases) {
        Path file = Fixtures.write(root.resolve("cases/suite.yaml"), "drafts: [" + draft.id() + "]\ncases:\n" + cases);
        Suite suite = SuiteLoader.load(file, Set.of(draft.id()), Map.of(draft.id(), draft.attributes()));
        List<CaseAnalysis> analyses = suite.cases().stream()
                .map(c -> CaseAnalyser.analyse(draft, c, AnalysisOptions.defaults())).toList();
        return new DeadClauseDetector().detect(new SuiteEvidence(draft, suite.cases().size(), analyses));
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
        List<Finding> found = dead(draft, root, cases);

        // then
        assertThat(found).extracting(Finding::kind, Finding::clause, Finding::reason)
                .containsExactly(tuple(FindingKind.DEAD_CLAUSE, "Art. 1", "Art. 1 is masked: it fired in 2 worlds but was always"
                        + " set aside by Art. 2, so it never changed an outcome"));
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

        // when / then
        assertThat(dead(draft, root, cases)).isEmpty();
    }

    @Test
    void should_report_a_clause_no_case_fired_located_at_its_rule() {
        // given: no strike by a State, and everyone killed is counted, so neither Art. 1 nor Art. 2 fires
        String cases = """
                  - id: non-state
                    incident: {act: missile-strike, actorKind: non-state, country: UA, killed: 4}
                """;

        // when
        List<Finding> found = dead(draft, root, cases);

        // then
        assertThat(found).extracting(Finding::located).containsExactly(
                root.resolve("rules/masked/clauses.drl") + ":3: dead-clause: Art. 1 never fired, in any case or possible world of the suites that test this draft",
                root.resolve("rules/masked/clauses.drl") + ":12: dead-clause: Art. 2 never fired, in any case or possible world of the suites that test this draft");
    }

    @Test
    void should_say_nothing_of_a_draft_no_case_tests() {
        assertThat(new DeadClauseDetector().detect(new SuiteEvidence(draft, 0, List.of()))).isEmpty();
    }

    @Test
    void should_not_count_clauses_that_rest_on_a_masked_clause_as_taking_effect() {
        // given: the standard clauses, with an exception that sets aside Art. 1 on every strike, so
        // nothing that rests on aggression (Art. 2, then Art. 3 and 4) holds once a world is decided
        CompiledDraft standard = Detection.load(Fixtures.testDraft(root.resolve("standard"), Map.of("exception.drl", """
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
                """)));
        String cases = """
                  - id: strike
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                """;

        // when
        List<Finding> found = dead(standard, root, cases);

        // then: whether the engine fired them before the exception or not, none of them takes effect
        assertThat(found).extracting(Finding::clause).containsExactlyInAnyOrder("Art. 1", "Art. 2", "Art. 3", "Art. 4");
        assertThat(found).filteredOn(f -> f.clause().equals("Art. 1")).extracting(Finding::reason)
                .containsExactly("Art. 1 is masked: it fired in 1 world but was always set aside by Art. 5, so it never changed an outcome");
    }
}
