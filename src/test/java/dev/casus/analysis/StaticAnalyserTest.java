package dev.casus.analysis;

import dev.casus.Fixtures;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The static pass: every draft detector, sorted, each finding with its clauses' wording. */
class StaticAnalyserTest {

    @TempDir
    Path root;

    @Test
    void should_find_nothing_in_a_complete_draft() {
        assertThat(StaticAnalyser.analyse(Detection.load(Fixtures.testDraft(root, Map.of())))).isEmpty();
    }

    @Test
    void should_sort_the_findings_of_every_draft_detector_and_give_them_their_wording() {
        // given: a clause whose wording drifts, and a term it concludes that no clause uses
        Path folder = Fixtures.testDraft(root, Map.of("x.drl", """
                package casus.test;
                rule "x"
                    @clause("Art. 8")
                    @text("A strike killing at least 3 people is noted.")
                when
                    $i : Incident(killed > 3)
                then
                    holds("noted", $i);
                end
                """));

        // when
        List<Finding> found = StaticAnalyser.analyse(Detection.load(folder));

        // then
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.WORDING_DRIFT, FindingKind.UNDEFINED_TERM);
        assertThat(found).allSatisfy(f -> assertThat(f.wording())
                .containsExactly(Map.entry("Art. 8", "A strike killing at least 3 people is noted.")));
    }
}
