package dev.casus.api;

import java.util.List;

/**
 * A draft with the runs of every case that tests it, in suite file and case order, and the findings
 * of the draft as a whole.
 *
 * @param draftId        the draft's folder name
 * @param commitments    every {@code party/commitment} the draft declares as owed, sorted
 * @param findings       static findings (wording-drift, undefined-term) and dead clauses (never fired, or masked), sorted
 * @param coverage       the clauses its suites fired, and which of those took effect
 * @param strictFailures draft findings that strict mode counts as failures: no case expects them
 */
public record DraftRun(String draftId, String title, String version, List<String> commitments, List<CaseRun> cases, List<Finding> findings, Coverage coverage,
                       List<Finding> strictFailures) {

    public DraftRun {
        commitments = List.copyOf(commitments);
        cases = List.copyOf(cases);
        findings = findings.stream().sorted().toList();
        strictFailures = strictFailures.stream().sorted().toList();
    }
}
