package dev.casus;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.Verdict;
import dev.casus.model.Act;
import dev.casus.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Knowledge over time through the Java API: a case builder says what became known when. */
class UpdatesTest {

    @TempDir
    Path root;

    private Draft draft() {
        return Casus.load(Fixtures.draft(root, "request", DecisionsTest.YAML, Map.of("clauses.drl", DecisionsTest.DRL)));
    }

    @Test
    void should_answer_on_everything_known_and_keep_the_answers_as_of_each_date() {
        // given
        Draft draft = draft();
        Case c = draft.newCase("known-later").set("act", Act.MISSILE_STRIKE).set("time", Instant.parse("2025-09-10T02:00:00Z"))
                .knownOn("2025-09-12", "the Council's finding").decided("nac-determination", true)
                .knownOn("2025-09-15T09:30:00Z", "the request").decided("request", true)
                .build();

        // when
        CaseAnalysis analysis = draft.analyse(c);

        // then
        assertThat(analysis.commitment("US/assist").orElseThrow().verdict()).isEqualTo(Verdict.ACTIVE);
        assertThat(analysis.history()).extracting(CaseAnalysis.AsOf::at)
                .containsExactly("2025-09-10T02:00:00Z", "2025-09-12", "2025-09-15T09:30:00Z");
        assertThat(analysis.history().get(1).analysis().commitment("US/assist").orElseThrow().verdict())
                .isEqualTo(Verdict.CONDITIONAL);
        assertThat(analysis.owedFrom("US/assist")).hasValue(Instant.parse("2025-09-15T09:30:00Z"));
        assertThat(analysis.dueBy("US/assist")).hasValue(Instant.parse("2025-09-18T09:30:00Z"));
        assertThat(analysis.owedFrom("US/consult")).hasValue(Instant.parse("2025-09-10T02:00:00Z"));
        assertThat(analysis.describeHistory("US/consult")).isEmpty();
    }

    @Test
    void should_have_no_history_for_a_case_known_at_once() {
        // given
        Draft draft = draft();

        // when
        CaseAnalysis analysis = draft.analyse(draft.newCase("at-once").set("act", Act.MISSILE_STRIKE).build());

        // then
        assertThat(analysis.history()).isEmpty();
        assertThat(analysis.owedFrom("US/consult")).isEmpty();
    }

    @Test
    void should_refuse_updates_out_of_order_before_the_incident_or_in_a_timeline() {
        // given
        Draft draft = draft();

        // when / then
        assertThatThrownBy(() -> draft.newCase("order").set("act", Act.MISSILE_STRIKE)
                .knownOn("2025-09-12", null).decided("request", true).knownOn("2025-09-12", null))
                .hasMessageContaining("does not come after the one before it");
        assertThatThrownBy(() -> draft.newCase("before").set("act", Act.MISSILE_STRIKE).set("time", Instant.parse("2025-09-10T02:00:00Z"))
                .knownOn("2025-09-09", null).decided("request", true).build())
                .hasMessageContaining("comes before the incident itself");
        assertThatThrownBy(() -> draft.newCase("timeline").set("act", Act.MISSILE_STRIKE).event("e2")
                .set("act", Act.DRONE_STRIKE).knownOn("2025-09-12", null))
                .hasMessageContaining("in a timeline each incident has its own time");
        assertThatThrownBy(() -> draft.newCase("bad").knownOn("12 September", null))
                .hasMessageContaining("'at' must be a day such as 2001-10-02");
        assertThatThrownBy(() -> draft.newCase("nothing").set("act", Act.MISSILE_STRIKE).knownOn("2025-09-12", null).build())
                .hasMessageContaining("changes nothing");
    }
}
