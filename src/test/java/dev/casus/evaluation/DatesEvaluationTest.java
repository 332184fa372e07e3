package dev.casus.evaluation;

import dev.casus.Casus;
import dev.casus.Draft;
import dev.casus.Fixtures;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.api.WorldResult;
import dev.casus.api.WorldResult.OutOfTime;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatesEvaluationTest {

    @TempDir
    Path root;

    /** The test pact, in force from 2010-01-01 to 2040-12-31, with FI a guarantor since 2024-03-07. */
    private Draft dated() {
        String yaml = Fixtures.DRAFT_YAML.replace("parties:\n", "inForce: {from: 2010-01-01, until: 2040-12-31}\nparties:\n")
                .replace("  - {id: FR, role: guarantor}\n", "  - {id: FR, role: guarantor}\n  - {id: FI, role: guarantor, since: 2024-03-07}\n");
        return Casus.load(Fixtures.draft(root, "dated", yaml, Map.of("clauses.drl", Fixtures.CLAUSES)));
    }

    private static Incident strike(String id, String day, int killed) {
        Incident.Builder b = Incident.builder(id).act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE).country("UA").killed(killed);
        return (day == null ? b : b.time(Instant.parse(day + "T04:00:00Z"))).build();
    }

    @Test
    void should_not_count_a_state_as_a_party_before_it_joined() {
        // given
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(strike("e1", "2022-02-24", 12));

        // then
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(result.commitment("FI/consult")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(result.outOfTime()).containsExactly(
                new OutOfTime("e1", "FI", "FI was not a party on 2022-02-24 (a party since 2024-03-07)"));
        assertThat(result.explain("FI/consult")).get().extracting(e -> e.statement())
                .isEqualTo("FI/consult is inactive: FI was not a party on 2022-02-24 (a party since 2024-03-07)");
    }

    @Test
    void should_count_a_state_as_a_party_from_the_day_it_joined() {
        // given
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(strike("e1", "2024-03-07", 12));

        // then
        assertThat(result.commitment("FI/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(result.outOfTime()).isEmpty();
    }

    @Test
    void should_activate_nothing_before_entry_into_force_and_say_why() {
        // given
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(strike("e1", "2009-12-31", 12));

        // then
        assertThat(result.inForce()).isFalse();
        assertThat(result.firedRules()).isEmpty();
        assertThat(result.terms()).isEmpty();
        assertThat(result.commitments().values()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CommitmentStatus.INACTIVE));
        assertThat(result.outOfTime()).containsExactly(new OutOfTime("e1", null,
                "the draft is not in force on 2009-12-31: in force from 2010-01-01 until 2040-12-31"));
        assertThat(result.explain("FR/consult")).get().extracting(e -> e.statement()).isEqualTo("FR/consult is inactive: "
                + "the draft is not in force on 2009-12-31: in force from 2010-01-01 until 2040-12-31");
    }

    @Test
    void should_activate_nothing_after_the_draft_ends() {
        // given
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(strike("e1", "2041-01-01", 12));

        // then
        assertThat(result.inForce()).isFalse();
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.INACTIVE);
    }

    @Test
    void should_apply_the_draft_and_every_party_when_the_incident_has_no_time() {
        // given
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(strike("e1", null, 12));

        // then
        assertThat(result.commitment("FI/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(result.outOfTime()).isEmpty();
    }

    @Test
    void should_owe_nothing_for_an_incident_of_a_timeline_from_before_the_party_joined() {
        // given: the armed attack is in 2022; a later strike that kills no one makes FI part of the world
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(List.of(strike("e1", "2022-02-24", 12), strike("e2", "2025-01-01", 0)));

        // then
        assertThat(result.term("armed attack")).isEqualTo(dev.casus.api.TermStatus.HOLDS);
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(result.commitment("FI/consult")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(result.outOfTime()).extracting(OutOfTime::incident, OutOfTime::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e1", "FI"));
    }

    @Test
    void should_leave_out_the_incidents_of_a_timeline_before_entry_into_force() {
        // given
        Draft draft = dated();

        // when
        WorldResult result = draft.evaluate(List.of(strike("e1", "2009-06-01", 12), strike("e2", "2011-01-01", 0)));

        // then
        assertThat(result.inForce()).isTrue();
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(result.outOfTime()).extracting(OutOfTime::incident, OutOfTime::party).containsExactly(
                org.assertj.core.groups.Tuple.tuple("e1", null), org.assertj.core.groups.Tuple.tuple("e2", "FI"));
    }

    @Test
    void should_expand_alternative_times_when_the_dates_decide() {
        // given
        Draft draft = dated();
        var c = draft.newCase("when").set("act", "missile-strike").set("actorKind", "state").set("country", "UA")
                .set("killed", 12).oneOf("time", Instant.parse("2022-02-24T04:00:00Z"), Instant.parse("2025-01-01T04:00:00Z")).build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.worlds()).hasSize(2);
        assertThat(analysis.commitment("FI/consult")).get().extracting(a -> a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(analysis.commitment("FI/consult").get().describe()).startsWith("undetermined: depends on time: 2022-02-24");
        assertThat(analysis.outOfTime()).containsExactly("FI was not a party on 2022-02-24 (a party since 2024-03-07) (in some worlds)");
    }

    @Test
    void should_try_each_day_the_dates_tell_apart_when_the_time_is_unknown() {
        // given
        Draft draft = dated();
        var c = draft.newCase("when").set("act", "missile-strike").set("actorKind", "state").set("country", "UA")
                .set("killed", 12).unknown("time").build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then: the days before and on 2010-01-01, 2024-03-07 and 2041-01-01
        assertThat(analysis.worlds()).extracting(w -> w.incidents().get(0).time()).containsExactly(
                Instant.parse("2009-12-31T00:00:00Z"), Instant.parse("2010-01-01T00:00:00Z"),
                Instant.parse("2024-03-06T00:00:00Z"), Instant.parse("2024-03-07T00:00:00Z"),
                Instant.parse("2040-12-31T00:00:00Z"), Instant.parse("2041-01-01T00:00:00Z"));
        assertThat(analysis.commitment("FR/consult")).get().extracting(a -> a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void should_not_report_silent_when_the_draft_is_not_in_force() {
        // given
        Draft draft = dated();
        var c = draft.newCase("early").set("act", "cyberattack").set("time", Instant.parse("2001-09-11T12:00:00Z")).build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.findings(FindingKind.SILENT)).isEmpty();
        assertThat(analysis.outOfTime()).containsExactly(
                "the draft is not in force on 2001-09-11: in force from 2010-01-01 until 2040-12-31");
    }

    @Test
    void should_expose_the_dates_in_the_java_api() {
        // given
        Draft draft = dated();

        // when / then
        assertThat(draft.inForceFrom()).contains(LocalDate.of(2010, 1, 1));
        assertThat(draft.inForceUntil()).contains(LocalDate.of(2040, 12, 31));
        assertThat(draft.inForceOn(LocalDate.of(2009, 12, 31))).isFalse();
        assertThat(draft.inForceOn(LocalDate.of(2040, 12, 31))).isTrue();
        assertThat(draft.parties()).filteredOn(p -> p.id().equals("FI"))
                .allSatisfy(p -> assertThat(p.isPartyOn(LocalDate.of(2024, 3, 6))).isFalse());
    }
}
