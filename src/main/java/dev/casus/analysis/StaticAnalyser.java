package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.draft.CompiledDraft;

import java.util.List;

/**
 * The findings a draft shows without any case: wording that drifts from the rule, and terms or
 * commitments that are required, concluded or declared but never defined or used.
 */
public final class StaticAnalyser {

    private static final List<DraftDetector> DETECTORS = List.of(new WordingDriftDetector(), new UndefinedTermDetector());

    private StaticAnalyser() {
    }

    /** Every static finding of the draft, with its clauses' wording, sorted. */
    public static List<Finding> analyse(CompiledDraft draft) {
        return DETECTORS.stream().flatMap(d -> d.detect(draft).stream())
                .map(f -> f.withWording(draft.wordingOf(f.clauses()))).sorted().toList();
    }
}
