package dev.casus.analysis;

import dev.casus.api.Answer;

import dev.casus.model.EvaluationException;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Answer.Dependence;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.Draft;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Attribution;
import dev.casus.model.Incident;
import dev.casus.model.Intent;
import dev.casus.model.Target;
import dev.casus.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.casus.testing.CasusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseAnalysisTest {

    private static final String GRAVITY_EXCEPTION = """
            package casus.test;

            rule "gravity"
                @clause("Art. 5")
                @text("A strike that kills no one is not aggression.")
                @overrides("Art. 1")
            when
                $i : Incident(killed < 1, act == Act.MISSILE_STRIKE)
            then
                holdsNot("aggression", $i);
            end
            """;

    private static final String CYBER_WITHOUT_PRECEDENCE = """
            package casus.test;

            rule "cyber"
                @clause("Art. 6")
                @text("A cyberattack is never an armed attack.")
            when
                $i : Incident(act == Act.CYBERATTACK)
            then
                holdsNot("armed attack", $i);
            end

            rule "cyber-grid"
                @clause("Art. 7")
                @text("A cyberattack on critical infrastructure is an armed attack.")
            when
                $i : Incident(act == Act.CYBERATTACK, target == Target.CRITICAL_INFRASTRUCTURE)
            then
                holds("armed attack", $i);
            end
            """;

    @TempDir
    Path root;

    private Draft draft(Map<String, String> extra) {
        return Casus.load(Fixtures.testDraft(root, extra));
    }

    private static Incident.Builder strike() {
        return Incident.builder("e1").act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE).country("UA")
                .attribution(Attribution.CONFIRMED);
    }

    private static Case caseOf(String id, Map<String, Uncertain> fields) {
        SortedMap<String, Uncertain> all = new TreeMap<>(Map.of(
                "act", new Uncertain.Exactly(Act.MISSILE_STRIKE),
                "actorKind", new Uncertain.Exactly(ActorKind.STATE),
                "country", new Uncertain.Exactly("UA")));
        all.putAll(fields);
        return new Case(id, id, Path.of("cases/test.yaml"), 1, List.of(new Case.Event("e1", all, 2)), List.of(), Map.of());
    }

    @Test
    void should_activate_commitments_through_the_clause_chain() {
        // given
        Draft draft = draft(Map.of());

        // when
        WorldResult result = draft.evaluate(strike().killed(12).build());

        // then
        assertThat(result).holds("aggression").viaClause("Art. 1")
                .holds("armed attack").viaClause("Art. 2")
                .activates("FR/consult").viaClause("Art. 3")
                .isConditional("DE/assist").viaClause("Art. 4");
        assertThat(result.commitments().get("FR/assist").deadline()).hasHours(72);
        assertThat(result.commitments().get("DE/assist").condition()).isEqualTo("needs a Bundestag mandate");
        String chain = result.explain("FR/consult").orElseThrow().render();
        assertThat(chain).contains("FR/consult is active, due within 24h")
                .contains("[Art. 3]").contains("[Art. 2]").contains("[Art. 1]")
                .contains("given e1: killed = 12").contains("given e1: country = UA");
    }

    @Test
    void should_not_activate_below_the_threshold() {
        // when
        WorldResult result = draft(Map.of()).evaluate(strike().killed(9).build());

        // then
        assertThat(result).holds("aggression").doesNotHold("armed attack").doesNotActivate("consult");
    }

    @Test
    void should_let_a_declared_exception_prevail() {
        // given
        Draft draft = draft(Map.of("exception.drl", GRAVITY_EXCEPTION));

        // when
        WorldResult result = draft.evaluate(strike().killed(0).build());

        // then
        assertThat(result.term("aggression")).isEqualTo(TermStatus.DOES_NOT_HOLD);
        assertThat(result.terms().get("aggression").supports())
                .anySatisfy(s -> assertThat(s.overriddenBy()).isEqualTo("Art. 5"));
        assertThat(result.explain("aggression").orElseThrow().render())
                .contains("\"aggression\" holds for incident e1 (set aside: Art. 5 overrides it)  [Art. 1]")
                .contains("\"aggression\" does not hold for incident e1  [Art. 5]");
    }

    @Test
    void should_report_conflict_when_exception_has_no_precedence() {
        // given
        Draft draft = draft(Map.of("cyber.drl", CYBER_WITHOUT_PRECEDENCE));
        Case c = caseOf("cyber", Map.of(
                "act", new Uncertain.Exactly(Act.CYBERATTACK),
                "target", new Uncertain.Exactly(dev.casus.model.Target.CRITICAL_INFRASTRUCTURE)));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.results().get(0).term("armed attack")).isEqualTo(TermStatus.CONFLICT);
        assertThat(analysis).hasFinding(FindingKind.CONFLICT, "Art. 6").hasFinding(FindingKind.CONFLICT, "Art. 7");
        assertThat(analysis.term("armed attack").verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(analysis.findings(FindingKind.CONFLICT).get(0).reason())
                .isEqualTo("Art. 7 says \"armed attack\" holds; Art. 6 says it does not hold; no @overrides decides between them");
    }

    @Test
    void should_leave_commitments_that_follow_from_a_conflicting_term_undetermined() {
        // given: the strike is aggression by Art. 1 and not by Art. 8, with no precedence
        Draft draft = draft(Map.of("doubt.drl", """
                package casus.test;
                rule "doubt"
                    @clause("Art. 8")
                    @text("A strike by an unconfirmed actor is not aggression.")
                when
                    $i : Incident(attribution != Attribution.CONFIRMED)
                then
                    holdsNot("aggression", $i);
                end
                """));
        Case c = caseOf("doubt", Map.of("killed", new Uncertain.Exactly(20),
                "attribution", new Uncertain.Exactly(Attribution.SUSPECTED)));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis).isUndetermined("FR/consult").hasFinding(FindingKind.CONFLICT, "Art. 8");
        assertThat(analysis.commitments().get("FR/consult").describe())
                .isEqualTo("undetermined: conflict on \"aggression\" (Art. 1 vs Art. 8)");
    }

    @Test
    void should_run_only_the_conflict_detector_when_findings_are_not_asked_for() {
        // given: a conflict on aggression where the attribution is suspected, and an uncertain toll
        Draft draft = draft(Map.of("doubt.drl", """
                package casus.test;
                rule "doubt"
                    @clause("Art. 8")
                    @text("A strike by an unconfirmed actor is not aggression.")
                when
                    $i : Incident(attribution != Attribution.CONFIRMED)
                then
                    holdsNot("aggression", $i);
                end
                """));
        Case c = caseOf("doubt", Map.of("killed", new Uncertain.Between(0, 30),
                "attribution", new Uncertain.OneOf(List.of(Attribution.CONFIRMED, Attribution.SUSPECTED))));

        // when
        CaseAnalysis all = draft.analyse(c);
        CaseAnalysis plain = draft.analyse(c, AnalysisOptions.defaults().withFindings(false));

        // then
        assertThat(all.findings()).extracting(f -> f.kind()).contains(FindingKind.CONFLICT, FindingKind.DEPENDS_ON_FACT);
        assertThat(plain.findings()).extracting(f -> f.kind()).containsOnly(FindingKind.CONFLICT);
        assertThat(plain.commitments()).isEqualTo(all.commitments());
    }

    @Test
    void should_try_a_range_at_its_ends_and_beside_each_threshold() {
        // given
        Draft draft = draft(Map.of());
        Case c = caseOf("range", Map.of("killed", new Uncertain.Between(0, 40)));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).extracting(w -> w.choices().get("killed")).containsExactly(0, 9, 10, 11, 40);
        assertThat(analysis).isUndetermined("FR/consult").dependsOn("FR/consult", "killed");
        assertThat(analysis.commitments().get("FR/consult").describe())
                .isEqualTo("undetermined: depends on killed: 0, 9 \u2192 inactive; 10, 11, 40 \u2192 active");
    }

    @Test
    void should_try_beside_a_threshold_on_an_extra_attribute_written_number_first() {
        // given: the comparison has the number on the left, "3 < number(...)"
        Draft draft = Casus.load(Fixtures.draft(root, "naval",
                Fixtures.DRAFT_YAML.replace("nuclear-used: {type: boolean}", "warships: {type: integer}"),
                Map.of("naval.drl", """
                        package casus.test;
                        rule "naval"
                            @clause("Art. 8")
                            @text("A blockade by more than three warships is aggression.")
                        when
                            $i : Incident(3 < number("warships"))
                        then
                            holds("aggression", $i);
                        end
                        """)));
        Case c = caseOf("naval", Map.of("warships", new Uncertain.Between(0, 10)));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).extracting(w -> w.choices().get("warships")).containsExactly(0, 2, 3, 4, 10);
        assertThat(analysis.term("aggression").describe())
                .isEqualTo("undetermined: depends on warships: 0, 2, 3 \u2192 does-not-hold; 4, 10 \u2192 holds");
    }

    @Test
    void should_name_only_the_clauses_behind_an_answer_in_what_decides_it() {
        // given: Art. 9 reads killed too, but concludes a term nothing else requires
        Draft draft = draft(Map.of("toll.drl", """
                package casus.test;
                rule "toll"
                    @clause("Art. 9")
                    @text("A strike that kills more than three people is a grave incident.")
                when
                    $i : Incident(killed > 3)
                then
                    holds("grave incident", $i);
                end
                """));
        Case c = caseOf("range", Map.of("killed", new Uncertain.Between(0, 40)));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.commitments().get("FR/consult").dependsOn()).singleElement()
                .satisfies(d -> assertThat(d.clauses()).containsExactly("Art. 2"));
        assertThat(analysis.term("grave incident").dependsOn()).singleElement()
                .satisfies(d -> assertThat(d.clauses()).containsExactly("Art. 9"));
    }

    @Test
    void should_count_as_fired_only_clauses_whose_conclusions_remain_whatever_the_rule_order() {
        // given: Art. 3 follows from "aggression", which Art. 1 and Art. 2 leave in conflict; in some
        // rule orders Art. 3 fires before Art. 2 and its conclusion is withdrawn again
        String yes = """
                rule "yes"
                    @clause("Art. 1")
                    @text("Every strike is aggression.")
                when
                    $i : Incident()
                then
                    holds("aggression", $i);
                end
                """;
        String no = yes.replace("\"yes\"", "\"no\"").replace("Art. 1", "Art. 2").replace("is aggression", "is not aggression")
                .replace("holds(", "holdsNot(");
        String follows = """
                rule "follows"
                    @clause("Art. 3")
                    @text("Aggression is an armed attack.")
                when
                    $i : Incident()
                    Holds(term == "aggression", incident == $i)
                then
                    holds("armed attack", $i);
                end
                """;
        List<String> orders = List.of(yes + no + follows, follows + yes + no, no + follows + yes);
        for (int i = 0; i < orders.size(); i++) {
            Draft draft = Casus.load(Fixtures.draft(root, "order" + i, Fixtures.DRAFT_YAML,
                    Map.of("c.drl", "package casus.test;\n" + orders.get(i))));

            // when
            WorldResult result = draft.evaluate(strike().build());

            // then
            assertThat(result.firedRules()).as("rule order %d", i).containsExactly("no", "yes");
        }
    }

    @Test
    void should_not_multiply_worlds_by_a_field_that_a_clause_names_only_inside_a_term() {
        // given: Art. 10 requires the term "verified massacre", and no clause reads the field verified
        Draft draft = draft(Map.of("massacre.drl", """
                package casus.test;
                rule "massacre"
                    @clause("Art. 9")
                    @text("A strike that kills fifty people or more is a verified massacre.")
                when
                    $i : Incident(killed >= 50)
                then
                    holds("verified massacre", $i);
                end
                rule "massacre-consult"
                    @clause("Art. 10")
                    @text("After a verified massacre each guarantor consults.")
                when
                    Holds(term == "verified massacre")
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("consult", $p);
                end
                """));
        Case c = caseOf("unverified", Map.of("killed", new Uncertain.Exactly(60), "verified", new Uncertain.Unknown()));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).hasSize(1);
    }

    @Test
    void should_not_multiply_worlds_by_fields_no_clause_reads() {
        // given: injured and zone are uncertain, but no clause reads them
        Draft draft = draft(Map.of());
        Case c = caseOf("unread", Map.of(
                "injured", new Uncertain.Between(0, 500),
                "zone", new Uncertain.Unknown(),
                "intent", new Uncertain.Unknown(),
                "killed", new Uncertain.OneOf(List.of(5, 50))));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).hasSize(2);
        assertThat(analysis.commitments().get("FR/consult").dependsOn()).extracting(Dependence::field).containsExactly("killed");
    }

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

    @Test
    void should_name_only_the_fields_that_decide() {
        // given: country decides (Art. 1 needs UA); attribution is uncertain but read by no clause here
        Draft draft = draft(Map.of("attribution.drl", """
                package casus.test;
                rule "note"
                    @clause("Art. 9")
                    @text("Attribution is noted.")
                when
                    $i : Incident(attribution == Attribution.SUSPECTED)
                then
                    holds("suspicion", $i);
                end
                """));
        Case c = caseOf("decisive", Map.of(
                "killed", new Uncertain.Exactly(20),
                "country", new Uncertain.OneOf(List.of("UA", "PL")),
                "attribution", new Uncertain.OneOf(List.of(Attribution.CONFIRMED, Attribution.SUSPECTED))));

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).hasSize(4);
        assertThat(analysis.commitments().get("FR/consult").dependsOn()).extracting(Dependence::field).containsExactly("country");
        assertThat(analysis.commitments().get("FR/consult").dependsOn().get(0).clauses()).containsExactly("Art. 1");
    }

    @Test
    void should_report_too_many_worlds_instead_of_sampling() {
        // given
        Draft draft = draft(Map.of());
        Case c = caseOf("huge", Map.of("killed", new Uncertain.Between(0, 40),
                "country", new Uncertain.OneOf(List.of("UA", "PL", "MD"))));

        // when / then
        assertThatThrownBy(() -> draft.analyse(c, AnalysisOptions.defaults().withMaxWorlds(10)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("more than 10 possible worlds: country (3) \u00d7 killed (5)");
    }

    @Test
    void should_evaluate_a_timeline_window() {
        // given: three verified violations within 72 hours escalate
        Draft draft = Casus.load(Fixtures.draft(root, "ceasefire", """
                title: Ceasefire
                parties:
                  - {id: OSCE, role: guarantor}
                commitments:
                  - {id: escalate, wording: Escalate.}
                """, Map.of("c.drl", """
                package casus.ceasefire;
                rule "escalation"
                    @clause("Art. 2")
                    @text("Three verified violations within 72 hours escalate.")
                when
                    $last : Incident(act == Act.CEASEFIRE_VIOLATION, verified)
                    Number(intValue >= 3) from accumulate(
                        $v : Incident(act == Act.CEASEFIRE_VIOLATION, verified,
                                      $last.hoursAfter(this) >= 0, $last.hoursAfter(this) <= 72),
                        count($v))
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("escalate", $p);
                end
                """)));
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        List<Incident> close = List.of(violation("v1", t0), violation("v2", t0.plusSeconds(3600 * 30)),
                violation("v3", t0.plusSeconds(3600 * 60)));
        List<Incident> spread = List.of(violation("v1", t0), violation("v2", t0.plusSeconds(3600 * 30)),
                violation("v3", t0.plusSeconds(3600 * 80)));

        // when / then
        assertThat(draft.evaluate(close).commitment("OSCE/escalate")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(draft.evaluate(spread).commitment("OSCE/escalate")).isEqualTo(CommitmentStatus.INACTIVE);
    }

    private static Incident violation(String id, Instant time) {
        return Incident.builder(id).act(Act.CEASEFIRE_VIOLATION).verified(true).time(time).build();
    }

    @Test
    void should_give_the_same_results_from_many_threads_sharing_one_draft() throws Exception {
        // given
        Draft draft = draft(Map.of("exception.drl", GRAVITY_EXCEPTION));
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            incidents.add(strike().killed(k % 25).build());
        }
        List<String> expected = incidents.stream().map(i -> draft.evaluate(i).commitments().toString()).toList();

        // when
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Incident i : incidents) {
                futures.add(pool.submit(() -> draft.evaluate(i).commitments().toString()));
            }
        }
        pool.shutdown();

        // then
        for (int f = 0; f < futures.size(); f++) {
            assertThat(futures.get(f).get()).isEqualTo(expected.get(f % incidents.size()));
        }
    }
}
