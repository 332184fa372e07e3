package dev.casus.engine;

import dev.casus.engine.Precedence.Decision;
import dev.casus.engine.Precedence.Status;
import dev.casus.model.Incident;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrecedenceTest {

    private static final Incident E1 = Incident.builder("e1").build();
    private static final Incident E2 = Incident.builder("e2").build();

    private static Conclusion term(String clause, boolean positive, Incident incident, String... overrides) {
        return new Conclusion("x", null, positive, clause, "rule " + clause, List.of(overrides), incident, null);
    }

    private static Conclusion commitment(String clause, boolean positive, String... overrides) {
        return new Conclusion("assist", "FR", positive, clause, "rule " + clause, List.of(overrides), E1, null);
    }

    @Test
    void should_let_a_conclusion_stand_again_when_the_exception_that_set_it_aside_is_itself_overridden() {
        // given: A says x holds, B (over A) says it does not, C (over B) says it does
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E1, "A");
        Conclusion c = term("C", true, E1, "B");

        // when
        Decision decision = Precedence.decide(List.of(a, b, c));

        // then
        assertThat(decision.status()).isEqualTo(Status.HOLDS);
        assertThat(decision.stands(a)).isTrue();
        assertThat(decision.stands(c)).isTrue();
        assertThat(decision.setAside()).containsExactly(new Overridden(b, c));
        assertThat(decision.setAsideBy(b)).isEqualTo("C");
    }

    @Test
    void should_decide_the_same_whatever_the_order_of_the_conclusions() {
        // given
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E1, "A");
        Conclusion c = term("C", true, E1, "B");

        // when
        Decision decision = Precedence.decide(List.of(c, b, a));

        // then
        assertThat(decision).isEqualTo(Precedence.decide(List.of(a, b, c)));
    }

    @Test
    void should_set_a_conclusion_aside_when_its_exception_stands() {
        // given: the same without C
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E1, "A");

        // when
        Decision decision = Precedence.decide(List.of(a, b));

        // then
        assertThat(decision.status()).isEqualTo(Status.DOES_NOT_HOLD);
        assertThat(decision.setAside()).containsExactly(new Overridden(a, b));
        assertThat(decision.stands(b)).isTrue();
    }

    @Test
    void should_let_both_stand_when_the_overridden_exception_did_not_conclude() {
        // given: C overrides B, but B concluded nothing
        Conclusion a = term("A", true, E1);
        Conclusion c = term("C", true, E1, "B");

        // when
        Decision decision = Precedence.decide(List.of(a, c));

        // then
        assertThat(decision.status()).isEqualTo(Status.HOLDS);
        assertThat(decision.setAside()).isEmpty();
    }

    @Test
    void should_report_a_conflict_when_opposite_conclusions_stand_without_precedence() {
        // given
        Conclusion a = term("A", true, E1);
        Conclusion d = term("D", false, E1);

        // when
        Decision decision = Precedence.decide(List.of(a, d));

        // then
        assertThat(decision.status()).isEqualTo(Status.CONFLICT);
        assertThat(decision.setAside()).isEmpty();
    }

    @Test
    void should_leave_a_conflict_when_the_exception_is_overridden_but_another_negative_conclusion_stands() {
        // given: C sets B aside, so A stands again, against D, which nothing overrides
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E1, "A");
        Conclusion c = term("C", true, E1, "B");
        Conclusion d = term("D", false, E1);

        // when
        Decision decision = Precedence.decide(List.of(a, b, c, d));

        // then
        assertThat(decision.status()).isEqualTo(Status.CONFLICT);
        assertThat(decision.setAside()).containsExactly(new Overridden(b, c));
    }

    @Test
    void should_not_let_a_conclusion_of_the_same_polarity_set_another_aside() {
        // given: B overrides A, but agrees with it
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", true, E1, "A");

        // when
        Decision decision = Precedence.decide(List.of(a, b));

        // then
        assertThat(decision.status()).isEqualTo(Status.HOLDS);
        assertThat(decision.setAside()).isEmpty();
    }

    @Test
    void should_name_the_first_standing_clause_when_several_set_a_conclusion_aside() {
        // given
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E1, "A");
        Conclusion c = term("C", false, E1, "A");

        // when
        Decision decision = Precedence.decide(List.of(a, c, b));

        // then
        assertThat(decision.setAsideBy(a)).isEqualTo("B");
    }

    @Test
    void should_decide_commitments_as_it_decides_terms() {
        // given: activated by A, withheld by B over A, activated again by C over B
        Conclusion a = commitment("A", true);
        Conclusion b = commitment("B", false, "A");
        Conclusion c = commitment("C", true, "B");

        // when / then
        assertThat(Precedence.decide(List.of(a, b, c)).status()).isEqualTo(Status.HOLDS);
        assertThat(Precedence.decide(List.of(a, b)).status()).isEqualTo(Status.DOES_NOT_HOLD);
        assertThat(Precedence.decide(List.of(a, b)).setAside()).containsExactly(new Overridden(a, b));
    }

    @Test
    void should_not_set_aside_a_conclusion_about_another_incident() {
        // given: B overrides A, but speaks of e2
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E2, "A");

        // when
        Decision decision = Precedence.decide(List.of(a, b));

        // then
        assertThat(decision.status()).isEqualTo(Status.HOLDS);
        assertThat(decision.setAside()).isEmpty();
    }

    @Test
    void should_decide_a_timeline_by_any_incident_for_which_the_subject_holds() {
        // given: x does not hold for e1 (B over A), is a conflict for e2, and holds for nothing else
        Conclusion a1 = term("A", true, E1);
        Conclusion b1 = term("B", false, E1, "A");
        Conclusion a2 = term("A", true, E2);
        Conclusion d2 = term("D", false, E2);

        // when / then
        assertThat(Precedence.decide(List.of(a1, b1, a2, d2)).status()).isEqualTo(Status.CONFLICT);
        assertThat(Precedence.decide(List.of(a1, b1, a2)).status()).isEqualTo(Status.HOLDS);
        assertThat(Precedence.decide(List.of(a1, b1, d2)).status()).isEqualTo(Status.DOES_NOT_HOLD);
    }

    @Test
    void should_tell_the_session_whether_a_term_holds() {
        // given
        Conclusion a = term("A", true, E1);
        Conclusion b = term("B", false, E1, "A");
        Conclusion c = term("C", true, E1, "B");

        // when / then
        assertThat(Precedence.holds(List.of(a, b, c))).isTrue();
        assertThat(Precedence.holds(List.of(a, b))).isFalse();
        assertThat(Precedence.holds(List.of())).isFalse();
    }

    @Test
    void should_refuse_conclusions_about_different_subjects_or_none() {
        // given
        Conclusion a = term("A", true, E1);
        Conclusion other = new Conclusion("y", null, true, "B", "rule B", List.of(), E1, null);

        // when / then
        assertThatThrownBy(() -> Precedence.decide(List.of(a, other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one subject");
        assertThatThrownBy(() -> Precedence.decide(List.of(a, commitment("B", true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one subject");
        assertThatThrownBy(() -> Precedence.decide(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_refuse_an_overrides_cycle_that_loading_would_have_rejected() {
        // given
        Conclusion a = term("A", true, E1, "B");
        Conclusion b = term("B", false, E1, "A");

        // when / then
        assertThatThrownBy(() -> Precedence.decide(List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }
}
