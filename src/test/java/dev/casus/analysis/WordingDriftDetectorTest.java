package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Wording drift: the numbers or comparison words of a clause's wording disagree with its rule. */
class WordingDriftDetectorTest {

    @TempDir
    Path root;

    private List<Finding> drift(String text, String condition, String consequence) {
        return new WordingDriftDetector().detect(Detection.load(Fixtures.draft(root, "d", Fixtures.DRAFT_YAML, Map.of("c.drl", """
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
                """.formatted(text, condition, consequence)))));
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
    void should_report_a_deadline_that_differs_from_the_one_draft_yaml_declares() {
        assertThat(drift("Guarantors consult within 48 hours.", "killed >= 1", "activate(\"consult\", $p);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"within 48 hours\", but consult is due within 24h (draft.yaml)");
        assertThat(drift("Guarantors consult within 24 hours.", "killed >= 1", "activate(\"consult\", $p);")).isEmpty();
    }

    @Test
    void should_read_the_draft_yaml_deadline_as_the_clause_s_own_whatever_unit_the_wording_uses() {
        // given consult is due in 24h per draft.yaml, and the clause gives no deadline of its own
        // when / then
        assertThat(drift("Guarantors consult within one day.", "killed >= 1", "activate(\"consult\", $p);")).isEmpty();
        assertThat(drift("Guarantors consult within 2 days.", "killed >= 1", "activate(\"consult\", $p);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"within 2 days\", but consult is due within 24h (draft.yaml)");
    }

    @Test
    void should_report_a_period_neither_a_condition_nor_a_deadline_uses() {
        assertThat(drift("A strike is noted within 2 days.", "killed >= 1", "holds(\"noted\", $i);"))
                .extracting(Finding::reason).containsExactly("Art. 1: @text says \"within 2 days\", but neither a condition nor a "
                        + "deadline of the rule uses 48h");
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
}
