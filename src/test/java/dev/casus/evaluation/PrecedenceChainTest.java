package dev.casus.evaluation;

import dev.casus.api.CommitmentStatus;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;

import dev.casus.Casus;
import dev.casus.Fixtures;
import dev.casus.Draft;
import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Precedence chains, decided in the session (for clauses that chain on a term) and in the result alike. */
class PrecedenceChainTest {

    /** Art. 1 concludes, Art. 2 overrides it with the opposite, Art. 3 overrides Art. 2; Art. 4 chains on the term. */
    private static final String CHAIN = """
            package casus.chain;

            rule "a"
                @clause("Art. 1")
                @text("A strike by a State is aggression.")
            when
                $i : Incident(actorKind == ActorKind.STATE)
            then
                holds("aggression", $i);
            end

            rule "b"
                @clause("Art. 2")
                @text("A strike that kills no one is not aggression.")
                @overrides("Art. 1")
            when
                $i : Incident(killed < 1)
            then
                holdsNot("aggression", $i);
            end

            rule "c"
                @clause("Art. 3")
                @text("A strike on the territory of Ukraine is aggression, whatever its toll.")
                @overrides("Art. 2")
            when
                $i : Incident(country == "UA")
            then
                holds("aggression", $i);
            end

            rule "consult"
                @clause("Art. 4")
                @text("On aggression each guarantor consults.")
            when
                Holds(term == "aggression")
                $p : Party(role == Role.GUARANTOR)
            then
                activate("consult", $p);
            end
            """;

    @TempDir
    Path root;

    private Draft chain(String clauses) {
        return Casus.load(Fixtures.draft(root, "chain", Fixtures.DRAFT_YAML, Map.of("chain.drl", clauses)));
    }

    private static Incident strike(String country, int killed) {
        return Incident.builder("e1").act(Act.MISSILE_STRIKE).actorKind(ActorKind.STATE).country(country)
                .killed(killed).build();
    }

    @Test
    void should_let_a_conclusion_stand_again_when_its_exception_is_itself_overridden() {
        // given: all three clauses conclude
        Draft draft = chain(CHAIN);

        // when
        WorldResult result = draft.evaluate(strike("UA", 0));

        // then: Art. 3 sets Art. 2 aside, so Art. 1 stands again, and the chained Art. 4 fires
        assertThat(result.term("aggression")).isEqualTo(TermStatus.HOLDS);
        assertThat(result.terms().get("aggression").supports())
                .extracting(Support::clause, Support::positive, Support::overriddenBy)
                .containsExactly(tuple("Art. 1", true, null), tuple("Art. 2", false, "Art. 3"), tuple("Art. 3", true, null));
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(result.explain("aggression").orElseThrow().render())
                .contains("\"aggression\" does not hold for incident e1 (set aside: Art. 3 overrides it)  [Art. 2]")
                .contains("\"aggression\" holds for incident e1  [Art. 1]");
    }

    @Test
    void should_set_the_conclusion_aside_when_the_exception_is_not_overridden() {
        // given: Art. 3 does not fire outside Ukraine
        Draft draft = chain(CHAIN);

        // when
        WorldResult result = draft.evaluate(strike("PL", 0));

        // then
        assertThat(result.term("aggression")).isEqualTo(TermStatus.DOES_NOT_HOLD);
        assertThat(result.terms().get("aggression").supports())
                .extracting(Support::clause, Support::overriddenBy)
                .containsExactly(tuple("Art. 1", "Art. 2"), tuple("Art. 2", null));
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.INACTIVE);
        assertThat(result.firedRules()).doesNotContain("consult");
    }

    @Test
    void should_let_both_positive_clauses_stand_when_the_exception_does_not_fire() {
        // given: Art. 2 does not fire when someone is killed
        Draft draft = chain(CHAIN);

        // when
        WorldResult result = draft.evaluate(strike("UA", 3));

        // then
        assertThat(result.term("aggression")).isEqualTo(TermStatus.HOLDS);
        assertThat(result.terms().get("aggression").supports())
                .extracting(Support::clause, Support::overriddenBy)
                .containsExactly(tuple("Art. 1", null), tuple("Art. 3", null));
        assertThat(result.commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
    }

    @Test
    void should_decide_in_the_session_when_the_exceptions_arrive_late_through_chains() {
        // given: the exception and the exception to it each rest on terms other clauses conclude first
        Draft draft = chain(CHAIN
                .replace("$i : Incident(killed < 1)", "$i : Incident(killed < 1)\n    Holds(term == \"strike\", incident == $i)")
                .replace("$i : Incident(country == \"UA\")", "$i : Incident()\n    Holds(term == \"strike on Ukraine\", incident == $i)")
                + """

                rule "strike"
                    @clause("Art. 10")
                    @text("A missile strike is a strike.")
                when
                    $i : Incident(act == Act.MISSILE_STRIKE)
                then
                    holds("strike", $i);
                end

                rule "strike-on-ukraine"
                    @clause("Art. 11")
                    @text("A strike in Ukraine is a strike on Ukraine.")
                when
                    $i : Incident(country == "UA")
                    Holds(term == "strike", incident == $i)
                then
                    holds("strike on Ukraine", $i);
                end
                """);

        // when
        WorldResult inUkraine = draft.evaluate(strike("UA", 0));
        WorldResult inPoland = draft.evaluate(strike("PL", 0));

        // then
        assertThat(inUkraine.term("aggression")).isEqualTo(TermStatus.HOLDS);
        assertThat(inUkraine.terms().get("aggression").supports())
                .extracting(Support::clause, Support::overriddenBy)
                .containsExactly(tuple("Art. 1", null), tuple("Art. 2", "Art. 3"), tuple("Art. 3", null));
        assertThat(inUkraine.commitment("FR/consult")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(inPoland.term("aggression")).isEqualTo(TermStatus.DOES_NOT_HOLD);
        assertThat(inPoland.commitment("FR/consult")).isEqualTo(CommitmentStatus.INACTIVE);
    }

    @Test
    void should_chain_precedence_for_commitments_as_for_terms() {
        // given: Art. 5 withholds assistance over Art. 4's activation, Art. 6 restores it over Art. 5,
        // with a deadline of its own
        String clauses = """
                package casus.chain;

                rule "assist"
                    @clause("Art. 4")
                    @text("On a strike each guarantor assists.")
                when
                    $i : Incident(actorKind == ActorKind.STATE)
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("assist", $p);
                end

                rule "no-assist-abroad"
                    @clause("Art. 5")
                    @text("No assistance is owed for a strike outside Ukraine.")
                    @overrides("Art. 4")
                when
                    $i : Incident(country != "UA")
                    $p : Party(role == Role.GUARANTOR)
                then
                    withhold("assist", $p);
                end

                rule "assist-in-moldova"
                    @clause("Art. 6")
                    @text("Assistance is owed for a strike in Moldova.")
                    @overrides("Art. 5")
                when
                    $i : Incident(country == "MD")
                    $p : Party(role == Role.GUARANTOR)
                then
                    activate("assist", $p, "48h");
                end
                """;
        Draft draft = chain(clauses);

        // when
        WorldResult moldova = draft.evaluate(strike("MD", 1));
        WorldResult poland = draft.evaluate(strike("PL", 1));

        // then
        assertThat(moldova.commitment("FR/assist")).isEqualTo(CommitmentStatus.ACTIVE);
        assertThat(moldova.commitments().get("FR/assist").supports())
                .extracting(Support::clause, Support::overriddenBy)
                .containsExactly(tuple("Art. 4", null), tuple("Art. 5", "Art. 6"), tuple("Art. 6", null));
        assertThat(moldova.commitments().get("FR/assist").deadlines())
                .containsExactly(Duration.ofHours(48), Duration.ofHours(72));
        assertThat(poland.commitment("FR/assist")).isEqualTo(CommitmentStatus.INACTIVE);
    }
}
