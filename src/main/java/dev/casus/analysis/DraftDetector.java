package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.draft.CompiledDraft;

import java.util.List;

/** Finds one kind of problem a draft shows without any case, from its clauses as read. Evaluates nothing. */
interface DraftDetector {

    /** The findings, in any order; without clause wording, which the caller adds. */
    List<Finding> detect(CompiledDraft draft);
}
