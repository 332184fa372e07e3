package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static dev.casus.analysis.Detection.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** Depends-on-fact: outcomes that turn on a fact the case leaves uncertain. */
class DependsOnFactDetectorTest {

    @TempDir
    Path root;

    private CompiledDraft draft() {
        return Detection.load(Fixtures.testDraft(root, Map.of()));
    }

    @Test
    void should_report_the_uncertain_fact_that_decides() {
        Detection detection = Detection.run(new DependsOnFactDetector(), draft(), strike(Map.of(
                "killed", new Uncertain.Between(0, 30),
                "injured", new Uncertain.Between(0, 30))));

        assertThat(detection.findings).anySatisfy(f -> assertThat(f.clauses()).contains("Art. 2"))
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.DEPENDS_ON_FACT));
        assertThat(detection.findings).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).contains("FR/consult").contains("depend on killed: 0, 9 \u2192 inactive"))
                .allSatisfy(r -> assertThat(r).doesNotContain("injured"));
    }

    @Test
    void should_name_every_outcome_that_turns_on_the_same_facts_in_one_finding() {
        Detection detection = Detection.run(new DependsOnFactDetector(), draft(), strike(Map.of("killed", new Uncertain.Between(0, 30))));

        // then: DE's assistance needs a mandate (conditional, not active), and a term holds rather than activates
        assertThat(detection.findings).extracting(Finding::subject)
                .containsExactly("\"armed attack\"", "DE/assist", "DE/consult, FR/assist, FR/consult");
        assertThat(detection.findings).filteredOn(f -> f.subject().startsWith("DE/consult")).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("DE/consult, FR/assist, FR/consult depend on "
                    + "killed: 0, 9 \u2192 inactive; 10, 11, 30 \u2192 active: the case leaves it uncertain");
            assertThat(f.clauses()).containsExactly("Art. 2");
        });
        assertThat(detection.findings.get(0).reason()).startsWith("\"armed attack\" depends on killed: ");
    }

    @Test
    void should_not_report_an_uncertain_fact_that_decides_nothing() {
        Detection detection = Detection.run(new DependsOnFactDetector(), draft(), strike(Map.of(
                "killed", new Uncertain.Between(20, 40),
                "attribution", new Uncertain.Unknown())));

        assertThat(detection.findings).isEmpty();
        assertThat(detection.evidence.commitments().get("FR/consult").verdict()).isEqualTo(Verdict.ACTIVE);
    }

    @Test
    void should_read_the_answers_without_evaluating_again() {
        Detection detection = Detection.run(new DependsOnFactDetector(), draft(), strike(Map.of("killed", new Uncertain.Between(0, 30))));

        assertThat(detection.findings).isNotEmpty();
        assertThat(detection.evaluator.calls()).isEmpty();
    }
}
