package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.WorldResult;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Attribution;
import dev.casus.model.Incident;
import dev.casus.model.Target;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.casus.testing.CasusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's Java and AssertJ examples, run against the shipped coalition draft. */
class ReadmeExamplesTest {

    private final Draft draft = Casus.load(Path.of("rules/coalition"));

    @Test
    void java_api_example() {
        WorldResult world = draft.evaluate(Incident.builder("e1")
                .act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE).attribution(Attribution.CONFIRMED)
                .country("UA").killed(14).build());
        assertThat(world.commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(world.explain("FR/consult").orElseThrow().render()).contains("[Art. 5(1)]");

        CaseAnalysis analysis = draft.analyse(Case.of("toll", List.of(new Case.Event("e1", new TreeMap<>(Map.of(
                "act", new Uncertain.Exactly(Act.MISSILE_STRIKE),
                "killed", new Uncertain.Between(0, 40))), 0))));
        assertThat(analysis.commitments().get("FR/consult").verdict()).isEqualTo(Verdict.INACTIVE);
    }

    @Test
    void assertj_example() {
        Incident strike = Incident.builder("e1").act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE)
                .attribution(Attribution.CONFIRMED).country("UA").killed(14).build();
        Case sabotage = Case.of("sabotage", List.of(new Case.Event("e1", new TreeMap<>(Map.of(
                "act", new Uncertain.Exactly(Act.DRONE_STRIKE),
                "actorKind", new Uncertain.Exactly(ActorKind.STATE),
                "target", new Uncertain.Exactly(Target.CRITICAL_INFRASTRUCTURE),
                "country", new Uncertain.Exactly("UA"),
                "attribution", new Uncertain.Unknown(),
                "killed", new Uncertain.Between(0, 5))), 0)));

        assertThat(draft.evaluate(strike)).activates("consult").viaClause("Art. 5(1)")
                .isConditional("DE/military-assistance").holds("armed attack");
        assertThat(draft.analyse(sabotage)).isUndetermined("FR/consult").dependsOn("FR/consult", "attribution")
                .hasFinding(FindingKind.OPEN_TEXTURE, "Art. 4(2)");
    }
}
