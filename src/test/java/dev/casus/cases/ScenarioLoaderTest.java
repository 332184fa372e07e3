package dev.casus.cases;

import dev.casus.Fixtures;
import dev.casus.model.Act;
import dev.casus.model.Case;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.model.Uncertain;
import dev.casus.model.Zone;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.vocabulary.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Scenarios in a case file: named accounts of one incident, and the located errors of their bad forms. */
class ScenarioLoaderTest {

    private static final Map<String, List<AttributeDeclaration>> ATTRIBUTES =
            Map.of("test", List.of(new AttributeDeclaration("nuclear-used", ValueType.BOOLEAN, List.of(), "")));

    @TempDir
    Path root;

    private Suite load(String cases) {
        return SuiteLoader.load(Fixtures.write(root.resolve("cases.yaml"), "drafts: [test]\ncases:\n" + cases),
                Set.of("test"), ATTRIBUTES);
    }

    private List<String> problemsOf(String cases) {
        Suite suite = load(cases);
        assertThat(suite.cases()).isEmpty();
        return suite.badCases().stream().flatMap(b -> b.problems().stream()).map(Problem::toString)
                .map(p -> p.replace(root.resolve("cases.yaml").toString(), "cases.yaml")).toList();
    }

    @Test
    void should_read_each_scenario_as_the_shared_incident_with_its_changes() {
        // when
        Suite suite = load("""
                  - id: shoot-down
                    incident: {act: attack-on-forces, actor: TR, country: TR, zone: airspace}
                    scenarios:
                      turkish-account: {title: Over Turkey, killed: 1}
                      russian-account:
                        title: Over Syria
                        country: ~
                        zone: high-seas
                        extra: {nuclear-used: [true, false]}
                """);

        // then
        Case c = suite.cases().get(0);
        assertThat(c.scenarios()).extracting(Case.Scenario::name, Case.Scenario::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("turkish-account", "Over Turkey"),
                        org.assertj.core.groups.Tuple.tuple("russian-account", "Over Syria"));
        assertThat(c.scenarios().get(0).events().get(0).fields())
                .containsEntry("act", new Uncertain.Exactly(Act.ATTACK_ON_FORCES))
                .containsEntry("country", new Uncertain.Exactly("TR"))
                .containsEntry("killed", new Uncertain.Exactly(1));
        assertThat(c.scenarios().get(1).events().get(0).fields())
                .containsEntry("actor", new Uncertain.Exactly("TR"))
                .containsEntry("zone", new Uncertain.Exactly(Zone.HIGH_SEAS))
                .containsEntry("nuclear-used", new Uncertain.OneOf(List.of(true, false)))
                .doesNotContainKey("country");
        assertThat(c.isUncertain()).isTrue();
    }

    @Test
    void should_read_scenarios_without_a_shared_incident_as_full_sets_of_facts() {
        // when
        Suite suite = load("""
                  - id: two-stories
                    scenarios:
                      a: {act: missile-strike, country: UA}
                      b: {act: drone-strike, country: PL}
                """);

        // then
        assertThat(suite.cases().get(0).events()).isEmpty();
        assertThat(suite.cases().get(0).accounts()).extracting(s -> s.events().get(0).fields().get("country"))
                .containsExactly(new Uncertain.Exactly("UA"), new Uncertain.Exactly("PL"));
    }

    @Test
    void should_name_the_nearest_field_when_a_scenario_changes_an_unknown_one() {
        assertThat(problemsOf("""
                  - id: c
                    incident: {act: missile-strike}
                    scenarios:
                      a: {kiled: 3}
                      b: {killed: 4}
                """)).containsExactly("cases.yaml:6:11: scenario 'a' changes unknown field 'kiled' (did you mean 'killed'?); "
                + "see docs/vocabulary.md");
    }

    @Test
    void should_refuse_an_empty_scenarios_mapping() {
        assertThat(problemsOf("""
                  - id: c
                    incident: {act: missile-strike}
                    scenarios: {}
                """)).containsExactly("cases.yaml:5:16: case c has 'scenarios' but names no account: give two or more, "
                + "or drop 'scenarios'");
    }

    @Test
    void should_refuse_a_scenario_that_changes_nothing() {
        assertThat(problemsOf("""
                  - id: c
                    incident: {act: missile-strike, killed: 3}
                    scenarios:
                      a: {title: Only a title}
                      b: {killed: 3}
                      c: {killed: 4}
                """)).containsExactly(
                "cases.yaml:6:7: scenario 'a' changes nothing: give the fields this account states differently from the case's incident",
                "cases.yaml:7:7: scenario 'b' changes nothing: every field it gives is as the case's incident states it");
    }

    @Test
    void should_refuse_a_scenario_name_given_twice() {
        // when
        InvalidInputException e = catchThrowableOfType(() -> load("""
                  - id: c
                    incident: {act: missile-strike}
                    scenarios:
                      a: {killed: 3}
                      a: {killed: 4}
                """), InvalidInputException.class);

        // then
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .endsWith("cases.yaml:7:7: 'a' is given twice in this mapping (first on line 6)"));
    }

    @Test
    void should_refuse_scenarios_written_as_a_list() {
        assertThat(problemsOf("""
                  - id: c
                    incident: {act: missile-strike}
                    scenarios:
                      - {killed: 3}
                      - {killed: 4}
                """)).containsExactly("cases.yaml:6:7: 'scenarios' must be a mapping of named accounts, such as scenarios: "
                + "{turkish-account: {country: TR}, russian-account: {zone: high-seas}}, not a list");
    }

    @Test
    void should_refuse_a_scenario_that_is_not_a_mapping() {
        assertThat(problemsOf("""
                  - id: c
                    incident: {act: missile-strike}
                    scenarios: {a: TR, b: {country: PL}}
                """)).containsExactly("cases.yaml:5:20: scenario 'a' must be a mapping of fields, not a value");
    }

    @Test
    void should_refuse_scenarios_of_a_timeline() {
        assertThat(problemsOf("""
                  - id: c
                    timeline: [{id: v1, act: ceasefire-violation}, {id: v2, act: ceasefire-violation}]
                    scenarios: {a: {verified: true}, b: {verified: false}}
                """)).containsExactly("cases.yaml:5:16: case c gives a timeline and scenarios: a scenario changes a single "
                + "incident; give each account of a timeline as a case of its own");
    }
}
