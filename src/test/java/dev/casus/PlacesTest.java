package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.RunResult;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.Case;
import dev.casus.cases.SuiteLoader;
import dev.casus.model.Incident;
import dev.casus.model.Problem;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several places at once: {@code country: {all: [DK, SE]}} against alternatives, {@code inCountry} and
 * {@code countryOf} for clauses, and {@code country == "UA"} refused on an incident in several countries.
 */
class PlacesTest {

    static final String BALTIC_YAML = """
            title: Baltic Pact
            parties:
              - {id: DK, role: guarantor}
              - {id: SE, role: guarantor}
              - {id: DE, role: guarantor}
            commitments:
              - {id: assist, wording: Assist the Party attacked.}
              - {id: patrol, wording: Patrol Swedish waters.}
            """;

    static final String BALTIC_DRL = """
            package casus.baltic;

            rule "attack-in-territory"
                @clause("Art. 5(1)")
                @text("An armed attack in the territory of one of them is an armed attack against them all.")
            when
                $i : Incident(act == Act.SABOTAGE)
                exists Party(role == Role.GUARANTOR, countryOf($i))
            then
                holds("armed attack", $i);
            end

            rule "the-others-assist"
                @clause("Art. 5(2)")
                @text("Each of the others assists the Party attacked.")
            when
                Holds(term == "armed attack", $i : incident)
                $p : Party(role == Role.GUARANTOR, !victimOf($i))
            then
                activate("assist", $p);
            end

            rule "swedish-waters"
                @clause("Art. 6")
                @text("Sabotage in Swedish or Finnish waters is met by patrols.")
            when
                $i : Incident(act == Act.SABOTAGE, inCountry("SE", "FI"))
                $p : Party(role == Role.GUARANTOR)
            then
                activate("patrol", $p);
            end
            """;

    @TempDir
    Path root;

    private Draft baltic() {
        return Casus.load(Fixtures.draft(root, "baltic", BALTIC_YAML, Map.of("clauses.drl", BALTIC_DRL)));
    }

    @Test
    void should_hold_in_the_territory_of_a_party_when_any_of_the_countries_is_one() {
        // given
        Draft draft = baltic();

        // when
        var world = draft.evaluate(Incident.builder("e1").act(Act.SABOTAGE).countries("DK", "SE").build());
        var elsewhere = draft.evaluate(Incident.builder("e1").act(Act.SABOTAGE).countries("NO", "FI").build());

        // then
        assertThat(draft.confined()).isTrue();
        assertThat(world.commitment("DE/assist")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(world.commitment("DE/patrol")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(elsewhere.commitment("DE/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(elsewhere.commitment("DE/patrol")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_take_every_country_as_a_victim_when_no_victim_is_given() {
        // given
        Draft draft = baltic();

        // when
        var world = draft.evaluate(Incident.builder("e1").act(Act.SABOTAGE).countries(List.of("DK", "SE")).build());

        // then
        assertThat(world.commitment("DK/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(world.commitment("SE/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(world.commitment("DE/assist")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_keep_one_country_in_the_country_field_and_none_when_there_are_several() {
        // given / when
        Incident one = Incident.builder("e1").country("UA").build();
        Incident two = Incident.builder("e1").countries("SE", "DK").build();

        // then
        assertThat(one.countries()).containsExactly("UA");
        assertThat(two.country()).isNull();
        assertThat(two.countries()).containsExactly("DK", "SE");
        assertThat(two.inCountry("SE")).isTrue();
        assertThat(two.inCountry("UA", "PL")).isFalse();
        assertThat(two.toBuilder().country("UA").build().countries()).containsExactly("UA");
    }

    @Test
    void should_read_all_apart_from_alternatives_and_name_them_in_depends_on_fact() {
        // given
        Fixtures.draft(root.resolve("rules"), "baltic", BALTIC_YAML, Map.of("clauses.drl", BALTIC_DRL));
        Fixtures.write(root.resolve("cases/baltic.yaml"), """
                drafts: [baltic]
                cases:
                  - id: both
                    incident: {act: sabotage, country: {all: [DK, SE]}}
                    expect: {active: [DE/assist, DE/patrol], inactive: [DK/assist, SE/assist]}
                  - id: one-or-both
                    incident: {act: sabotage, country: [DK, {all: [DK, SE]}]}
                  - id: either
                    incident: {act: sabotage, country: [DK, SE]}
                """);

        // when
        RunResult run = Casus.project(root.resolve("rules"), root.resolve("cases")).run();

        // then
        assertThat(run.problems()).isEmpty();
        List<CaseAnalysis> analyses = run.drafts().get(0).cases().stream().map(c -> c.analysis()).toList();
        assertThat(analyses).extracting(a -> a.worlds().size()).containsExactly(1, 2, 2);
        assertThat(analyses.get(1).commitment("DE/patrol").orElseThrow().describe())
                .isEqualTo("undetermined: depends on country: DK → inactive; DK and SE → active");
        assertThat(analyses.get(2).commitment("DE/patrol").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void should_refuse_a_clause_reading_country_itself_when_the_incident_is_in_several_countries() {
        // given: the test draft's clauses write country == "UA"
        Fixtures.testDraft(root.resolve("rules"), Map.of());
        Fixtures.write(root.resolve("cases/test.yaml"), """
                drafts: [test]
                cases:
                  - id: two-places
                    incident: {act: missile-strike, actorKind: state, country: {all: [PL, UA]}}
                  - id: one-place
                    incident: {act: missile-strike, actorKind: state, country: UA}
                """);

        // when
        RunResult run = Casus.project(root.resolve("rules"), root.resolve("cases")).run();

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.drafts().get(0).cases().stream().flatMap(c -> c.errors().stream()).map(Problem::toString))
                .singleElement().asString()
                .contains("test.yaml:3:")
                .contains("case two-places against draft test: it happened in PL and UA at once, and clause ")
                .contains("reads 'country', which holds one place and would judge only one of them: write inCountry(\"UA\")");
    }

    @Test
    void should_locate_a_malformed_list_of_several_countries() {
        // given
        Fixtures.draft(root.resolve("rules"), "baltic", BALTIC_YAML, Map.of("clauses.drl", BALTIC_DRL));
        Fixtures.write(root.resolve("cases/baltic.yaml"), """
                drafts: [baltic]
                cases:
                  - id: empty
                    incident: {act: sabotage, country: {all: []}}
                  - id: unknown-key
                    incident: {act: sabotage, country: {al: [DK, SE]}}
                  - id: number
                    incident: {act: sabotage, country: {all: [DK, 45]}}
                """);

        // when
        var suite = SuiteLoader.load(root.resolve("cases/baltic.yaml"), Set.of("baltic"), Map.of());

        // then
        String at = root.resolve("cases/baltic.yaml").toString();
        assertThat(suite.cases()).isEmpty();
        assertThat(suite.badCases().stream().flatMap(b -> b.problems().stream()).map(Problem::toString)).containsExactly(
                at + ":4:46: 'all' of 'country' lists no States: name at least one, e.g. {all: [PL, LT]}",
                at + ":6:41: unknown key 'al' in 'country' (did you mean 'all'?): write the countries where it "
                        + "happened at once as {all: [PL, LT]}, and alternatives (one of them, not known which) as [PL, LT]",
                at + ":8:51: 'country' must name a State by its code, such as UA (a party id of the draft), not '45'");
    }

    @Test
    void should_keep_set_countries_and_alternatives_apart_in_the_case_builder() {
        // given
        Draft draft = baltic();

        // when
        Case all = draft.newCase("all").set("act", Act.SABOTAGE).set("country", List.of("SE", "DK")).build();
        Case either = draft.newCase("either").oneOf("country", "DK", "SE").build();

        // then
        assertThat(all.events().get(0).fields().get("country")).isEqualTo(new Uncertain.Exactly(List.of("DK", "SE")));
        assertThat(either.events().get(0).fields().get("country")).isEqualTo(new Uncertain.OneOf(List.of("DK", "SE")));
        assertThat(draft.analyse(all).commitment("DE/assist").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThatThrownBy(() -> draft.newCase("bad").set("country", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_refuse_in_country_with_a_number_when_the_draft_loads() {
        // given
        String drl = BALTIC_DRL.replace("inCountry(\"SE\", \"FI\")", "inCountry(\"SE\", 5)");

        // when / then
        assertThatThrownBy(() -> Casus.load(Fixtures.draft(root, "baltic", BALTIC_YAML, Map.of("clauses.drl", drl))))
                .hasMessageContaining("calls inCountry with 5, which is a number: name countries in quotes, e.g. inCountry(\"UA\")");
    }
}
