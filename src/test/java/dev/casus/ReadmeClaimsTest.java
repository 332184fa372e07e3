package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Incident;
import dev.casus.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README says a drafter may write, each shown to behave as it says. */
class ReadmeClaimsTest {

    private static final String YAML = """
            title: Claims
            attributes:
              nuclear-used: {type: boolean}
              flag-state: {type: text}
            parties:
              - {id: UA, role: guaranteed}
              - {id: FR, role: guarantor}
            commitments:
              - {id: consult, wording: Consult., deadline: 24h}
            """;

    @TempDir
    Path root;

    private Draft draft(String condition) {
        return Casus.load(Fixtures.draft(root, "claims", YAML, Map.of("c.drl", """
                package casus.claims;
                rule "c"
                    @clause("Art. 1")
                    @text("Guarantors consult.")
                when
                    $i : Incident(%s)
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("consult", $p);
                end
                """.formatted(condition))));
    }

    @Test
    void should_not_read_an_incident_with_no_act_as_outside_the_gravity_exception_when_the_pattern_says_act_is_set() {
        // given the README's gravity-exception pattern
        Draft draft = draft("act != null, killed < 1, act not in (Act.INVASION, Act.OCCUPATION, Act.ANNEXATION)");

        // when
        CommitmentStatus noAct = draft.evaluate(Incident.builder("e1").country("UA").build()).commitment("FR/consult");
        CommitmentStatus strike = draft.evaluate(Incident.builder("e1").act(Act.DRONE_STRIKE).country("UA").build())
                .commitment("FR/consult");

        // then
        assertThat(noAct).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(strike).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_expand_an_uncertain_extra_attribute_into_worlds() {
        // given
        Draft draft = draft("flag(\"nuclear-used\")");

        // when
        CaseAnalysis analysis = draft.analyse(draft.newCase("unclear").set("act", Act.MISSILE_STRIKE)
                .oneOf("nuclear-used", true, false).build());

        // then
        assertThat(analysis.worlds()).hasSize(2);
        assertThat(analysis.commitment("FR/consult").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(analysis.commitment("FR/consult").orElseThrow().describe())
                .isEqualTo("undetermined: depends on nuclear-used: true \u2192 active; false \u2192 inactive");
    }

    @Test
    void should_compare_a_text_attribute_with_a_field() {
        // given: "a vessel flying the flag of the State that attacks it"
        Draft draft = draft("text(\"flag-state\") == actor");

        // when
        CommitmentStatus same = draft.evaluate(Incident.builder("e1").actor("RU").extra("flag-state", "RU").build())
                .commitment("FR/consult");
        CommitmentStatus other = draft.evaluate(Incident.builder("e1").actor("RU").extra("flag-state", "UA").build())
                .commitment("FR/consult");

        // then
        assertThat(same).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(other).isEqualTo(CommitmentStatus.INACTIVE);
    }

    @Test
    void should_leave_country_empty_at_sea() {
        // given: a clause about the high seas, and one about Ukraine's territory
        Draft atSea = draft("zone == Zone.HIGH_SEAS, country == null");
        Draft inUkraine = draft("country == \"UA\"");
        Incident seizure = Incident.builder("e1").act(Act.VESSEL_SEIZURE).actorKind(ActorKind.STATE)
                .zone(Zone.HIGH_SEAS).build();

        // when / then
        assertThat(atSea.evaluate(seizure).commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(inUkraine.evaluate(seizure).commitment("FR/consult")).isEqualTo(CommitmentStatus.INACTIVE);
    }
}
