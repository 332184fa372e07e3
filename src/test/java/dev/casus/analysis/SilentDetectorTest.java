package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.FindingKind;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.casus.analysis.Detection.killed;
import static dev.casus.analysis.Detection.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** Silent: a hostile incident no clause engages with. */
class SilentDetectorTest {

    @TempDir
    Path root;

    private CompiledDraft draft() {
        return Detection.load(Fixtures.testDraft(root, Map.of()));
    }

    @Test
    void should_report_a_hostile_incident_no_clause_engages_with() {
        Detection detection = Detection.run(new SilentDetector(), draft(), strike(Map.of("country", new Uncertain.Exactly("MD"))));

        assertThat(detection.findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.SILENT);
            assertThat(f.reason()).contains("missile-strike").contains("silent");
        });
        assertThat(detection.evaluator.calls()).isEmpty();
    }

    @Test
    void should_not_call_the_draft_silent_when_a_clause_engages() {
        assertThat(Detection.run(new SilentDetector(), draft(), strike(killed(1))).findings).isEmpty();
    }
}
