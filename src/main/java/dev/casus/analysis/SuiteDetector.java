package dev.casus.analysis;

import dev.casus.api.Finding;

import java.util.List;

/**
 * Finds one kind of problem that shows only once every case testing a draft has run. Reads the
 * cases' analyses; evaluates nothing.
 */
interface SuiteDetector {

    /** The findings, in any order; without clause wording, which the caller adds. */
    List<Finding> detect(SuiteEvidence suite);
}
