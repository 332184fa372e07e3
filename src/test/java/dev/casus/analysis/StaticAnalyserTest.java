package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StaticAnalyserTest {

    @TempDir
    Path root;

    private List<Finding> findings(String text, String condition, String consequence) {
        Draft draft = Casus.load(Fixtures.draft(root, "d", Fixtures.DRAFT_YAML, Map.of("c.drl", """
                package casus.d;
                rule "c"
                    @clause("Art. 1")
                    @text("%s")
                when
                    $i : Incident(%s)
                    $p : Party(role == Role.GUARANTOR)
                then
                    %s
                end
                rule "assist"
                    @clause("Art. 2")
                    @text("Assist.")
                when
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("assist", $p);
                end
                """.formatted(text, condition, consequence))));
        return draft.staticFindings();
    }

    private List<Finding> drift(String text, String condition, String consequence) {
        return findings(text, condition, consequence).stream().filter(f -> f.kind() == FindingKind.WORDING_DRIFT).toList();
    }

    @Test
    void should_report_at_least_against_a_strict_comparison() {
        List<Finding> found = drift("A strike killing at least 10 people calls for consultation.", "killed > 10", "activate(\"consult\", $p);");

        assertThat(found).extracting(Finding::located).containsExactly(root.resolve("d/c.drl") + ":4: wording-drift: "
                + "Art. 1: @text says \"at least 10\" (>= 10), but the rule tests killed > 10");
    }

    @Test
    void should_accept_wording_that_matches_the_rule() {
        assertThat(drift("A strike killing at least 10 people calls for consultation within 24 hours.", "killed >= 10",
                "activate(\"consult\", $p);")).isEmpty();
        assertThat(drift("A strike killing more than 9 people calls for consultation.", "killed >= 10",
                "activate(\"consult\", $p);")).isEmpty();
    }

    @Test
    void should_report_more_than_against_at_least() {
        assertThat(drift("More than 10 killed calls for consultation.", "killed >= 10", "activate(\"consult\", $p);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"More than 10\" (> 10), but the rule tests killed >= 10");
    }

    @Test
    void should_report_a_deadline_that_differs_from_the_wording() {
        assertThat(drift("Guarantors consult within 24 hours.", "killed >= 1", "activate(\"consult\", $p, \"48h\");"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"within 24 hours\", but consult is due within 48h "
                        + "(the clause's own activate(...))");
        assertThat(drift("Guarantors consult within 48 hours.", "killed >= 1", "activate(\"consult\", $p, \"48h\");")).isEmpty();
    }

    @Test
    void should_report_a_number_in_the_wording_that_no_condition_uses() {
        assertThat(drift("At least 25 killed calls for consultation.", "killed >= 10", "activate(\"consult\", $p);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"At least 25\" (>= 25), but no condition of the rule "
                        + "compares with 25 (it tests killed >= 10)");
    }

    @Test
    void should_not_read_one_or_more_of_them_as_a_comparison() {
        assertThat(drift("An armed attack against one or more of them is an armed attack against them all.",
                "act == Act.ARMED_ATTACK", "activate(\"consult\", $p);")).isEmpty();
        assertThat(drift("An armed attack on at least two of the Parties calls for consultation.",
                "act == Act.ARMED_ATTACK", "activate(\"consult\", $p);")).isEmpty();
    }

    @Test
    void should_still_report_a_comparison_on_a_quantity_beside_one_or_more_of_them() {
        assertThat(drift("An armed attack against one or more of them killing at least 10 people calls for consultation.",
                "killed > 10", "activate(\"consult\", $p);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"at least 10\" (>= 10), but the rule tests killed > 10");
        assertThat(drift("A strike killing one or more people calls for consultation.", "act == Act.MISSILE_STRIKE",
                "activate(\"consult\", $p);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"one or more\" (>= 1), but the rule has no numeric condition");
    }

    @Test
    void should_report_a_required_term_no_clause_concludes() {
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of("x.drl", """
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

        assertThat(draft.staticFindings()).filteredOn(f -> f.kind() == FindingKind.UNDEFINED_TERM && !f.warning())
                .extracting(Finding::reason)
                .containsExactly("Art. 8 requires the term \"armd attack\", but no clause concludes it (did you mean 'armed attack'?)");
    }

    @Test
    void should_find_no_undefined_terms_in_a_complete_draft() {
        assertThat(Casus.load(Fixtures.testDraft(root, Map.of())).staticFindings()).isEmpty();
    }

    @Test
    void should_report_a_declared_commitment_no_clause_activates_and_warn_of_an_unused_term() {
        List<Finding> found = findings("A strike is noted.", "killed >= 0", "holds(\"noted\", $i);");

        assertThat(found).filteredOn(f -> f.kind() == FindingKind.UNDEFINED_TERM).extracting(Finding::located).containsExactly(
                root.resolve("d/draft.yaml") + ":17: undefined-term: commitment \"consult\" is declared, but no clause activates it",
                root.resolve("d/c.drl") + ":2: warning: undefined-term: the term \"noted\" is concluded (by Art. 1) but no clause uses it");
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
        Draft oneWay = Casus.load(Fixtures.draft(root, "one", Fixtures.DRAFT_YAML,
                Map.of("c.drl", "package casus.d;\n" + first + second)));
        Draft otherWay = Casus.load(Fixtures.draft(root, "other", Fixtures.DRAFT_YAML,
                Map.of("c.drl", "package casus.d;\n" + second + first)));

        // when
        List<String> reasons = unusedTermWarnings(oneWay);

        // then
        assertThat(reasons).containsExactly("the term \"noted\" is concluded (by Art. 5, Art. 6) but no clause uses it");
        assertThat(unusedTermWarnings(otherWay)).isEqualTo(reasons);
    }

    private static List<String> unusedTermWarnings(Draft draft) {
        return draft.staticFindings().stream().filter(Finding::warning).map(Finding::reason).toList();
    }
}
