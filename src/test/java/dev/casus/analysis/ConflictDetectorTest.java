package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Attribution;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.casus.analysis.Detection.killed;
import static dev.casus.analysis.Detection.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** Conflicts: a term or commitment concluded both ways with no precedence, and activations with different deadlines. */
class ConflictDetectorTest {

    @TempDir
    Path root;

    private CompiledDraft draft(Map<String, String> extra) {
        return Detection.load(Fixtures.testDraft(root, extra));
    }

    private static final String SECOND_CONSULT = """
            package casus.test;
            rule "urgent-consult"
                @clause("Art. 9")
                @text("On an armed attack each guarantor consults within %s.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p, "%s");
            end
            """;

    private static final String DOUBT = """
            package casus.test;
            rule "doubt"
                @clause("Art. 8")
                @text("A strike by an unconfirmed actor is not aggression.")
                %s
            when
                $i : Incident(attribution != Attribution.CONFIRMED)
            then
                holdsNot("aggression", $i);
            end
            """;

    @Test
    void should_report_a_conflict_when_two_activations_set_different_deadlines() {
        Detection detection = Detection.run(new ConflictDetector(),
                draft(Map.of("urgent.drl", SECOND_CONSULT.formatted("48 hours", "48h"))), strike(killed(20)));

        assertThat(detection.findings).anySatisfy(f -> assertThat(f.clauses()).contains("Art. 9"));
        assertThat(detection.findings.get(0).reason())
                .isEqualTo("DE/consult is activated with different deadlines: Art. 3 within 24h; Art. 9 within 48h; no @overrides decides between them");
    }

    @Test
    void should_not_report_a_conflict_when_the_deadlines_agree() {
        Detection detection = Detection.run(new ConflictDetector(),
                draft(Map.of("urgent.drl", SECOND_CONSULT.formatted("24 hours", "24h"))), strike(killed(20)));

        assertThat(detection.findings).isEmpty();
    }

    @Test
    void should_report_a_term_concluded_both_ways_in_the_worlds_where_it_is() {
        // given: Art. 8 denies aggression when the attribution is not confirmed, and nothing says which prevails
        CompiledDraft draft = draft(Map.of("doubt.drl", DOUBT.formatted("")));

        // when
        Detection detection = Detection.run(new ConflictDetector(), draft, strike(Map.of("killed", new Uncertain.Exactly(20),
                "attribution", new Uncertain.OneOf(List.of(Attribution.CONFIRMED, Attribution.SUSPECTED)))));

        // then
        assertThat(detection.findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
            assertThat(f.clauses()).containsExactly("Art. 1", "Art. 8");
            assertThat(f.subject()).isEqualTo("aggression");
            assertThat(f.reason()).isEqualTo("Art. 1 says \"aggression\" holds; Art. 8 says it does not hold; no @overrides decides between them");
            assertThat(f.worlds()).containsExactly("attribution=suspected");
        });
    }

    @Test
    void should_not_report_a_conflict_that_declared_precedence_decides() {
        CompiledDraft draft = draft(Map.of("doubt.drl", DOUBT.formatted("@overrides(\"Art. 1\")")));

        Detection detection = Detection.run(new ConflictDetector(), draft, strike(Map.of("killed", new Uncertain.Exactly(20),
                "attribution", new Uncertain.OneOf(List.of(Attribution.CONFIRMED, Attribution.SUSPECTED)))));

        assertThat(detection.findings).isEmpty();
    }

    @Test
    void should_read_the_worlds_results_without_evaluating_again() {
        Detection detection = Detection.run(new ConflictDetector(), draft(Map.of("doubt.drl", DOUBT.formatted(""))),
                strike(Map.of("killed", new Uncertain.Exactly(20), "attribution", new Uncertain.Exactly(Attribution.SUSPECTED))));

        assertThat(detection.findings).extracting(Finding::kind).containsExactly(FindingKind.CONFLICT);
        assertThat(detection.evaluator.calls()).isEmpty();
    }
}
