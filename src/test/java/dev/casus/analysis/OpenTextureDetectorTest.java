package dev.casus.analysis;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.casus.analysis.Detection.killed;
import static dev.casus.analysis.Detection.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** Open texture: a clause whose wording leaves a judgment open, applied or not, decides an outcome. */
class OpenTextureDetectorTest {

    @TempDir
    Path root;

    private Path folder(String clauses) {
        return Fixtures.draft(root, "custom", Fixtures.DRAFT_YAML, Map.of("c.drl", clauses));
    }

    private CompiledDraft draftWith(String clauses) {
        return Detection.load(folder(clauses));
    }

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

    private static final String SUFFICIENT_GRAVITY = GRAVE.formatted("Aggression of sufficient gravity is an armed attack.",
            "@vague(\"sufficient gravity\")");

    @Test
    void should_report_a_vague_clause_that_decides_an_outcome_and_how_it_was_formalised() {
        Detection detection = Detection.run(new OpenTextureDetector(), draftWith(SUFFICIENT_GRAVITY), strike(killed(12)));

        assertThat(detection.findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.OPEN_TEXTURE);
            assertThat(finding.clauses()).containsExactly("Art. 2");
            assertThat(finding.reason())
                    .startsWith("\"sufficient gravity\" is a judgment the wording leaves open (read as killed >= 10)")
                    .contains("FR/consult: active \u2192 inactive");
            assertThat(finding.caseId()).isEqualTo("c");
        });
    }

    @Test
    void should_carry_the_wording_of_the_vague_clause_into_the_analysis() {
        CaseAnalysis analysis = Casus.load(folder(SUFFICIENT_GRAVITY)).analyse(strike(killed(12)));

        Finding finding = analysis.findings(FindingKind.OPEN_TEXTURE).get(0);
        assertThat(finding.wording()).containsExactly(Map.entry("Art. 2", "Aggression of sufficient gravity is an armed attack."));
        assertThat(finding.caseId()).isEqualTo("c");
    }

    @Test
    void should_find_open_texture_from_the_lexicon_and_from_a_drafts_own_lexicon() {
        CompiledDraft lexiconWord = draftWith(GRAVE.formatted("Serious aggression is an armed attack.", ""));
        assertThat(Detection.run(new OpenTextureDetector(), lexiconWord, strike(killed(12))).findings)
                .anySatisfy(f -> assertThat(f.clauses()).contains("Art. 2"));

        Fixtures.write(root.resolve("custom/lexicon.txt"), "# our own\nheavy\n");
        CompiledDraft ownWord = draftWith(GRAVE.formatted("Heavy aggression is an armed attack.", ""));
        assertThat(Detection.run(new OpenTextureDetector(), ownWord, strike(killed(12))).findings).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).startsWith("\"heavy\""));
    }

    @Test
    void should_not_report_a_vague_clause_that_changes_no_outcome_or_never_fires() {
        CompiledDraft draft = draftWith(SUFFICIENT_GRAVITY + """
                rule "also-armed-attack"
                    @clause("Art. 5")
                    @text("A strike killing at least 5 by a State is an armed attack.")
                when
                    $i : Incident(killed >= 5, actorKind == ActorKind.STATE)
                then
                    holds("armed attack", $i);
                end
                """);

        assertThat(Detection.run(new OpenTextureDetector(), draft, strike(killed(12))).findings).isEmpty();
        assertThat(Detection.run(new OpenTextureDetector(), draft, strike(killed(3))).findings).isEmpty();
    }

    @Test
    void should_try_both_readings_only_where_a_vague_clause_fired() {
        // given
        Path folder = folder(SUFFICIENT_GRAVITY);
        Case uncertain = strike(Map.of("killed", new Uncertain.OneOf(List.of(3, 12))));

        // when
        dev.casus.Draft draft = Casus.load(folder);
        long before = draft.evaluationCount();
        draft.analyse(uncertain);
        Detection detection = Detection.run(new OpenTextureDetector(), Detection.load(folder), uncertain);

        // then: two worlds, plus one "not applied" reading for the one world in which Art. 2 fired
        assertThat(draft.evaluationCount() - before).isEqualTo(3);
        assertThat(detection.evaluator.calls()).singleElement().satisfies(call -> {
            assertThat(call.rulesNotApplied()).isEqualTo(Set.of("grave"));
            assertThat(call.timeline().get(0).killed()).isEqualTo(12);
        });
        assertThat(detection.findings).extracting(Finding::worlds).containsExactly(List.of("killed=12"));
    }

    @Test
    void should_judge_only_by_what_the_evaluator_gives_for_the_reading_without_the_clause() {
        // given: the evidence of a case where Art. 2 decides, and an evaluator that, asked for the world
        // without Art. 2, gives the world as evaluated with it
        CaseEvidence evidence = Detection.run(new OpenTextureDetector(), draftWith(SUFFICIENT_GRAVITY), strike(killed(12))).evidence;
        CaseEvidence unchanged = new CaseEvidence(evidence.draft(), evidence.theCase(), evidence.worlds(), evidence.results(),
                evidence.commitments(), evidence.terms(), evidence.firedRules(), evidence.options(),
                (timeline, rulesNotApplied) -> evidence.results().get(0));

        // when / then
        assertThat(new OpenTextureDetector().detect(evidence)).isNotEmpty();
        assertThat(new OpenTextureDetector().detect(unchanged)).isEmpty();
    }

    private static final String WITH_ATTRIBUTES = Fixtures.DRAFT_YAML.replace("  nuclear-used: {type: boolean}\n",
            "  nuclear-used: {type: boolean}\n  year: {type: integer}\n  drones: {type: integer}\n");

    private CompiledDraft draftWithAttributes(String clauses) {
        return Detection.load(Fixtures.draft(root, "custom", WITH_ATTRIBUTES, Map.of("c.drl", clauses)));
    }

    static final String RESPONSES = """
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
        CompiledDraft draft = draftWithAttributes("""
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
        Detection detection = Detection.run(new OpenTextureDetector(), draft, strike(Map.of(
                "country", new Uncertain.Exactly("PL"), "zone", new Uncertain.Exactly(Zone.LAND), "year", new Uncertain.Exactly(2015))));

        // then
        assertThat(detection.findings).anySatisfy(f -> assertThat(f.clauses()).contains("Art. 6"));
        assertThat(detection.findings.get(0).reason())
                .startsWith("\"territory\" is a judgment the wording leaves open (read as country in (\"PL\", \"RO\") "
                        + "and zone in (Zone.LAND, Zone.AIRSPACE) and number(\"year\") >= 2009); ")
                .doesNotContain("read as year >= 2009");
    }

    @Test
    void should_read_a_clause_of_degree_as_its_threshold_and_leave_out_terms_and_parties() {
        // given: the near twin, whose only condition on the incident is the threshold
        CompiledDraft draft = draftWithAttributes("""
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
        Detection detection = Detection.run(new OpenTextureDetector(), draft, strike(killed(12)));

        // then
        assertThat(detection.findings).extracting(Finding::reason).singleElement().asString()
                .startsWith("\"significant\" is a judgment the wording leaves open (read as killed >= 10); ");
    }
}
