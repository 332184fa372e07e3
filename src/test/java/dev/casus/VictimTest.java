package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.FindingKind;
import dev.casus.api.RunResult;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.Case;
import dev.casus.model.Incident;
import dev.casus.model.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The State attacked: "an armed attack against one of them", "each of the others", and a draft that is
 * silent only on acts against a State it protects. The clauses load confined.
 */
class VictimTest {

    /** A mutual pact: every party guarantees the others; none is "the guaranteed". */
    static final String MUTUAL_YAML = """
            title: Mutual Pact
            parties:
              - {id: PL, role: guarantor}
              - {id: LT, role: guarantor}
              - {id: DE, role: guarantor}
              - {id: RU, role: other}
            commitments:
              - {id: assist, wording: Assist the Party attacked., deadline: 72h}
              - {id: report, wording: Report to the Security Council.}
            """;

    static final String MUTUAL_DRL = """
            package casus.mutual;

            rule "attack-on-one"
                @clause("Art. 5(1)")
                @text("An armed attack against one of them is an armed attack against them all.")
            when
                $i : Incident(act == Act.MISSILE_STRIKE)
                exists Party(role == Role.GUARANTOR, victimOf($i))
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

            rule "report-attack-on-us"
                @clause("Art. 5(3)")
                @text("An attack on the forces of the United States abroad is reported to the Security Council.")
            when
                $i : Incident(hasVictim("US"), onForces)
                $p : Party(role == Role.GUARANTOR)
            then
                activate("report", $p);
            end
            """;

    @TempDir
    Path root;

    private Draft mutual() {
        return Casus.load(Fixtures.draft(root, "mutual", MUTUAL_YAML, Map.of("clauses.drl", MUTUAL_DRL)));
    }

    @Test
    void should_owe_assistance_from_every_party_but_the_victim_when_a_party_is_attacked() {
        // given
        Draft draft = mutual();

        // when
        var world = draft.evaluate(Incident.builder("e1").act(Act.MISSILE_STRIKE).victim("PL").build());

        // then
        assertThat(draft.confined()).isTrue();
        assertThat(world.commitment("PL/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(world.commitment("LT/assist")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(world.commitment("DE/assist")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_exclude_every_victim_when_several_are_attacked_at_once() {
        // given
        Draft draft = mutual();

        // when
        var world = draft.evaluate(Incident.builder("e1").act(Act.MISSILE_STRIKE).victim(List.of("PL", "LT")).build());

        // then
        assertThat(world.commitment("PL/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(world.commitment("LT/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(world.commitment("DE/assist")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_take_the_country_as_the_victim_when_no_victim_is_given() {
        // given
        Draft draft = mutual();

        // when
        var inLithuania = draft.evaluate(Incident.builder("e1").act(Act.MISSILE_STRIKE).country("LT").build());
        var usShipOffLithuania = draft.evaluate(Incident.builder("e1").act(Act.MISSILE_STRIKE).country("LT")
                .victim("US").onForces(true).build());

        // then
        assertThat(inLithuania.commitment("LT/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(inLithuania.commitment("PL/assist")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(usShipOffLithuania.commitment("PL/assist")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(usShipOffLithuania.commitment("PL/report")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_expand_an_uncertain_victim_and_name_it_in_depends_on_fact() {
        // given
        Draft draft = mutual();
        Case c = draft.newCase("who").set("act", Act.MISSILE_STRIKE).oneOf("victim", "PL", List.of("LT", "DE")).build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).hasSize(2);
        assertThat(analysis.commitment("PL/assist").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(analysis.commitment("PL/assist").orElseThrow().describe())
                .isEqualTo("undetermined: depends on victim: PL → inactive; DE and LT → active");
        assertThat(analysis.findings(FindingKind.DEPENDS_ON_FACT)).isNotEmpty();
    }

    @Test
    void should_try_each_party_and_another_state_when_the_victim_is_unknown() {
        // given
        Draft draft = mutual();

        // when
        CaseAnalysis analysis = draft.analyse(draft.newCase("anyone").set("act", Act.MISSILE_STRIKE).unknown("victim").build());

        // then
        assertThat(analysis.worlds()).extracting(w -> w.describe())
                .containsExactly("victim=DE", "victim=LT", "victim=PL", "victim=RU", "victim=US", "victim=(other)");
        assertThat(analysis.commitment("DE/assist").orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void should_not_read_victim_when_no_clause_asks_for_it() {
        // given: the standard test draft has no clause on the victim
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));

        // when
        CaseAnalysis analysis = draft.analyse(draft.newCase("c").set("act", Act.MISSILE_STRIKE).set("country", "UA")
                .oneOf("victim", "UA", "PL").build());

        // then
        assertThat(analysis.worlds()).hasSize(1);
    }

    @Test
    void should_keep_set_victims_and_alternatives_apart_in_the_case_builder() {
        // given
        Draft draft = mutual();

        // when
        Case all = draft.newCase("all").set("victim", List.of("PL", "LT")).build();
        Case either = draft.newCase("either").oneOf("victim", "PL", "LT").build();

        // then
        assertThat(all.events().get(0).fields().get("victim")).isEqualTo(new Uncertain.Exactly(List.of("LT", "PL")));
        assertThat(either.events().get(0).fields().get("victim"))
                .isEqualTo(new Uncertain.OneOf(List.of(List.of("PL"), List.of("LT"))));
        assertThatThrownBy(() -> draft.newCase("bad").set("victim", 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'victim' must be a State code such as \"UA\", or a non-empty collection of them, not 5");
        assertThatThrownBy(() -> draft.newCase("bad").set("victim", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_report_silent_only_for_drafts_whose_protected_states_the_incident_touches() {
        // given: the test draft guarantees UA; the mutual pact protects PL, LT and DE; neither engages with a blockade
        Fixtures.testDraft(root.resolve("rules"), Map.of());
        Fixtures.draft(root.resolve("rules"), "mutual", MUTUAL_YAML, Map.of("clauses.drl", MUTUAL_DRL));
        Fixtures.write(root.resolve("cases/both.yaml"), """
                drafts: [test, mutual]
                cases:
                  - id: blockade-of-ukraine
                    incident: {act: blockade, country: UA}
                    expectFor:
                      test: {silent: true}
                  - id: blockade-of-a-us-ship
                    incident: {act: blockade, victim: US, onForces: true, zone: high-seas}
                  - id: blockade-of-poland-or-ukraine
                    incident: {act: blockade, victim: [PL, UA]}
                    expectFor:
                      test: {silent: true}
                      mutual: {silent: true}
                """);

        // when
        RunResult run = Casus.project(root.resolve("rules"), root.resolve("cases")).run();

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.drafts().stream().flatMap(d -> d.cases().stream()
                        .filter(c -> !c.analysis().findings(FindingKind.SILENT).isEmpty())
                        .map(c -> d.draftId() + "/" + c.caseId())))
                .containsExactlyInAnyOrder("test/blockade-of-ukraine", "test/blockade-of-poland-or-ukraine",
                        "mutual/blockade-of-poland-or-ukraine");
    }

    @Test
    void should_run_the_readme_example_as_written() throws java.io.IOException {
        // given: the README's clauses and incidents under "The State attacked", verbatim
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("#### The State attacked"), readme.indexOf("#### What a clause may use"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", section.indexOf("```yaml\n") + 8));
        int drlAt = section.indexOf("```\nrule") + 4;
        String drl = "package casus.readme;\n\n" + section.substring(drlAt, section.indexOf("```\n", drlAt));
        Fixtures.draft(root.resolve("rules"), "readme", MUTUAL_YAML, Map.of("clauses.drl", drl));
        StringBuilder cases = new StringBuilder("drafts: [readme]\ncases:\n");
        int n = 0;
        for (String line : yaml.strip().split("\n")) {
            cases.append("  - id: c").append(++n).append("\n    ").append(line).append("\n");
        }
        Fixtures.write(root.resolve("cases/readme.yaml"), cases.toString());

        // when
        RunResult run = Casus.project(root.resolve("rules"), root.resolve("cases")).run();
        Draft draft = Casus.load(root.resolve("rules/readme"));

        // then
        assertThat(run.problems()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.drafts().get(0).cases()).extracting(c -> c.analysis().worlds().size()).containsExactly(1, 2, 1);
        assertThat(draft.evaluate(Incident.builder("e1").act(Act.INVASION).victim("LT").build()).commitment("PL/assist"))
                .isEqualTo(CommitmentStatus.ACTIVE);
    }
}
