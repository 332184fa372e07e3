package dev.casus.properties;

import dev.casus.Draft;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.WorldResult.CommitmentResult;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.WorldResult.TermResult;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;
import dev.casus.properties.Generators.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conclusion set aside by precedence never shows in a result: whatever precedence sets aside,
 * each term and commitment is decided by the conclusions that stand, and nothing follows from the
 * ones that do not.
 */
class PrecedencePropertiesTest {

    private static final int MAX_WORLDS = 48;
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withFindings(false).withMaxWorlds(MAX_WORLDS);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Generators.precedenceDrafts().flatMap(draft -> Generators.event("e1", Generators.FEW).map(CaseModel::of)
                .filter(c -> c.expectedWorlds(draft) <= MAX_WORLDS).list().ofMinSize(1).ofMaxSize(3)
                .map(cases -> new Scenario(draft, cases)));
    }

    @Property(tries = 25)
    void should_decide_every_term_and_commitment_by_the_conclusions_that_stand(@ForAll("scenarios") Scenario scenario) {
        // given
        Draft draft = Drafts.load(scenario.draft());
        Set<String> chained = scenario.draft().clauses().stream().filter(c -> c.premises().contains("aggression"))
                .map(ClauseModel::rule).collect(Collectors.toSet());
        for (CaseModel c : scenario.cases()) {
            // when
            CaseAnalysis analysis = draft.analyse(c.toCase("c"), OPTIONS);

            // then
            for (int w = 0; w < analysis.results().size(); w++) {
                WorldResult result = analysis.results().get(w);
                String world = analysis.worlds().get(w).describe();
                for (TermResult term : result.terms().values()) {
                    assertThat(term.status()).as("\"%s\" in world %s, with %s", term.term(), world, term.supports())
                            .isEqualTo(termStatus(term.supports()));
                }
                for (CommitmentResult commitment : result.commitments().values()) {
                    assertDecidedByStanding(commitment, world);
                }
                List<Support> followingFromAggression = Stream.concat(
                                result.terms().values().stream().flatMap(t -> t.supports().stream()),
                                result.commitments().values().stream().flatMap(k -> k.supports().stream()))
                        .filter(s -> chained.contains(s.rule())).toList();
                if (!followingFromAggression.isEmpty()) {
                    assertThat(result.term("aggression"))
                            .as("in world %s, %s follow from \"aggression\", whose conclusions are %s",
                                    world, followingFromAggression, result.terms().get("aggression"))
                            .isEqualTo(TermStatus.HOLDS);
                }
            }
            for (Finding conflict : analysis.findings(FindingKind.CONFLICT)) {
                assertThat(analysis.results()).as("a world where every clause of %s stands", conflict)
                        .anySatisfy(r -> assertThat(standingClauses(r, conflict.subject())).containsAll(conflict.clauses()));
            }
        }
    }

    /** A term holds when only positive conclusions stand; a conflict needs both to stand. */
    private static TermStatus termStatus(List<Support> supports) {
        boolean positive = supports.stream().anyMatch(s -> s.stands() && s.positive());
        boolean negative = supports.stream().anyMatch(s -> s.stands() && !s.positive());
        return positive && negative ? TermStatus.CONFLICT : positive ? TermStatus.HOLDS : TermStatus.DOES_NOT_HOLD;
    }

    private static void assertDecidedByStanding(CommitmentResult commitment, String world) {
        List<Support> supports = commitment.supports();
        boolean positive = supports.stream().anyMatch(s -> s.stands() && s.positive());
        boolean negative = supports.stream().anyMatch(s -> s.stands() && !s.positive());
        CommitmentStatus activated = commitment.key().equals("DE/assist") ? CommitmentStatus.CONDITIONAL : CommitmentStatus.ACTIVE;
        CommitmentStatus expected = positive && negative ? CommitmentStatus.CONFLICT
                : positive ? activated : CommitmentStatus.INACTIVE;
        assertThat(commitment.status()).as("%s in world %s, with %s", commitment.key(), world, supports).isEqualTo(expected);
        List<Duration> standingDeadlines = supports.stream().filter(s -> s.stands() && s.positive())
                .map(Support::deadline).filter(Objects::nonNull).distinct().sorted().toList();
        assertThat(commitment.deadlines()).as("deadlines of %s in world %s, with %s", commitment.key(), world, supports)
                .isEqualTo(standingDeadlines);
    }

    private static Set<String> standingClauses(WorldResult result, String subject) {
        List<Support> supports = result.terms().containsKey(subject) ? result.terms().get(subject).supports()
                : result.commitments().containsKey(subject) ? result.commitments().get(subject).supports() : List.of();
        return supports.stream().filter(Support::stands).map(Support::clause).collect(Collectors.toSet());
    }
}
