package dev.casus.testing;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.Draft;
import dev.casus.api.WorldResult;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Incident;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.casus.testing.CasusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class CasusAssertionsTest {

    @TempDir
    Path root;

    private WorldResult strike(int killed) {
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));
        return draft.evaluate(Incident.builder("e1").act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE)
                .country("UA").killed(killed).build());
    }

    @Test
    void should_list_expected_and_actual_one_per_line_when_a_commitment_is_not_active() {
        // given
        WorldResult result = strike(3);

        // when
        Throwable failure = catchThrowable(() -> assertThat(result).activates("consult"));

        // then
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessage("""

                Expecting the world of incident(s) e1 to activate:
                  consult
                but it was:
                  DE/consult: inactive
                  FR/consult: inactive""");
    }

    @Test
    void should_name_the_clauses_a_commitment_rests_on_when_viaClause_fails() {
        // given
        WorldResult result = strike(12);

        // when
        Throwable failure = catchThrowable(() -> assertThat(result).activates("FR/consult").viaClause("Art. 9"));

        // then
        assertThat(failure).hasMessage("""

                Expecting FR/consult in the world of incident(s) e1 to rest on clause:
                  Art. 9
                but it rests on:
                  FR/consult: Art. 3""");
    }

    @Test
    void should_reject_viaClause_without_a_preceding_subject() {
        assertThatThrownBy(() -> assertThat(strike(12)).viaClause("Art. 3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("viaClause needs a preceding");
    }

    @Test
    void should_turn_each_case_into_a_container_with_its_file_as_source() {
        // given
        Path rules = root.resolve("rules");
        Fixtures.testDraft(rules, Map.of());
        Path cases = Fixtures.write(root.resolve("cases/t.yaml"), """
                drafts: [test]
                cases:
                  - id: passes
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 12}
                    expect: {active: [FR/consult]}
                  - id: fails
                    incident: {act: missile-strike, actorKind: state, country: UA, killed: 1}
                    expect: {active: [FR/consult]}
                """);

        // when
        List<DynamicNode> nodes = CasusTests.suite(rules, cases).toList();

        // then
        DynamicContainer file = (DynamicContainer) nodes.get(0);
        DynamicContainer draft = (DynamicContainer) file.getChildren().findFirst().orElseThrow();
        List<DynamicContainer> perCase = draft.getChildren().map(DynamicContainer.class::cast).toList();
        assertThat(perCase).extracting(DynamicNode::getDisplayName).containsExactly("passes: passes", "fails: fails");
        assertThat(perCase.get(0).getTestSourceUri()).hasValueSatisfying(uri ->
                assertThat(uri.toString()).startsWith(cases.toUri().toString()).endsWith("?line=3"));
        List<Throwable> outcomes = new ArrayList<>();
        for (DynamicContainer c : perCase) {
            c.getChildren().map(DynamicTest.class::cast).forEach(t -> outcomes.add(catchThrowable(() -> t.getExecutable().execute())));
        }
        assertThat(outcomes.subList(0, 2)).containsOnlyNulls();
        assertThat(outcomes.get(3)).hasMessageContaining("t.yaml:8: case fails (draft test)")
                .hasMessageContaining("expected: FR/consult active").hasMessageContaining("but was: inactive");
    }

    @Test
    void should_fail_loudly_rather_than_run_nothing_when_no_case_files_exist() {
        // when
        Stream<DynamicNode> nodes = CasusTests.suite(root.resolve("rules"), root.resolve("nothing"));

        // then
        DynamicTest only = (DynamicTest) nodes.toList().get(0);
        assertThat(catchThrowable(() -> only.getExecutable().execute())).hasMessageContaining("no case files");
    }
}
