package dev.casus.properties;

import dev.casus.Draft;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.CaseAnalysis.World;
import dev.casus.api.WorldResult;
import dev.casus.model.Uncertain;
import dev.casus.vocabulary.ValueType;
import dev.casus.properties.Generators.RangeScenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range is tried at its ends and beside each threshold: no value inside the range gives an
 * answer that the worlds tried miss.
 */
class ThresholdPropertiesTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withFindings(false);

    @Provide
    Arbitrary<RangeScenario> scenarios() {
        return Generators.rangeScenarios(3);
    }

    @Property(tries = 15)
    void should_try_each_side_of_every_threshold_inside_a_range(@ForAll("scenarios") RangeScenario scenario) {
        // given
        Draft draft = Drafts.load(scenario.draft());
        Field field = scenario.field();
        for (CaseModel c : scenario.cases()) {
            Uncertain.Between range = (Uncertain.Between) c.events().get(0).fields().get(field);

            // when
            CaseAnalysis analysis = draft.analyse(c.toCase("c"), OPTIONS);

            // then
            List<Double> tried = analysis.worlds().stream()
                    .map(w -> ((Number) CaseModel.valueOf(w.incidents().get(0), field)).doubleValue()).toList();
            for (Condition.Compare comparison : scenario.draft().comparisons(field)) {
                for (boolean side : new boolean[] {true, false}) {
                    boolean possible = valuesIn(scenario.draft(), field, range).stream().anyMatch(v -> comparison.test(v) == side);
                    if (possible) {
                        assertThat(tried).as("%s in [%s, %s]: some world should have %s %s; tried %s",
                                        field.key(), range.from(), range.to(), side ? "" : "not", comparison.drl(), tried)
                                .anyMatch(v -> comparison.test(v) == side);
                    }
                }
            }
            Set<List<Boolean>> possible = valuesIn(scenario.draft(), field, range).stream().map(v -> signature(scenario.draft(), field, v))
                    .collect(Collectors.toSet());
            Set<List<Boolean>> reached = tried.stream().map(v -> signature(scenario.draft(), field, v)).collect(Collectors.toSet());
            assertThat(reached).as("which of %s hold, over %s in [%s, %s]; tried %s",
                            scenario.draft().comparisons(field).stream().map(Condition::drl).toList(),
                            field.key(), range.from(), range.to(), tried)
                    .containsExactlyInAnyOrderElementsOf(possible);
        }
    }

    @Property(tries = 15)
    void should_reach_every_outcome_that_some_value_in_the_range_gives(@ForAll("scenarios") RangeScenario scenario) {
        // given
        Draft draft = Drafts.load(scenario.draft());
        Field field = scenario.field();
        for (CaseModel c : scenario.cases()) {
            CaseModel.Event event = c.events().get(0);
            Uncertain.Between range = (Uncertain.Between) event.fields().get(field);
            Map<String, Map<String, String>> everyValue = new TreeMap<>();
            for (double v : valuesIn(scenario.draft(), field, range)) {
                everyValue.put(Field.number(v), outcome(draft.evaluate(event.incident(field, field.numberValue(v)))));
            }

            // when
            CaseAnalysis analysis = draft.analyse(c.toCase("c"), OPTIONS);

            // then
            Set<Map<String, String>> reached = analysis.results().stream().map(ThresholdPropertiesTest::outcome)
                    .collect(Collectors.toSet());
            everyValue.forEach((value, outcome) -> assertThat(reached)
                    .as("%s = %s, inside [%s, %s], gives an outcome no world of the case gives; worlds: %s",
                            field.key(), value, range.from(), range.to(),
                            analysis.worlds().stream().map(World::describe).toList())
                    .contains(outcome));
        }
    }

    /**
     * Values that stand for every value of the range: for whole numbers, all of them; for decimals,
     * the ends, each threshold inside, and a value between each two of these.
     */
    static List<Double> valuesIn(DraftModel draft, Field field, Uncertain.Between range) {
        List<Double> values = new ArrayList<>();
        if (field.type() == ValueType.INTEGER) {
            for (double v = range.from(); v <= range.to(); v++) {
                values.add(v);
            }
            return values;
        }
        SortedSet<Double> points = new TreeSet<>(List.of(range.from(), range.to()));
        draft.thresholds(field).stream().filter(t -> t >= range.from() && t <= range.to()).forEach(points::add);
        Double previous = null;
        for (double p : points) {
            if (previous != null) {
                values.add((previous + p) / 2);
            }
            values.add(p);
            previous = p;
        }
        return values;
    }

    /** Which of the draft's comparisons on the field the value satisfies. */
    private static List<Boolean> signature(DraftModel draft, Field field, double value) {
        return draft.comparisons(field).stream().map(k -> k.test(value)).toList();
    }

    /** Every term's and commitment's status in one world. */
    static Map<String, String> outcome(WorldResult result) {
        Map<String, String> out = new TreeMap<>();
        result.terms().forEach((term, r) -> out.put("\"" + term + "\"", r.status().name()));
        result.commitments().forEach((key, r) -> out.put(key, r.status().name()));
        return out;
    }
}
