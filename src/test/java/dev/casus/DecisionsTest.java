package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.Case;
import dev.casus.model.Commitment;
import dev.casus.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decisions through the Java API: a case builder states them, and an analysis says what an answer waits on. */
public class DecisionsTest {

    public static final String YAML = """
            title: Collective defence on request
            parties:
              - {id: PL, name: Poland, role: guaranteed}
              - {id: US, name: United States, role: guarantor}
              - {id: DE, name: Germany, role: guarantor}
            decisions:
              - {id: request, by: victim, text: the State attacked requests assistance}
              - {id: nac-determination, by: north-atlantic-council, text: the attack was directed from abroad}
            commitments:
              - {id: assist, wording: Each party assists the party attacked., deadline: 72h, awaits: [request, nac-determination]}
              - {id: consult, wording: The parties consult together.}
            """;

    public static final String DRL = """
            package casus.request;

            rule "art5"
                @clause("Art. 5")
                @text("An armed attack against one of them is an attack against them all.")
            when
                $i : Incident(act == Act.MISSILE_STRIKE)
                $p : Party(role == Role.GUARANTOR)
            then
                activate("assist", $p);
                activate("consult", $p);
            end
            """;


    /** A clause that reads a decision itself: the Council's determination makes an attack an armed attack. */
    static final String DETERMINATION_DRL = """
            package casus.request;

            rule "art4-determination"
                @clause("Art. 4")
                @text("If the North Atlantic Council determines that the attack was directed from abroad, it is an armed attack.")
            when
                $i : Incident(act == Act.DRONE_STRIKE, decided("nac-determination"))
            then
                holds("armed attack", $i);
            end

            rule "art4-consult"
                @clause("Art. 4(2)")
                @text("On an armed attack the parties consult.")
            when
                Holds(term == "armed attack")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            """;

    @TempDir
    Path root;

    private Draft draft() {
        return Casus.load(Fixtures.draft(root, "request", YAML,
                Map.of("clauses.drl", DRL)));
    }

    @Test
    void should_declare_what_each_commitment_awaits_and_who_decides() {
        // when
        Draft draft = draft();

        // then
        Commitment assist = draft.commitments().stream().filter(c -> c.id().equals("assist")).findFirst().orElseThrow();
        assertThat(assist.awaits()).extracting(Commitment.Decision::id).containsExactly("request", "nac-determination");
        assertThat(assist.awaits()).extracting(Commitment.Decision::who)
                .containsExactly("the State attacked", "the North Atlantic Council");
        assertThat(draft.confined()).isTrue();
    }

    @Test
    void should_be_conditional_and_say_what_it_waits_on_when_no_decision_is_stated() {
        // given
        Draft draft = draft();
        Case c = draft.newCase("unstated").set("act", Act.MISSILE_STRIKE).build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.commitment("US/assist").orElseThrow().verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(analysis.waitsOn("US/assist")).contains("waits on request by the State attacked (the State attacked "
                + "requests assistance); and on nac-determination by the North Atlantic Council (the attack was directed from abroad)");
        assertThat(analysis.waitsOn("US/consult")).isEmpty();
    }

    @Test
    void should_follow_the_decisions_a_case_builder_states() {
        // given
        Draft draft = draft();
        Case taken = draft.newCase("taken").set("act", Act.MISSILE_STRIKE)
                .decided("request", true).decided("nac-determination", true).build();
        Case refused = draft.newCase("refused").set("act", Act.MISSILE_STRIKE).decided("request", false).build();
        Case unknown = draft.newCase("unknown").set("act", Act.MISSILE_STRIKE)
                .decided("request", true).decisionUnknown("nac-determination").build();

        // when
        CaseAnalysis whenTaken = draft.analyse(taken);
        CaseAnalysis whenRefused = draft.analyse(refused);
        CaseAnalysis whenUnknown = draft.analyse(unknown);

        // then
        assertThat(whenTaken.commitment("US/assist").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(whenRefused.commitment("US/assist").orElseThrow().verdict()).isEqualTo(Verdict.INACTIVE);
        assertThat(whenUnknown.worlds()).hasSize(2);
        assertThat(whenUnknown.commitment("US/assist").orElseThrow().describe())
                .isEqualTo("undetermined: depends on decisions.nac-determination: no → inactive; yes → active");
    }

    @Test
    void should_read_a_decision_from_any_incident_of_a_timeline() {
        // given
        Draft draft = draft();
        Incident strike = Incident.builder("e1").act(Act.MISSILE_STRIKE).build();
        Incident request = Incident.builder("e2").extra("decisions.request", true).extra("decisions.nac-determination", true).build();

        // when
        var world = draft.evaluate(java.util.List.of(strike, request));

        // then
        assertThat(world.commitment("US/assist")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_accept_a_request_by_any_party_and_refuse_one_by_a_State_that_is_not_a_party() {
        // given
        String yaml = YAML.replace("""
                  - {id: consult, wording: The parties consult together.}""", """
                  - {id: consult, wording: The parties consult together., awaits: [consult-request]}""")
                .replace("decisions:\n", "decisions:\n  - {id: consult-request, by: party, text: a party asks for consultations}\n");
        Draft draft = Casus.load(Fixtures.draft(root, "any-party", yaml, Map.of("clauses.drl", DRL)));

        // when
        CaseAnalysis requested = draft.analyse(draft.newCase("requested").set("act", Act.MISSILE_STRIKE)
                .decidedBy("consult-request", "PL", "DE").build());
        CaseAnalysis unstated = draft.analyse(draft.newCase("unstated").set("act", Act.MISSILE_STRIKE).build());

        // then
        assertThat(draft.commitments().get(1).awaits()).extracting(Commitment.Decision::who).containsExactly("any party");
        assertThat(requested.commitment("US/consult").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(unstated.waitsOn("US/consult")).hasValue("waits on consult-request by any party (a party asks for consultations)");
        assertThatThrownBy(() -> draft.newCase("typo").decidedBy("consult-request", "LT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision 'consult-request' is taken by 'LT', which is not a party that may take it (DE, PL, US)");
        assertThatThrownBy(() -> draft.newCase("body").decidedBy("nac-determination", "US"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not taken by a party: use decided(\"nac-determination\", true)");
    }

    @Test
    void should_let_a_case_state_whether_a_party_condition_with_a_decision_id_was_met() {
        // given
        String yaml = YAML.replace("  - {id: DE, name: Germany, role: guarantor}", "  - id: DE\n    name: Germany\n"
                        + "    role: guarantor\n    conditions:\n      - {text: the Bundestag approves sending armed forces, "
                        + "commitments: [assist], decision: bundestag-mandate}")
                .replace("awaits: [request, nac-determination]", "awaits: [request]");
        Draft draft = Casus.load(Fixtures.draft(root, "mandate", yaml, Map.of("clauses.drl", DRL)));
        CaseBuilder base = draft.newCase("base").set("act", Act.MISSILE_STRIKE).decided("request", true);

        // when
        CaseAnalysis unstated = draft.analyse(base.build());
        CaseAnalysis approved = draft.analyse(draft.newCase("approved").set("act", Act.MISSILE_STRIKE)
                .decided("request", true).decidedBy("bundestag-mandate", "DE").build());
        CaseAnalysis refused = draft.analyse(draft.newCase("refused").set("act", Act.MISSILE_STRIKE)
                .decided("request", true).decided("bundestag-mandate", false).build());

        // then
        assertThat(unstated.commitment("DE/assist").orElseThrow().verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(unstated.waitsOn("DE/assist"))
                .hasValue("waits on bundestag-mandate by Germany (the Bundestag approves sending armed forces)");
        assertThat(unstated.commitment("US/assist").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(approved.commitment("DE/assist").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(refused.commitment("DE/assist").orElseThrow().verdict()).isEqualTo(Verdict.INACTIVE);
        assertThat(refused.commitment("DE/consult").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
    }

    @Test
    void should_name_the_declared_decisions_when_a_case_builder_states_an_unknown_one() {
        // given
        Draft draft = draft();

        // when / then
        assertThatThrownBy(() -> draft.newCase("typo").decided("requets", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown decision 'requets': the draft declares the decisions nac-determination, request "
                        + "(did you mean 'request'?)");
    }

    @Test
    void should_load_confined_and_wait_on_a_decision_a_clause_reads_with_decided() {
        // given
        Draft draft = Casus.load(Fixtures.draft(root, "determination", YAML, Map.of("clauses.drl", DETERMINATION_DRL)));
        Case unstated = draft.newCase("unstated").set("act", Act.DRONE_STRIKE).build();
        Case determined = draft.newCase("determined").set("act", Act.DRONE_STRIKE).decided("nac-determination", true).build();
        Case notDetermined = draft.newCase("not").set("act", Act.DRONE_STRIKE).decided("nac-determination", false).build();

        // when
        CaseAnalysis whenUnstated = draft.analyse(unstated);
        CaseAnalysis whenDetermined = draft.analyse(determined);
        CaseAnalysis whenNot = draft.analyse(notDetermined);

        // then
        assertThat(draft.confined()).isTrue();
        assertThat(whenUnstated.commitment("US/consult").orElseThrow().verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(whenUnstated.waitsOn("US/consult"))
                .contains("waits on nac-determination by the North Atlantic Council (the attack was directed from abroad)");
        assertThat(whenDetermined.commitment("US/consult").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(whenNot.commitment("US/consult").orElseThrow().verdict()).isEqualTo(Verdict.INACTIVE);
    }
}
