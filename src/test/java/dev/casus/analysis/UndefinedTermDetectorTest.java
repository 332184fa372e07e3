package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.Finding;
import dev.casus.draft.CompiledDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Undefined terms: required but never concluded, concluded but never used, declared but never activated. */
class UndefinedTermDetectorTest {

    @TempDir
    Path root;

    private static List<Finding> undefined(CompiledDraft draft) {
        return new UndefinedTermDetector().detect(draft);
    }

    @Test
    void should_report_a_required_term_no_clause_concludes() {
        CompiledDraft draft = Detection.load(Fixtures.testDraft(root, Map.of("x.drl", """
                package casus.test;
                rule "x"
                    @clause("Art. 8")
                    @text("On an armd attack, guarantors assist.")
                when
                    Holds(term == "armd attack")
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("assist", $p);
                end
                """)));

        assertThat(undefined(draft)).filteredOn(f -> !f.warning())
                .extracting(Finding::reason)
                .containsExactly("Art. 8 requires the term \"armd attack\", but no clause concludes it (did you mean 'armed attack'?)");
    }

    @Test
    void should_find_no_undefined_terms_in_a_complete_draft() {
        assertThat(undefined(Detection.load(Fixtures.testDraft(root, Map.of())))).isEmpty();
    }

    @Test
    void should_report_a_declared_commitment_no_clause_activates_and_warn_of_an_unused_term() {
        CompiledDraft draft = Detection.load(Fixtures.draft(root, "d", Fixtures.DRAFT_YAML, Map.of("c.drl", """
                package casus.d;
                rule "c"
                    @clause("Art. 1")
                    @text("A strike is noted.")
                when
                    $i : Incident(killed >= 0)
                then
                    holds("noted", $i);
                end
                rule "assist"
                    @clause("Art. 2")
                    @text("Assist.")
                when
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("assist", $p);
                end
                """)));

        assertThat(undefined(draft)).extracting(Finding::located).containsExactly(
                root.resolve("d/c.drl") + ":2: warning: undefined-term: the term \"noted\" is concluded (by Art. 1) but no clause uses it",
                root.resolve("d/draft.yaml") + ":17: undefined-term: commitment \"consult\" is declared, but no clause activates it");
    }

    @Test
    void should_name_every_clause_that_concludes_an_unused_term_whatever_their_order() {
        // given: the same two clauses, in one order and in the other
        String first = """
                rule "noted-by-strike"
                    @clause("Art. 5")
                    @text("A strike is noted.")
                when
                    $i : Incident(act == Act.MISSILE_STRIKE)
                then
                    holds("noted", $i);
                end
                """;
        String second = first.replace("noted-by-strike", "noted-by-drone").replace("Art. 5", "Art. 6")
                .replace("MISSILE_STRIKE", "DRONE_STRIKE");
        CompiledDraft oneWay = Detection.load(Fixtures.draft(root, "one", Fixtures.DRAFT_YAML,
                Map.of("c.drl", "package casus.d;\n" + first + second)));
        CompiledDraft otherWay = Detection.load(Fixtures.draft(root, "other", Fixtures.DRAFT_YAML,
                Map.of("c.drl", "package casus.d;\n" + second + first)));

        // when
        List<String> reasons = unusedTermWarnings(oneWay);

        // then
        assertThat(reasons).containsExactly("the term \"noted\" is concluded (by Art. 5, Art. 6) but no clause uses it");
        assertThat(unusedTermWarnings(otherWay)).isEqualTo(reasons);
    }

    private static List<String> unusedTermWarnings(CompiledDraft draft) {
        return undefined(draft).stream().filter(Finding::warning).map(Finding::reason).toList();
    }
}
