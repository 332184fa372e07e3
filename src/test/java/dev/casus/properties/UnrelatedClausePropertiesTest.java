package dev.casus.properties;

import dev.casus.Draft;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.CaseAnalysis.World;
import dev.casus.api.WorldResult;
import dev.casus.properties.ClauseModel.Conclusion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a clause about a new term, which no other clause reads, changes no other answer: the
 * commitments, the other terms, and the findings on the other clauses stay as they were.
 */
class UnrelatedClausePropertiesTest {

    private static final String NEW_TERM = "side issue";
    private static final int MAX_WORLDS = 32;
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withMaxWorlds(MAX_WORLDS);

    /** A draft, the clauses added to it, and cases. */
    record Scenario(DraftModel draft, List<ClauseModel> added, List<CaseModel> cases) {

        DraftModel extended() {
            return draft.plus(added);
        }

        Set<String> addedIds() {
            return added.stream().map(ClauseModel::id).collect(Collectors.toSet());
        }

        /** The clauses of the draft that the new term follows from: those that conclude a term an added clause requires, and so on. */
        Set<String> upstreamOfNewTerm() {
            Set<String> terms = new TreeSet<>();
            added.forEach(c -> terms.addAll(c.premises()));
            Set<String> clauses = new TreeSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ClauseModel c : draft.clauses()) {
                    if (!c.conclusion().commitment() && terms.contains(c.conclusion().subject()) && clauses.add(c.id())) {
                        grew |= terms.addAll(c.premises());
                    }
                }
            }
            return clauses;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Generators.precedenceDrafts().flatMap(draft -> Combinators.combine(
                        added(draft).list().ofMinSize(1).ofMaxSize(2),
                        Generators.event("e1", Generators.FEW).map(CaseModel::of)
                                .filter(c -> c.expectedWorlds(draft) <= MAX_WORLDS).list().ofSize(1))
                .as((added, cases) -> {
                    List<ClauseModel> numbered = new ArrayList<>();
                    for (int i = 0; i < added.size(); i++) {
                        numbered.add(added.get(i).withRule("side-" + (i + 1), "Art. " + (90 + i)));
                    }
                    return new Scenario(draft, numbered, cases);
                }));
    }

    /**
     * A clause about the new term: it reads only conditions the draft already has (so the worlds
     * stay the same) and may chain on a term that other clauses already require.
     */
    private static Arbitrary<ClauseModel> added(DraftModel draft) {
        List<Condition> conditions = draft.conditions();
        Arbitrary<List<Condition>> some = conditions.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(conditions).list().ofMaxSize(2).uniqueElements();
        List<List<String>> premises = new ArrayList<>();
        premises.add(List.of());
        draft.termsRequired().forEach(t -> premises.add(List.of(t)));
        return Combinators.combine(some, Arbitraries.of(premises), Arbitraries.of(true, false))
                .as((k, p, positive) -> new ClauseModel("", "", k, p, Conclusion.term(NEW_TERM, positive), List.of(), false));
    }

    @Property(tries = 15)
    void should_change_no_other_answer_when_a_clause_about_a_new_term_is_added(@ForAll("scenarios") Scenario scenario) {
        // given
        Draft before = Drafts.load(scenario.draft());
        Draft after = Drafts.load(scenario.extended());
        Set<String> added = scenario.addedIds();
        Set<String> addedRules = scenario.added().stream().map(ClauseModel::rule).collect(Collectors.toSet());
        for (CaseModel c : scenario.cases()) {
            // when
            CaseAnalysis was = before.analyse(c.toCase("c"), OPTIONS);
            CaseAnalysis is = after.analyse(c.toCase("c"), OPTIONS);

            // then
            assertThat(is.worlds().stream().map(World::describe)).containsExactlyElementsOf(
                    was.worlds().stream().map(World::describe).toList());
            assertThat(is.commitments()).as("commitments").isEqualTo(was.commitments());
            assertThat(withoutNewTerm(is.terms())).as("terms").isEqualTo(was.terms());
            for (int w = 0; w < was.results().size(); w++) {
                assertThat(worldWithoutNewTerm(is.results().get(w))).as("world %s", was.worlds().get(w).describe())
                        .isEqualTo(worldWithoutNewTerm(was.results().get(w)));
            }
            boolean addedFired = is.firedRules().stream().anyMatch(addedRules::contains);
            Set<String> findingsBefore = findingsOnOtherClauses(was.findings().stream()
                    .filter(f -> !(addedFired && f.kind() == FindingKind.SILENT)).toList(), added);
            Set<String> findingsAfter = findingsOnOtherClauses(is.findings(), added);
            Set<String> upstream = scenario.upstreamOfNewTerm();
            Set<String> aboutNewTerm = findingsOnOtherClauses(is.findings().stream()
                    .filter(f -> f.subject().contains(NEW_TERM) && upstream.containsAll(f.clauses().stream()
                            .filter(k -> !added.contains(k)).toList())).toList(), added);
            assertThat(findingsAfter).as("findings on the other clauses, after adding %s", added)
                    .containsAll(findingsBefore);
            assertThat(findingsAfter).as("new findings on the other clauses, after adding %s (findings about \"%s\" on %s aside)",
                            added, NEW_TERM, upstream)
                    .isSubsetOf(union(findingsBefore, aboutNewTerm));
        }
        assertThat(staticFindingsOnOtherClauses(after.staticFindings(), added)).as("static findings on the other clauses")
                .isEqualTo(staticFindingsOnOtherClauses(before.staticFindings(), added));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static SortedMap<String, Answer> withoutNewTerm(SortedMap<String, Answer> terms) {
        SortedMap<String, Answer> out = new TreeMap<>(terms);
        out.remove(NEW_TERM);
        return out;
    }

    private static List<Object> worldWithoutNewTerm(WorldResult result) {
        Map<String, Object> terms = new TreeMap<>(result.terms());
        terms.remove(NEW_TERM);
        return List.of(terms, result.commitments());
    }

    /**
     * Findings as a case's expectations name them, by kind and clause, for every clause but the
     * added ones: a silent finding (no clause) counts as one with an empty clause.
     */
    private static Set<String> findingsOnOtherClauses(List<Finding> findings, Set<String> added) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            if (f.clauses().isEmpty()) {
                out.add(f.kind().label());
            }
            f.clauses().stream().filter(c -> !added.contains(c)).forEach(c -> out.add(f.kind().label() + " on " + c));
        }
        return out;
    }

    /** Static findings that neither name an added clause nor speak of the new term, with the file by its name only. */
    private static List<String> staticFindingsOnOtherClauses(List<Finding> findings, Set<String> added) {
        return findings.stream()
                .filter(f -> f.clauses().stream().noneMatch(added::contains) && !f.subject().equals(NEW_TERM)
                        && !f.reason().contains(NEW_TERM))
                .map(f -> f.kind().label() + " " + f.clauses() + " " + f.subject() + " " + f.reason() + " "
                        + (f.file() == null ? "" : f.file().getFileName()) + ":" + f.line() + (f.warning() ? " warning" : ""))
                .toList();
    }
}
