package dev.casus.analysis;

import dev.casus.api.Finding;

import java.util.List;

/**
 * Finds one kind of ambiguity in one case, from its evaluated worlds. Each implementation says in its
 * Javadoc what it evaluates again, if anything, and does so only through the evidence's evaluator.
 */
interface Detector {

    /** The findings this case exposes, in any order; without clause wording, which the analyser adds. */
    List<Finding> detect(CaseEvidence evidence);
}
