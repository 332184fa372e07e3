package dev.casus.analysis;

import dev.casus.api.WorldResult;
import dev.casus.draft.CompiledDraft;
import dev.casus.engine.Bounds;
import dev.casus.evaluation.Evaluator;
import dev.casus.model.Incident;

import java.util.List;
import java.util.Set;

/**
 * The one way analysis evaluates a world: the case's own worlds, and every re-evaluation a detector
 * makes. Detectors receive it explicitly, so a test can count or fake what they evaluate.
 */
@FunctionalInterface
interface WorldEvaluator {

    /** Evaluates a timeline of concrete incidents as one world, with the clauses of {@code rulesNotApplied} (rule names) left out. */
    WorldResult evaluate(List<Incident> timeline, Set<String> rulesNotApplied);

    /** Evaluates a timeline with every clause applied. */
    default WorldResult evaluate(List<Incident> timeline) {
        return evaluate(timeline, Set.of());
    }

    /** Evaluates through the draft's rule base, one session per world, within {@code bounds}. */
    static WorldEvaluator of(CompiledDraft draft, Bounds bounds) {
        return (timeline, rulesNotApplied) -> Evaluator.evaluate(draft, timeline, rulesNotApplied, bounds);
    }
}
