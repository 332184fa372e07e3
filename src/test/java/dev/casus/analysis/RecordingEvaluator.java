package dev.casus.analysis;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.WorldResult;
import dev.casus.draft.CompiledDraft;
import dev.casus.evaluation.Evaluator;
import dev.casus.model.Incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Evaluates through a draft, and records every world it is asked to evaluate. */
final class RecordingEvaluator implements WorldEvaluator {

    /** One evaluation asked for. */
    record Call(List<Incident> timeline, Set<String> rulesNotApplied) {
    }

    private final WorldEvaluator draft;
    private final List<Call> calls = new ArrayList<>();

    RecordingEvaluator(CompiledDraft draft) {
        this.draft = WorldEvaluator.of(draft, Evaluator.boundsFrom(AnalysisOptions.defaults()));
    }

    @Override
    public synchronized WorldResult evaluate(List<Incident> timeline, Set<String> rulesNotApplied) {
        calls.add(new Call(List.copyOf(timeline), Set.copyOf(rulesNotApplied)));
        return draft.evaluate(timeline, rulesNotApplied);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized void forget() {
        calls.clear();
    }
}
