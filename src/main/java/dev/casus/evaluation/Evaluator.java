package dev.casus.evaluation;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.WorldResult;
import dev.casus.draft.CompiledDraft;
import dev.casus.engine.Bounds;
import dev.casus.engine.RuleBase;
import dev.casus.model.Incident;

import dev.casus.draft.Area;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Evaluates one concrete world of a draft: a session fires the clauses, and the result is decided from what stands. */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Evaluates a timeline of concrete incidents as one world, with some clauses (by rule name) not
     * applied (how the "not applied" reading of an open-textured clause is tried), within {@code bounds}.
     */
    public static WorldResult evaluate(CompiledDraft draft, List<Incident> timeline, Set<String> rulesNotApplied, Bounds bounds) {
        Objects.requireNonNull(timeline, "timeline must not be null");
        Objects.requireNonNull(rulesNotApplied, "rulesNotApplied must not be null");
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("timeline must hold at least one incident");
        }
        draft.countEvaluation();
        if (!draft.areasRead().isEmpty()) {
            // the areas an incident lies in follow from its place; clauses ask them with inArea
            timeline = timeline.stream().map(i -> i.toBuilder().areas(Area.containing(i, draft.areasRead())).build()).toList();
        }
        Dates dates = Dates.of(draft, timeline);
        RuleBase.Outcome outcome = dates.inForce().isEmpty() ? Dates.nothing()
                : dates.keepOwed(draft.ruleBase().evaluate(dates.parties(), dates.inForce(), rulesNotApplied, bounds));
        return WorldBuilder.build(outcome, timeline, draft.parties(), draft.commitments(), draft.decisions(),
                draft.clausesByRule(), dates.notes());
    }

    /** Evaluates a timeline with every clause applied, within the default bounds, starting now. */
    public static WorldResult evaluate(CompiledDraft draft, List<Incident> timeline) {
        return evaluate(draft, timeline, Set.of(), boundsFrom(AnalysisOptions.defaults()));
    }

    /** The bounds {@code options} set for one case, starting now. */
    public static Bounds boundsFrom(AnalysisOptions options) {
        return Bounds.startingNow(options.maxFirings(), options.caseTimeout());
    }
}
