package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.model.Case;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.RunResult;
import dev.casus.api.WorldResult;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Attribution;
import dev.casus.model.Incident;
import dev.casus.model.Target;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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

        CaseAnalysis analysis = draft.analyse(draft.newCase("toll")
                .set("act", Act.MISSILE_STRIKE).between("killed", 0, 40).build());
        assertThat(analysis.commitments().get("FR/consult").verdict()).isEqualTo(Verdict.INACTIVE);
    }

    @Test
    void project_example() {
        RunResult run = Casus.project(Path.of("rules"), Path.of("cases/coalition.yaml")).threads(2).strict(true).run();
        assertThat(run.exitCode()).isZero();
        assertThat(run.notRun()).isEmpty();
        assertThat(run.drafts()).filteredOn(d -> !d.cases().isEmpty()).extracting(RunResult.DraftRun::draftId)
                .containsExactly("coalition");
    }

    @Test
    void assertj_example() {
        Incident strike = Incident.builder("e1").act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE)
                .attribution(Attribution.CONFIRMED).country("UA").killed(14).build();
        Case sabotage = draft.newCase("sabotage")
                .set("act", Act.DRONE_STRIKE).set("actorKind", ActorKind.STATE)
                .set("target", Target.CRITICAL_INFRASTRUCTURE).set("country", "UA")
                .unknown("attribution").between("killed", 0, 5).build();

        assertThat(draft.evaluate(strike)).activates("consult").viaClause("Art. 5(1)")
                .isConditional("DE/military-assistance").holds("armed attack");
        assertThat(draft.analyse(sabotage)).isUndetermined("FR/consult").dependsOn("FR/consult", "attribution")
                .hasFinding(FindingKind.OPEN_TEXTURE, "Art. 4(2)");
    }
}
