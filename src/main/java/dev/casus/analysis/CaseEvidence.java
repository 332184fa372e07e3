package dev.casus.analysis;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis.World;
import dev.casus.api.WorldResult;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Case;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * What a case detector looks at: a case's possible worlds as evaluated, the answers across them, and
 * the evaluator to try a world again another way.
 *
 * @param draft       the draft, for its clauses and vocabulary; its worlds are evaluated only through {@code evaluator}
 * @param worlds      the possible worlds, in a fixed order
 * @param results     each world's result, in the order of {@code worlds}
 * @param commitments the answer for each commitment, conflicts read both ways
 * @param terms       the answer for each term, conflicts read both ways
 * @param firedRules  the rules that fired in some world or in some reading of a conflict
 * @param evaluator   evaluates a world again: with clauses not applied, or with a fact moved
 */
record CaseEvidence(CompiledDraft draft, Case theCase, List<World> worlds, List<WorldResult> results,
                    SortedMap<String, Answer> commitments, SortedMap<String, Answer> terms, Set<String> firedRules,
                    AnalysisOptions options, WorldEvaluator evaluator) {

    CaseEvidence {
        worlds = List.copyOf(worlds);
        results = List.copyOf(results);
        firedRules = Set.copyOf(firedRules);
    }

    /** The case's id, as case findings carry it. */
    String caseId() {
        return theCase.id();
    }
}
