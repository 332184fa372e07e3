package dev.casus.cases;

import dev.casus.model.Case;
import dev.casus.model.Case.Expectation;
import dev.casus.model.Uncertain;

import dev.casus.Fixtures;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.model.Act;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Attribution;
import dev.casus.vocabulary.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SuiteLoaderTest {

    private static final Map<String, List<AttributeDeclaration>> ATTRIBUTES =
            Map.of("test", List.of(new AttributeDeclaration("nuclear-used", ValueType.BOOLEAN, List.of(), "")));

    @TempDir
    Path root;

    private Suite load(String yaml) {
        return SuiteLoader.load(Fixtures.write(root.resolve("cases.yaml"), yaml), Set.of("test", "other"), ATTRIBUTES);
    }

    @Test
    void should_read_certain_and_uncertain_fields_and_expectations() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: strike
                    title: A strike
                    incident:
                      act: missile-strike
                      attribution: [confirmed, suspected]
                      killed: {from: 0, to: 40}
                      intent: unknown
                      extra: {nuclear-used: true}
                    expect:
                      active: [FR/consult]
                      holds: [armed attack]
                      conflict: ["Art. 4"]
                """);

        // then
        assertThat(suite.badCases()).isEmpty();
        Case c = suite.cases().get(0);
        assertThat(c.line()).isEqualTo(3);
        assertThat(c.events().get(0).fields()).containsEntry("act", new Uncertain.Exactly(Act.MISSILE_STRIKE))
                .containsEntry("attribution", new Uncertain.OneOf(List.of(Attribution.CONFIRMED, Attribution.SUSPECTED)))
                .containsEntry("killed", new Uncertain.Between(0, 40))
                .containsEntry("intent", new Uncertain.Unknown())
                .containsEntry("nuclear-used", new Uncertain.Exactly(true));
        assertThat(c.expectations()).extracting(Expectation::describe)
                .containsExactly("FR/consult active", "\"armed attack\" to hold", "a conflict on Art. 4");
        assertThat(c.expectations()).extracting(Expectation::line).containsExactly(12, 13, 14);
    }

    @Test
    void should_keep_a_bad_case_with_every_problem_and_still_read_the_others() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: good
                    incident: {act: annexation}
                  - id: bad
                    incident:
                      act: missle-strike
                      casualties: 4
                      killed: many
                      attribution: [confirmd]
                      extra: {nuclear: true}
                    expect:
                      active: [consult]
                      holdz: [x]
                  - id: good-too
                    incident: {act: blockade}
                """);

        // then
        assertThat(suite.cases()).extracting(Case::id).containsExactly("good", "good-too");
        assertThat(suite.badCases()).hasSize(1);
        Path file = root.resolve("cases.yaml");
        assertThat(suite.badCases().get(0).problems()).extracting(Problem::toString).containsExactly(
                file + ":7:12: unknown value 'missle-strike' for act (did you mean 'missile-strike'?); allowed: "
                        + "invasion, armed-attack, occupation, annexation, bombardment, blockade, attack-on-forces, "
                        + "misuse-of-stationed-forces, lending-territory, armed-bands, missile-strike, drone-strike, "
                        + "cyberattack, sabotage, airspace-incursion, vessel-seizure, ceasefire-violation, instrumentalised-migration, "
                        + "balloon-overflight, chemical-attack, threat-of-force, nuclear-threat",
                file + ":8:7: unknown field 'casualties' in an incident",
                file + ":9:15: 'killed' must be a whole number, not 'many'",
                file + ":10:21: unknown value 'confirmd' for attribution (did you mean 'confirmed'?); allowed: confirmed, assessed, suspected, unknown",
                file + ":11:15: unknown attribute 'nuclear': the drafts this file tests declare nuclear-used (did you mean 'nuclear-used'?)",
                file + ":13:16: 'consult' must name a party's commitment as party/commitment, e.g. FR/consult",
                file + ":14:7: unknown field 'holdz' in expect (did you mean 'holds'?)");
    }

    @Test
    void should_reject_a_file_naming_an_unknown_draft() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load("""
                drafts: [tset]
                cases: []
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(root.resolve("cases.yaml") + ":1:9: no draft 'tset' in the rules folder (did you mean 'test'?)");
    }

    @Test
    void should_report_a_yaml_syntax_error_as_a_located_problem() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load("""
                drafts: [test]
                cases:
                  - id: a
                    incident: {act: blockade
                """));

        // then
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).startsWith(root.resolve("cases.yaml") + ":").contains("YAML syntax");
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void should_reject_a_range_that_runs_backwards() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: backwards
                    incident: {act: blockade, killed: {from: 40, to: 0}}
                """);

        // then
        assertThat(suite.badCases().get(0).problems()).extracting(Problem::message)
                .containsExactly("the range of 'killed' runs from 40 down to 0: write the smaller end as 'from'");
    }

    @Test
    void should_point_at_a_tab_used_for_indentation() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load("drafts: [test]\ncases:\n\t- id: a\n"));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(root.resolve("cases.yaml")
                + ":3:1: YAML syntax: while scanning for the next token; found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void should_reuse_an_incident_through_an_anchor_and_an_alias() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: first
                    incident: &strike {act: missile-strike, killed: 12}
                  - id: again
                    incident: *strike
                """);

        // then
        assertThat(suite.badCases()).isEmpty();
        Map<String, Uncertain> strike = Map.of("act", new Uncertain.Exactly(Act.MISSILE_STRIKE), "killed", new Uncertain.Exactly(12));
        assertThat(suite.cases()).extracting(c -> Map.copyOf(c.events().get(0).fields())).containsExactly(strike, strike);
    }

    @Test
    void should_reject_yaml_1_1_booleans_and_odd_numbers_with_a_located_problem() {
        // when
        InvalidInputException strict = catchThrowableOfType(InvalidInputException.class, () -> load("""
                drafts: [test]
                strict: yes
                cases: []
                """));
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: odd
                    incident: {act: blockade, killed: 1_000, extra: {nuclear-used: no}}
                  - id: huge
                    incident: {act: blockade, killed: 99999999999999999999}
                """);

        // then
        Path file = root.resolve("cases.yaml");
        assertThat(strict.problems()).extracting(Problem::toString).containsExactly(file + ":2:9: 'strict' must be true or false");
        assertThat(suite.badCases()).flatExtracting(Suite.BadCase::problems).extracting(Problem::toString).containsExactly(
                file + ":4:39: 'killed' must be a whole number, not '1_000'",
                file + ":4:68: 'nuclear-used' must be true or false, not 'no'",
                file + ":6:39: 'killed' must be a whole number from 0 up, not 99999999999999999999");
    }

    @Test
    void should_reject_a_number_too_large_to_be_finite_and_a_negative_damage() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: infinite
                    incident: {act: blockade, damage: 1e400}
                  - id: infinite-range
                    incident: {act: blockade, damage: {from: 0, to: -1e400}}
                  - id: negative
                    incident: {act: blockade, damage: -2.5}
                  - id: fine
                    incident: {act: blockade, damage: {from: 0, to: 1e300}}
                """);

        // then
        Path file = root.resolve("cases.yaml");
        assertThat(suite.badCases()).flatExtracting(Suite.BadCase::problems).extracting(Problem::toString).containsExactly(
                file + ":4:39: 'damage' is too large a number: 1e400",
                file + ":6:53: 'damage' is too large a number: -1e400",
                file + ":8:39: 'damage' must be a number from 0 up, not -2.5");
        assertThat(suite.cases()).extracting(Case::id).containsExactly("fine");
    }

    @Test
    void should_reject_a_case_file_whose_drafts_list_is_empty() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load("""
                drafts: []
                cases:
                  - id: a
                    incident: {act: blockade}
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(root.resolve("cases.yaml")
                + ":1:9: 'drafts' names no draft: list the drafts this file tests, e.g. drafts: [other]");
    }

    @Test
    void should_report_a_case_file_that_is_not_utf8_at_the_offending_byte() throws IOException {
        // given
        Path file = root.resolve("cases.yaml");
        Files.write(file, "drafts: [test]\ncases:\n  - id: d\u00e9j\u00e0\n    incident: {act: blockade}\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SuiteLoader.load(file, Set.of("test"), ATTRIBUTES));

        // then
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(file + ":3:10: not valid UTF-8 (byte 0xE9): Casus reads YAML files as UTF-8 text");
    }

    @Test
    void should_refuse_a_case_file_with_two_documents() {
        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> load("""
                drafts: [test]
                cases: []
                ---
                drafts: [other]
                cases: []
                """));

        // then
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(root.resolve("cases.yaml")
                + ":3:1: a second YAML document starts here; a Casus file holds one document");
    }

    @Test
    void should_read_one_victim_several_at_once_and_alternatives_apart() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: c1
                    timeline:
                      - {act: blockade, victim: UA}
                      - {act: blockade, victim: {all: [SE, DK]}}
                      - {act: blockade, victim: [PL, LT]}
                      - {act: blockade, victim: [UA, {all: [PL, LT]}]}
                      - {act: blockade, victim: unknown, onForces: true}
                """);

        // then
        List<Case.Event> events = suite.cases().get(0).events();
        assertThat(events).extracting(e -> e.fields().get("victim")).containsExactly(
                new Uncertain.Exactly(List.of("UA")),
                new Uncertain.Exactly(List.of("DK", "SE")),
                new Uncertain.OneOf(List.of(List.of("PL"), List.of("LT"))),
                new Uncertain.OneOf(List.of(List.of("UA"), List.of("LT", "PL"))),
                new Uncertain.Unknown());
        assertThat(events.get(4).fields().get("onForces")).isEqualTo(new Uncertain.Exactly(true));
    }

    @Test
    void should_locate_every_malformed_victim_in_one_pass() {
        // when
        Suite suite = load("""
                drafts: [test]
                cases:
                  - id: c1
                    timeline:
                      - {act: blockade, victim: 380}
                      - {act: blockade, victim: {all: []}}
                      - {act: blockade, victim: {al: [PL, LT]}}
                      - {act: blockade, victim: [UA, [PL, LT]]}
                      - {act: blockade, victim: {all: [PL, 7]}}
                      - {act: blockade, victim: {all: PL}}
                """);

        // then
        assertThat(suite.badCases().get(0).problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
                "5:33: 'victim' must name a State by its code, such as UA (a party id of the draft), not '380'",
                "6:39: 'all' of 'victim' lists no States: name at least one, e.g. {all: [PL, LT]}",
                "7:34: unknown key 'al' in 'victim' (did you mean 'all'?): write the States attacked at once as {all: [PL, LT]}, "
                        + "and alternatives (one of them, not known which) as [PL, LT]",
                "8:38: an alternative of 'victim' is a list: write the States attacked at once as {all: [...]}",
                "9:44: 'victim' must name a State by its code, such as UA (a party id of the draft), not '7'",
                "10:39: 'all' of 'victim' must be a list of States, e.g. {all: [PL, LT]}");
    }
}
