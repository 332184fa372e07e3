package dev.casus;

import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Case;
import dev.casus.model.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenarios: worlds expand within each account, never across, and an answer that turns on the account says so. */
class ScenarioAnalysisTest {

    @TempDir
    Path root;

    @Test
    void should_expand_worlds_within_each_account_never_across() {
        // given: two accounts that disagree on who struck where
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));
        Case c = draft.newCase("where").set("act", Act.MISSILE_STRIKE).set("actorKind", ActorKind.STATE).set("killed", 12)
                .scenario("ours", "It hit Kharkiv").set("country", "UA").set("actor", "RU")
                .scenario("theirs", "It hit Belgorod").set("country", "RU").set("actor", "UA").oneOf("killed", 5, 12)
                .build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then: 1 world for ours and 2 for theirs, not 2 x 2 x 2 field by field
        assertThat(analysis.worlds()).extracting(w -> w.describe())
                .containsExactly("scenario=ours", "killed=5, scenario=theirs", "killed=12, scenario=theirs");
        assertThat(analysis.worlds()).allSatisfy(w -> assertThat(w.incidents().get(0).country())
                .isNotEqualTo(w.incidents().get(0).actor()));
    }

    @Test
    void should_name_the_scenario_that_decides_an_undetermined_answer() {
        // given
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));
        Case c = draft.newCase("where").set("act", Act.MISSILE_STRIKE).set("actorKind", ActorKind.STATE).set("killed", 12)
                .scenario("ukrainian-account", null).set("country", "UA")
                .scenario("russian-account", "It hit Belgorod").set("country", "RU")
                .build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        Answer consult = analysis.commitment("FR/consult").orElseThrow();
        assertThat(consult.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(consult.describe())
                .isEqualTo("undetermined: depends on scenario: ukrainian-account \u2192 active; russian-account \u2192 inactive");
        assertThat(consult.dependsOn().get(0).clauses()).containsExactly("Art. 1");
        assertThat(analysis.findings(FindingKind.DEPENDS_ON_FACT)).extracting(Finding::reason)
                .anySatisfy(r -> assertThat(r).contains("FR/consult").contains("depend on scenario: ukrainian-account \u2192 active"));
    }

    @Test
    void should_not_name_the_scenario_when_every_account_gives_the_same_answer() {
        // given: the accounts differ, but not in anything that changes the outcome
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));
        Case c = draft.newCase("who").set("act", Act.MISSILE_STRIKE).set("actorKind", ActorKind.STATE).set("killed", 12)
                .set("country", "UA").unknown("intent")
                .scenario("a", null).set("actor", "RU")
                .scenario("b", null).set("actor", "BY").set("intent", Intent.DELIBERATE)
                .build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.commitment("FR/consult").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(analysis.findings(FindingKind.DEPENDS_ON_FACT)).isEmpty();
    }

    @Test
    void should_say_which_other_fact_decides_within_an_account() {
        // given
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));
        Case c = draft.newCase("toll").set("act", Act.MISSILE_STRIKE).set("actorKind", ActorKind.STATE).set("country", "UA")
                .scenario("a", null).oneOf("killed", 5, 12)
                .scenario("b", null).set("killed", 12)
                .build();

        // when
        Answer consult = draft.analyse(c).commitment("FR/consult").orElseThrow();

        // then
        assertThat(consult.describe()).isEqualTo("undetermined: depends on scenario: a \u2192 varies with killed; b \u2192 active; "
                + "and on killed: 5 \u2192 inactive; 12 \u2192 active");
    }

    @Test
    void should_refuse_scenarios_the_builder_cannot_make_sense_of() {
        Draft draft = Casus.load(Fixtures.testDraft(root, Map.of()));

        assertThatThrownBy(() -> draft.newCase("c").set("killed", 1).scenario("a", null).set("killed", 1).build())
                .hasMessageContaining("scenario 'a' changes nothing");
        assertThatThrownBy(() -> draft.newCase("c").scenario("a", null).set("killed", 1).scenario("a", null))
                .hasMessageContaining("scenario 'a' is given twice");
        assertThatThrownBy(() -> draft.newCase("c").set("killed", 1).event("e2").scenario("a", null))
                .hasMessageContaining("give each account of a timeline as a case of its own");
        assertThatThrownBy(() -> draft.newCase("c").scenario("a", null).set("kiled", 1))
                .hasMessageContaining("did you mean 'killed'?");
    }
}
