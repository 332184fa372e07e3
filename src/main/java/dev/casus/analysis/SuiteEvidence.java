package dev.casus.analysis;

import dev.casus.api.CaseAnalysis;
import dev.casus.draft.CompiledDraft;

import java.util.List;

/**
 * What a suite detector looks at: every case that tests a draft, once all have run.
 *
 * @param cases    how many cases test the draft, those that could not be analysed included
 * @param analyses the analyses of those that could, in suite order
 */
record SuiteEvidence(CompiledDraft draft, int cases, List<CaseAnalysis> analyses) {

    SuiteEvidence {
        analyses = List.copyOf(analyses);
    }
}
