package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.FindingKind;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.casus.analysis.Detection.killed;
import static dev.casus.analysis.Detection.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** Silent: a hostile incident against a State the draft protects (the test draft guarantees UA) that no clause engages with. */
class SilentDetectorTest {

    @TempDir
    Path root;

    private CompiledDraft draft() {
        return Detection.load(Fixtures.testDraft(root, Map.of()));
    }

    @Test
    void should_report_a_hostile_incident_no_clause_engages_with() {
        // given: the strike hits Ukraine's forces in Moldova, where no clause looks
        Map<String, Uncertain> inMoldova = Map.of("country", new Uncertain.Exactly("MD"), "victim", new Uncertain.Exactly(List.of("UA")));

        // when
        Detection detection = Detection.run(new SilentDetector(), draft(), strike(inMoldova));

        // then

        assertThat(detection.findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.SILENT);
            assertThat(f.reason()).contains("missile-strike").contains("silent");
        });
        assertThat(detection.evaluator.calls()).isEmpty();
    }

    @Test
    void should_not_call_the_draft_silent_on_an_act_against_a_state_it_does_not_protect() {
        // given: FR is a guarantor, not a State the draft protects
        Map<String, Uncertain> onMoldova = Map.of("country", new Uncertain.Exactly("MD"));
        Map<String, Uncertain> onFrance = Map.of("country", new Uncertain.Exactly("MD"), "victim", new Uncertain.Exactly(List.of("FR")));
        Map<String, Uncertain> onFranceOrUkraine = Map.of("country", new Uncertain.Exactly("MD"),
                "victim", new Uncertain.OneOf(List.of(List.of("FR"), List.of("UA"))));
        Map<String, Uncertain> onAnyone = Map.of("country", new Uncertain.Exactly("MD"), "victim", new Uncertain.Unknown());

        // when / then
        assertThat(Detection.run(new SilentDetector(), draft(), strike(onMoldova)).findings).isEmpty();
        assertThat(Detection.run(new SilentDetector(), draft(), strike(onFrance)).findings).isEmpty();
        assertThat(Detection.run(new SilentDetector(), draft(), strike(onFranceOrUkraine)).findings).hasSize(1);
        assertThat(Detection.run(new SilentDetector(), draft(), strike(onAnyone)).findings).hasSize(1);
    }

    @Test
    void should_protect_every_guarantor_of_a_draft_with_no_guaranteed_party() {
        // given
        CompiledDraft mutual = Detection.load(Fixtures.draft(root, "mutual", Fixtures.DRAFT_YAML.replace("{id: UA, role: guaranteed}",
                "{id: UA, role: other}"), Map.of("clauses.drl", Fixtures.CLAUSES)));

        // when
        Detection onFrance = Detection.run(new SilentDetector(), mutual, strike(Map.of("country", new Uncertain.Exactly("FR"))));
        Detection onUkraine = Detection.run(new SilentDetector(), mutual, strike(Map.of("country", new Uncertain.Exactly("MD"),
                "victim", new Uncertain.Exactly(List.of("UA")))));

        // then
        assertThat(onFrance.findings).hasSize(1);
        assertThat(onUkraine.findings).isEmpty();
    }

    @Test
    void should_not_call_the_draft_silent_on_an_act_against_a_state_that_is_no_longer_a_party() {
        // given: a mutual draft whose guarantor FR left on 2020-01-31
        CompiledDraft mutual = Detection.load(Fixtures.draft(root, "mutual", Fixtures.DRAFT_YAML
                .replace("{id: UA, role: guaranteed}", "{id: UA, role: other}")
                .replace("{id: FR, role: guarantor}", "{id: FR, role: guarantor, until: 2020-01-31}"), Map.of("clauses.drl", Fixtures.CLAUSES)));
        Map<String, Uncertain> before = Map.of("country", new Uncertain.Exactly("FR"),
                "time", new Uncertain.Exactly(Instant.parse("2019-06-01T12:00:00Z")));
        Map<String, Uncertain> after = Map.of("country", new Uncertain.Exactly("FR"),
                "time", new Uncertain.Exactly(Instant.parse("2021-06-23T09:00:00Z")));

        // when
        Detection whileAParty = Detection.run(new SilentDetector(), mutual, strike(before));
        Detection afterLeaving = Detection.run(new SilentDetector(), mutual, strike(after));

        // then
        assertThat(whileAParty.findings).hasSize(1);
        assertThat(afterLeaving.findings).isEmpty();
    }

    @Test
    void should_not_call_the_draft_silent_when_a_clause_engages() {
        assertThat(Detection.run(new SilentDetector(), draft(), strike(killed(1))).findings).isEmpty();
    }
}
