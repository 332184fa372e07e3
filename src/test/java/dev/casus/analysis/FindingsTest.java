package dev.casus.analysis;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.Draft;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Attribution;
import dev.casus.model.Intent;
import dev.casus.model.Target;
import dev.casus.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.casus.testing.CasusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Each finding kind, both ways: a case that must produce it, and a near twin that must not. */
class FindingsTest {

    @TempDir
    Path root;

    private Draft draft(Map<String, String> extra) {
        return Casus.load(Fixtures.testDraft(root, extra));
    }

    private Draft draftWith(String clauses) {
        return Casus.load(Fixtures.draft(root, "custom", Fixtures.DRAFT_YAML, Map.of("c.drl", clauses)));
    }

    private static Case strike(Map<String, Uncertain> fields) {
        SortedMap<String, Uncertain> all = new TreeMap<>(Map.of(
                "act", new Uncertain.Exactly(Act.MISSILE_STRIKE),
                "actorKind", new Uncertain.Exactly(ActorKind.STATE),
                "country", new Uncertain.Exactly("UA")));
        all.putAll(fields);
        return new Case("c", "c", Path.of("cases/t.yaml"), 1, List.of(new Case.Event("e1", all, 2)), List.of(), Map.of());
    }

    private static Map<String, Uncertain> killed(int n) {
        return Map.of("killed", new Uncertain.Exactly(n));
    }

    // conflict --------------------------------------------------------------------------------

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

    @Test
    void should_report_a_conflict_when_two_activations_set_different_deadlines() {
        CaseAnalysis analysis = draft(Map.of("urgent.drl", SECOND_CONSULT.formatted("48 hours", "48h"))).analyse(strike(killed(20)));

        assertThat(analysis).hasFinding(FindingKind.CONFLICT, "Art. 9");
        assertThat(analysis.findings(FindingKind.CONFLICT).get(0).reason())
                .isEqualTo("DE/consult is activated with different deadlines: Art. 3 within 24h; Art. 9 within 48h; no @overrides decides between them");
    }

    @Test
    void should_not_report_a_conflict_when_the_deadlines_agree() {
        CaseAnalysis analysis = draft(Map.of("urgent.drl", SECOND_CONSULT.formatted("24 hours", "24h"))).analyse(strike(killed(20)));

        assertThat(analysis.findings(FindingKind.CONFLICT)).isEmpty();
    }

    // depends-on-fact -------------------------------------------------------------------------

    @Test
    void should_report_the_uncertain_fact_that_decides() {
        CaseAnalysis analysis = draft(Map.of()).analyse(strike(Map.of(
                "killed", new Uncertain.Between(0, 30),
                "injured", new Uncertain.Between(0, 30))));

        assertThat(analysis).hasFinding(FindingKind.DEPENDS_ON_FACT, "Art. 2");
        assertThat(analysis.findings(FindingKind.DEPENDS_ON_FACT)).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).contains("FR/consult").contains("depend on killed: 0, 9 \u2192 inactive"))
                .allSatisfy(r -> assertThat(r).doesNotContain("injured"));
    }

    @Test
    void should_not_report_an_uncertain_fact_that_decides_nothing() {
        CaseAnalysis analysis = draft(Map.of()).analyse(strike(Map.of(
                "killed", new Uncertain.Between(20, 40),
                "attribution", new Uncertain.Unknown())));

        assertThat(analysis.findings(FindingKind.DEPENDS_ON_FACT)).isEmpty();
        assertThat(analysis).activates("FR/consult");
    }

    // open-texture ----------------------------------------------------------------------------

    private static final String GRAVE = """
            package casus.custom;
            rule "aggression"
                @clause("Art. 1")
                @text("A strike by a State on Ukraine is aggression.")
            when
                $i : Incident(actorKind == ActorKind.STATE, country == "UA")
            then
                holds("aggression", $i);
            end
            rule "grave"
                @clause("Art. 2")
                @text("%s")
                %s
            when
                $i : Incident(killed >= 10)
                Holds(term == "aggression", incident == $i)
            then
                holds("armed attack", $i);
            end
            rule "consult"
                @clause("Art. 3")
                @text("On an armed attack each guarantor consults.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            rule "assist"
                @clause("Art. 4")
                @text("On aggression each guarantor assists.")
            when
                Holds(term == "aggression")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("assist", $p);
            end
            """;

    @Test
    void should_report_a_vague_clause_that_decides_an_outcome_and_how_it_was_formalised() {
        Draft draft = draftWith(GRAVE.formatted("Aggression of sufficient gravity is an armed attack.", "@vague(\"sufficient gravity\")"));

        CaseAnalysis analysis = draft.analyse(strike(killed(12)));

        assertThat(analysis).hasFinding(FindingKind.OPEN_TEXTURE, "Art. 2");
        Finding finding = analysis.findings(FindingKind.OPEN_TEXTURE).get(0);
        assertThat(finding.reason())
                .startsWith("\"sufficient gravity\" is a judgment the wording leaves open (read as killed >= 10)")
                .contains("FR/consult: active \u2192 inactive");
        assertThat(finding.wording()).containsExactly(java.util.Map.entry("Art. 2", "Aggression of sufficient gravity is an armed attack."));
        assertThat(finding.caseId()).isEqualTo("c");
    }

    @Test
    void should_find_open_texture_from_the_lexicon_and_from_a_drafts_own_lexicon() {
        Draft lexiconWord = draftWith(GRAVE.formatted("Serious aggression is an armed attack.", ""));
        assertThat(lexiconWord.analyse(strike(killed(12)))).hasFinding(FindingKind.OPEN_TEXTURE, "Art. 2");

        Fixtures.write(root.resolve("custom/lexicon.txt"), "# our own\nheavy\n");
        Draft ownWord = draftWith(GRAVE.formatted("Heavy aggression is an armed attack.", ""));
        assertThat(ownWord.analyse(strike(killed(12))).findings(FindingKind.OPEN_TEXTURE)).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).startsWith("\"heavy\""));
    }

    @Test
    void should_not_report_a_vague_clause_that_changes_no_outcome_or_never_fires() {
        Draft draft = draftWith(GRAVE.formatted("Aggression of sufficient gravity is an armed attack.", "@vague(\"sufficient gravity\")")
                + """
                rule "also-armed-attack"
                    @clause("Art. 5")
                    @text("A strike killing at least 5 by a State is an armed attack.")
                when
                    $i : Incident(killed >= 5, actorKind == ActorKind.STATE)
                then
                    holds("armed attack", $i);
                end
                """);

        assertThat(draft.analyse(strike(killed(12))).findings(FindingKind.OPEN_TEXTURE)).isEmpty();
        assertThat(draft.analyse(strike(killed(3))).findings(FindingKind.OPEN_TEXTURE)).isEmpty();
    }

    @Test
    void should_try_both_readings_only_where_a_vague_clause_fired() {
        Draft draft = draftWith(GRAVE.formatted("Aggression of sufficient gravity is an armed attack.", "@vague(\"sufficient gravity\")"));
        Case uncertain = strike(Map.of("killed", new Uncertain.OneOf(List.of(3, 12))));

        long before = draft.evaluationCount();
        draft.analyse(uncertain);

        // two worlds, plus one "not applied" reading for the one world in which Art. 2 fired
        assertThat(draft.evaluationCount() - before).isEqualTo(3);
    }

    private static final String WITH_ATTRIBUTES = Fixtures.DRAFT_YAML.replace("  nuclear-used: {type: boolean}\n",
            "  nuclear-used: {type: boolean}\n  year: {type: integer}\n  drones: {type: integer}\n");

    private Draft draftWithAttributes(String clauses) {
        return Casus.load(Fixtures.draft(root, "custom", WITH_ATTRIBUTES, Map.of("c.drl", clauses)));
    }

    private static final String RESPONSES = """
            rule "consult"
                @clause("Art. 3")
                @text("On an armed attack each guarantor consults.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            rule "assist"
                @clause("Art. 4")
                @text("On an armed attack each guarantor assists.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("assist", $p);
            end
            """;

    @Test
    void should_read_a_territorial_clause_as_its_own_conditions_when_it_also_has_a_year_threshold() {
        // given: the judgment is territorial; the year is when the State joined, not how the word was read
        Draft draft = draftWithAttributes("""
                package casus.custom;
                rule "territory"
                    @clause("Art. 6")
                    @text("An armed attack on the territory of Poland or Romania, from the year they joined, is an armed attack.")
                    @vague("territory")
                when
                    $i : Incident(country in ("PL", "RO"), zone in (Zone.LAND, Zone.AIRSPACE), number("year") >= 2009)
                then
                    holds("armed attack", $i);
                end
                """ + RESPONSES);

        // when
        CaseAnalysis analysis = draft.analyse(strike(Map.of(
                "country", new Uncertain.Exactly("PL"), "zone", new Uncertain.Exactly(Zone.LAND), "year", new Uncertain.Exactly(2015))));

        // then
        assertThat(analysis).hasFinding(FindingKind.OPEN_TEXTURE, "Art. 6");
        assertThat(analysis.findings(FindingKind.OPEN_TEXTURE).get(0).reason())
                .startsWith("\"territory\" is a judgment the wording leaves open (read as country in (\"PL\", \"RO\") "
                        + "and zone in (Zone.LAND, Zone.AIRSPACE) and number(\"year\") >= 2009); ")
                .doesNotContain("read as year >= 2009");
    }

    @Test
    void should_read_a_clause_of_degree_as_its_threshold_and_leave_out_terms_and_parties() {
        // given: the near twin, whose only condition on the incident is the threshold
        Draft draft = draftWithAttributes("""
                package casus.custom;
                rule "aggression"
                    @clause("Art. 1")
                    @text("A strike by a State on Ukraine is aggression.")
                when
                    $i : Incident(actorKind == ActorKind.STATE, country == "UA")
                then
                    holds("aggression", $i);
                end
                rule "significant"
                    @clause("Art. 2")
                    @text("Significant aggression is an armed attack.")
                when
                    $i : Incident(killed >= 10)
                    Holds(term == "aggression", incident == $i)
                then
                    holds("armed attack", $i);
                end
                """ + RESPONSES);

        // when
        CaseAnalysis analysis = draft.analyse(strike(killed(12)));

        // then
        assertThat(analysis.findings(FindingKind.OPEN_TEXTURE)).extracting(Finding::reason).singleElement().asString()
                .startsWith("\"significant\" is a judgment the wording leaves open (read as killed >= 10); ");
    }

    // threshold-edge --------------------------------------------------------------------------

    @Test
    void should_report_a_deciding_fact_at_a_threshold() {
        CaseAnalysis analysis = draft(Map.of()).analyse(strike(killed(10)));

        assertThat(analysis).hasFinding(FindingKind.THRESHOLD_EDGE, "Art. 2");
        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE).get(0).reason())
                .startsWith("killed = 10 sits at the threshold of Art. 2 (killed >= 10); at 9: ");
    }

    @Test
    void should_not_report_a_fact_far_from_any_threshold() {
        assertThat(draft(Map.of()).analyse(strike(killed(30))).findings(FindingKind.THRESHOLD_EDGE)).isEmpty();
    }

    @Test
    void should_report_a_stated_range_that_straddles_a_deciding_threshold() {
        CaseAnalysis analysis = draft(Map.of()).analyse(strike(Map.of("killed", new Uncertain.Between(5, 15))));

        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).startsWith("the stated range of killed straddles the threshold of Art. 2 (killed >= 10)"));
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
        Draft draft = draft(Map.of("cyber.drl", CYBER_TOLL));

        // when
        CaseAnalysis analysis = draft.analyse(strike(killed(10)));

        // then
        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).extracting(Finding::clause).containsExactly("Art. 2");
    }

    @Test
    void should_not_blame_a_straddled_threshold_on_a_clause_that_cannot_bear_on_what_depends_on_it() {
        // given: the range straddles killed >= 10 of Art. 2 and of Art. 9; only Art. 2 bears on what depends on killed
        Draft draft = draft(Map.of("cyber.drl", CYBER_TOLL));

        // when
        CaseAnalysis analysis = draft.analyse(strike(Map.of("killed", new Uncertain.Between(5, 15))));

        // then
        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).extracting(Finding::clause).containsExactly("Art. 2");
    }

    @Test
    void should_judge_decimals_by_the_configured_relative_tolerance() {
        Draft draft = draftWith("""
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

        assertThat(draft.analyse(near)).hasFinding(FindingKind.THRESHOLD_EDGE, "Art. 1");
        assertThat(draft.analyse(near, AnalysisOptions.defaults().withDecimalTolerance(0.01)).findings(FindingKind.THRESHOLD_EDGE)).isEmpty();
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
        Draft draft = draft(Map.of("mass.drl", MASS_CASUALTY));

        // when
        CaseAnalysis analysis = draft.analyse(strike(killed(10)));

        // then
        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).flatExtracting(Finding::clauses).containsExactlyInAnyOrder("Art. 2", "Art. 5");
        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).startsWith("killed = 10 sits at the threshold of Art. 5 (killed > 10); at 11: \"mass-casualty attack\": does-not-hold \u2192 holds"));
    }

    @Test
    void should_blame_a_straddled_range_only_on_clauses_whose_threshold_decides() {
        Draft draft = draft(Map.of("mass.drl", MASS_CASUALTY));

        CaseAnalysis analysis = draft.analyse(strike(Map.of("killed", new Uncertain.Between(0, 20))));

        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).flatExtracting(Finding::clauses).containsExactlyInAnyOrder("Art. 2", "Art. 5");
    }

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
            """ + RESPONSES;

    @Test
    void should_not_call_two_listed_values_a_range_that_straddles_the_threshold() {
        Draft draft = draftWithAttributes(DRONES);

        CaseAnalysis analysis = draft.analyse(strike(Map.of("drones", new Uncertain.OneOf(List.of(2, 6)))));

        assertThat(analysis).hasFinding(FindingKind.DEPENDS_ON_FACT, "Art. 8");
        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).isEmpty();
    }

    @Test
    void should_report_a_stated_range_of_an_attribute_that_straddles_the_threshold() {
        Draft draft = draftWithAttributes(DRONES);

        CaseAnalysis analysis = draft.analyse(strike(Map.of("drones", new Uncertain.Between(2, 6))));

        assertThat(analysis.findings(FindingKind.THRESHOLD_EDGE)).extracting(Finding::reason).singleElement().asString()
                .startsWith("the stated range of drones straddles the threshold of Art. 8 (drones >= 3)");
    }

    // silent ----------------------------------------------------------------------------------

    @Test
    void should_report_a_hostile_incident_no_clause_engages_with() {
        CaseAnalysis analysis = draft(Map.of()).analyse(strike(Map.of("country", new Uncertain.Exactly("MD"))));

        assertThat(analysis).hasFinding(FindingKind.SILENT, null);
        assertThat(analysis.findings(FindingKind.SILENT).get(0).reason()).contains("missile-strike").contains("silent");
    }

    @Test
    void should_not_call_the_draft_silent_when_a_clause_engages() {
        assertThat(draft(Map.of()).analyse(strike(killed(1))).findings(FindingKind.SILENT)).isEmpty();
    }

    // scale -----------------------------------------------------------------------------------

    @Test
    void should_cost_worlds_in_proportion_to_the_uncertain_fields_the_rules_read() {
        // given: ten uncertain fields, of which the clauses read four (actorKind, country, killed, attribution)
        Draft draft = draft(Map.of("attribution.drl", """
                package casus.test;
                rule "noted"
                    @clause("Art. 9")
                    @text("A confirmed strike is noted.")
                when
                    $i : Incident(attribution == Attribution.CONFIRMED)
                then
                    holds("noted", $i);
                end
                """));
        SortedMap<String, Uncertain> fields = new TreeMap<>();
        fields.put("act", new Uncertain.Exactly(Act.MISSILE_STRIKE));
        fields.put("actorKind", new Uncertain.OneOf(List.of(ActorKind.STATE, ActorKind.NON_STATE)));
        fields.put("country", new Uncertain.OneOf(List.of("UA", "PL")));
        fields.put("killed", new Uncertain.OneOf(List.of(5, 50)));
        fields.put("attribution", new Uncertain.OneOf(List.of(Attribution.CONFIRMED, Attribution.SUSPECTED)));
        fields.put("intent", new Uncertain.Unknown());
        fields.put("target", new Uncertain.Unknown());
        fields.put("zone", new Uncertain.OneOf(List.of(Zone.LAND, Zone.AIRSPACE)));
        fields.put("injured", new Uncertain.Between(0, 1000));
        fields.put("damage", new Uncertain.Between(0, 1000));
        fields.put("region", new Uncertain.Unknown());
        Case c = new Case("ten", "ten", Path.of("t.yaml"), 1, List.of(new Case.Event("e1", fields, 1)), List.of(), Map.of());

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).hasSize(2 * 2 * 2 * 2);
        assertThat(analysis.worlds().get(0).choices()).containsOnlyKeys("actorKind", "attribution", "country", "killed");
        assertThat(Intent.values()).isNotEmpty();
        assertThat(Target.values()).isNotEmpty();
    }
}
