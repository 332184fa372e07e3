package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.casus.analysis.Detection.killed;
import static dev.casus.analysis.Detection.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** Threshold edges: a deciding number at or beside a clause's threshold, and a stated range across one. */
class ThresholdEdgeDetectorTest {

    @TempDir
    Path root;

    private CompiledDraft draft(Map<String, String> extra) {
        return Detection.load(Fixtures.testDraft(root, extra));
    }

    private CompiledDraft draftWith(String clauses) {
        return Detection.load(Fixtures.draft(root, "custom", Fixtures.DRAFT_YAML, Map.of("c.drl", clauses)));
    }

    private static List<Finding> edges(CompiledDraft draft, Case c) {
        return Detection.run(new ThresholdEdgeDetector(), draft, c).findings;
    }

    @Test
    void should_report_a_deciding_fact_at_a_threshold() {
        List<Finding> found = edges(draft(Map.of()), strike(killed(10)));

        assertThat(found).anySatisfy(f -> assertThat(f.clauses()).contains("Art. 2"))
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.THRESHOLD_EDGE));
        assertThat(found.get(0).reason()).startsWith("killed = 10 sits at the threshold of Art. 2 (killed >= 10); at 9: ");
    }

    @Test
    void should_move_only_the_stated_number_just_across_the_threshold() {
        Detection detection = Detection.run(new ThresholdEdgeDetector(), draft(Map.of()), strike(killed(10)));

        assertThat(detection.evaluator.calls()).singleElement().satisfies(call -> {
            assertThat(call.rulesNotApplied()).isEmpty();
            assertThat(call.timeline()).singleElement().isEqualTo(
                    detection.evidence.worlds().get(0).incidents().get(0).toBuilder().killed(9).build());
        });
    }

    @Test
    void should_not_report_a_fact_far_from_any_threshold() {
        Detection detection = Detection.run(new ThresholdEdgeDetector(), draft(Map.of()), strike(killed(30)));

        assertThat(detection.findings).isEmpty();
        assertThat(detection.evaluator.calls()).isEmpty();
    }

    @Test
    void should_report_a_stated_range_that_straddles_a_deciding_threshold() {
        Detection detection = Detection.run(new ThresholdEdgeDetector(), draft(Map.of()), strike(Map.of("killed", new Uncertain.Between(5, 15))));

        assertThat(detection.findings).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).startsWith("the stated range of killed straddles the threshold of Art. 2 (killed >= 10)"));
        assertThat(detection.evaluator.calls()).isEmpty();
    }

    private static final String CYBER_TOLL = """
            package casus.test;
            rule "cyber-toll"
                @clause("Art. 9")
                @text("A cyberattack that kills at least 10 people is a grave cyber incident.")
            when
                $i : Incident(act == Act.CYBERATTACK, killed >= 10)
            then
                holds("grave cyber incident", $i);
            end
            """;

    @Test
    void should_not_blame_a_threshold_edge_on_a_clause_that_cannot_bear_on_what_changes() {
        // given: at 9 killed, "armed attack" (Art. 2) changes; Art. 9 has the same threshold but concludes only about cyberattacks
        CompiledDraft draft = draft(Map.of("cyber.drl", CYBER_TOLL));

        // when
        List<Finding> found = edges(draft, strike(killed(10)));

        // then
        assertThat(found).extracting(Finding::clause).containsExactly("Art. 2");
    }

    @Test
    void should_not_blame_a_straddled_threshold_on_a_clause_that_cannot_bear_on_what_depends_on_it() {
        // given: the range straddles killed >= 10 of Art. 2 and of Art. 9; only Art. 2 bears on what depends on killed
        CompiledDraft draft = draft(Map.of("cyber.drl", CYBER_TOLL));

        // when
        List<Finding> found = edges(draft, strike(Map.of("killed", new Uncertain.Between(5, 15))));

        // then
        assertThat(found).extracting(Finding::clause).containsExactly("Art. 2");
    }

    @Test
    void should_judge_decimals_by_the_configured_relative_tolerance() {
        CompiledDraft draft = draftWith("""
                package casus.custom;
                rule "damage"
                    @clause("Art. 1")
                    @text("Damage of at least 100 million euros calls for consultation.")
                when
                    $i : Incident(damage >= 100.0)
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("consult", $p);
                end
                """);
        Case near = strike(Map.of("damage", new Uncertain.Exactly(103.0)));

        assertThat(edges(draft, near)).anySatisfy(f -> assertThat(f.clauses()).contains("Art. 1"));
        assertThat(Detection.run(new ThresholdEdgeDetector(), draft, near, AnalysisOptions.defaults().withDecimalTolerance(0.01)).findings)
                .isEmpty();
    }

    private static final String MASS_CASUALTY = """
            package casus.test;
            rule "mass"
                @clause("Art. 5")
                @text("Aggression that kills more than 10 people is a mass-casualty attack.")
            when
                $i : Incident(killed > 10)
                Holds(term == "aggression", incident == $i)
            then
                holds("mass-casualty attack", $i);
            end
            rule "never"
                @clause("Art. 6")
                @text("A strike that kills more than 10 and fewer than 5 people is a mass-casualty attack.")
            when
                $i : Incident(killed > 10, killed < 5)
            then
                holds("mass-casualty attack", $i);
            end
            rule "non-state"
                @clause("Art. 7")
                @text("A strike by a non-state actor that kills more than 10 people is a mass-casualty attack.")
            when
                $i : Incident(killed > 10, actorKind == ActorKind.NON_STATE)
            then
                holds("mass-casualty attack", $i);
            end
            """;

    @Test
    void should_blame_a_threshold_edge_only_on_clauses_whose_threshold_decides() {
        // given: Art. 5, 6 and 7 all compare killed > 10; at 11 only Art. 5 fires, since Art. 6 can never
        // fire and Art. 7 is about non-state actors
        CompiledDraft draft = draft(Map.of("mass.drl", MASS_CASUALTY));

        // when
        List<Finding> found = edges(draft, strike(killed(10)));

        // then
        assertThat(found).flatExtracting(Finding::clauses).containsExactlyInAnyOrder("Art. 2", "Art. 5");
        assertThat(found).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).startsWith("killed = 10 sits at the threshold of Art. 5 (killed > 10); at 11: \"mass-casualty attack\": does-not-hold \u2192 holds"));
    }

    @Test
    void should_blame_a_straddled_range_only_on_clauses_whose_threshold_decides() {
        CompiledDraft draft = draft(Map.of("mass.drl", MASS_CASUALTY));

        List<Finding> found = edges(draft, strike(Map.of("killed", new Uncertain.Between(0, 20))));

        assertThat(found).flatExtracting(Finding::clauses).containsExactlyInAnyOrder("Art. 2", "Art. 5");
    }

    private static final String WITH_ATTRIBUTES = Fixtures.DRAFT_YAML.replace("  nuclear-used: {type: boolean}\n",
            "  nuclear-used: {type: boolean}\n  year: {type: integer}\n  drones: {type: integer}\n");

    private static final String DRONES = """
            package casus.custom;
            rule "drones"
                @clause("Art. 8")
                @text("A strike by a State on Ukraine with at least 3 drones is an armed attack.")
            when
                $i : Incident(actorKind == ActorKind.STATE, country == "UA", number("drones") >= 3)
            then
                holds("armed attack", $i);
            end
            """ + OpenTextureDetectorTest.RESPONSES;

    private CompiledDraft drones() {
        return Detection.load(Fixtures.draft(root, "custom", WITH_ATTRIBUTES, Map.of("c.drl", DRONES)));
    }

    @Test
    void should_not_call_two_listed_values_a_range_that_straddles_the_threshold() {
        // given
        CompiledDraft draft = drones();
        Case listed = strike(Map.of("drones", new Uncertain.OneOf(List.of(2, 6))));

        // when
        List<Finding> dependences = Detection.run(new DependsOnFactDetector(), draft, listed).findings;
        List<Finding> found = edges(draft, listed);

        // then: the answer depends on the number of drones, but no stated range lies across the threshold
        assertThat(dependences).anySatisfy(f -> assertThat(f.clauses()).contains("Art. 8"));
        assertThat(found).isEmpty();
    }

    @Test
    void should_report_a_stated_range_of_an_attribute_that_straddles_the_threshold() {
        List<Finding> found = edges(drones(), strike(Map.of("drones", new Uncertain.Between(2, 6))));

        assertThat(found).extracting(Finding::reason).singleElement().asString()
                .startsWith("the stated range of drones straddles the threshold of Art. 8 (drones >= 3)");
    }
}
