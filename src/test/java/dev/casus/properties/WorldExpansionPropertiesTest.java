package dev.casus.properties;

import dev.casus.Draft;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.CaseAnalysis.World;
import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.properties.Generators.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a case expands into possible worlds, as the README's "Writing cases" section promises: the
 * world count is the product, over the fields clauses read, of each field's candidate values.
 */
class WorldExpansionPropertiesTest {

    private static final int MAX_WORLDS = 64;
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withFindings(false).withMaxWorlds(MAX_WORLDS);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Generators.scenarios(Generators.plainDrafts(), 5);
    }

    @Property(tries = 30)
    void should_expand_a_case_into_one_world_per_combination_of_the_read_fields_candidate_values(
            @ForAll("scenarios") Scenario scenario) {
        // given
        DraftModel model = scenario.draft();
        Draft draft = Drafts.load(model);
        for (CaseModel c : scenario.cases()) {
            long expected = c.expectedWorlds(model);
            Case theCase = c.toCase("c");
            if (expected > MAX_WORLDS) {
                // when, then: more worlds than allowed is an error, never a sample
                assertThatThrownBy(() -> draft.analyse(theCase, OPTIONS))
                        .as("a case of %d worlds, over the limit: %s", expected, c)
                        .hasMessageContaining("more than " + MAX_WORLDS + " possible worlds");
                continue;
            }

            // when
            CaseAnalysis analysis = draft.analyse(theCase, OPTIONS);

            // then
            List<World> worlds = analysis.worlds();
            assertThat(worlds.stream().map(World::describe).toList()).as("worlds of %s", c).hasSize((int) expected);
            assertThat(worlds.stream().map(World::choices).distinct()).as("distinct worlds of %s", c).hasSize((int) expected);
            assertThat(worlds).as("the facts the worlds of %s choose between", c)
                    .allSatisfy(w -> assertThat(w.choices().keySet()).containsExactlyElementsOf(c.expectedChoices(model)));
            for (World world : worlds) {
                assertAllowed(c, world);
            }
        }
    }

    /** Every value of every world is one the case states or allows, for the fields clauses read and the others. */
    private static void assertAllowed(CaseModel c, World world) {
        for (int e = 0; e < c.events().size(); e++) {
            CaseModel.Event event = c.events().get(e);
            for (Map.Entry<Field, Uncertain> stated : event.fields().entrySet()) {
                Object value = CaseModel.valueOf(world.incidents().get(e), stated.getKey());
                assertThat(CaseModel.allows(stated.getValue(), stated.getKey(), value))
                        .as("world %s gives %s.%s = %s, which the case (%s) does not allow",
                                world.describe(), event.id(), stated.getKey().key(), value, stated.getValue())
                        .isTrue();
            }
        }
    }
}
