package dev.casus.evaluation;

import dev.casus.api.WorldResult;
import dev.casus.draft.CompiledDraft;
import dev.casus.engine.RuleBase;
import dev.casus.model.Incident;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Evaluates one concrete world of a draft: a session fires the clauses, and the result is decided from what stands. */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates a timeline of concrete incidents as one world, with some clauses (by rule name) not
     * applied: how the "not applied" reading of an open-textured clause is tried.
     */
    public static WorldResult evaluate(CompiledDraft draft, List<Incident> timeline, Set<String> rulesNotApplied) {
        Objects.requireNonNull(timeline, "timeline must not be null");
        Objects.requireNonNull(rulesNotApplied, "rulesNotApplied must not be null");
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("timeline must hold at least one incident");
        }
        draft.countEvaluation();
        RuleBase.Outcome outcome = draft.ruleBase().evaluate(draft.parties(), timeline, rulesNotApplied);
        return WorldBuilder.build(outcome, timeline, draft.parties(), draft.commitments(), draft.clausesByRule());
    }

    /** Evaluates a timeline with every clause applied. */
    public static WorldResult evaluate(CompiledDraft draft, List<Incident> timeline) {
        return evaluate(draft, timeline, Set.of());
    }
}
