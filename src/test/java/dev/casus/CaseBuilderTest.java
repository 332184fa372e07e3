package dev.casus;

import dev.casus.api.CommitmentStatus;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseBuilderTest {

    @TempDir
    Path root;

    @Test
    void should_refuse_a_misspelt_field_with_the_nearest_one() {
        // given
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));

        // when / then
        assertThatThrownBy(() -> draft.newCase("toll").set("kiled", 14))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown field 'kiled' in an incident (did you mean 'killed'?)");
    }

    @Test
    void should_refuse_a_misspelt_field_in_a_case_built_without_the_builder() {
        // given
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));
        Case raw = Case.of("toll", List.of(new Case.Event("e1", new TreeMap<>(Map.of(
                "act", new Uncertain.Exactly(Act.MISSILE_STRIKE),
                "kiled", new Uncertain.Exactly(14))), 0)));

        // when / then
        assertThatThrownBy(() -> draft.analyse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean 'killed'?");
    }

    @Test
    void should_refuse_a_value_of_the_wrong_type() {
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));

        assertThatThrownBy(() -> draft.newCase("toll").set("killed", "many"))
                .hasMessageContaining("'killed' must be a whole number from 0 up, not many");
        assertThatThrownBy(() -> draft.newCase("toll").set("act", "missile-strik"))
                .hasMessageContaining("unknown value 'missile-strik' for act (did you mean 'missile-strike'?)");
        assertThatThrownBy(() -> draft.newCase("toll").between("country", 1, 2))
                .hasMessageContaining("'country' is not a number");
    }

    @Test
    void should_build_a_case_that_analyses_like_its_case_file_twin() {
        // given
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));

        // when
        Case built = draft.newCase("toll").set("act", "missile-strike").set("actorKind", "state")
                .set("country", "UA").between("killed", 0, 40).build();

        // then
        assertThat(draft.analyse(built).worlds()).hasSizeGreaterThan(1);
        assertThat(draft.analyse(built).commitments().values()).extracting(a -> a.verdict())
                .contains(Verdict.UNDETERMINED);
        assertThat(draft.evaluate(draft.analyse(built).worlds().get(0).incidents()).commitments().values())
                .extracting(r -> r.status()).doesNotContain(CommitmentStatus.CONFLICT);
    }
}
