package dev.casus.api;

import dev.casus.model.Problem;

import java.util.List;

/**
 * Everything one run found: every draft that loaded with its case runs, and the problems of the
 * drafts and case files that could not be used.
 *
 * @param invalidDrafts draft ids that failed to load
 * @param invalidSuites case files that could not be read as a whole
 */
public record RunResult(List<DraftRun> drafts, List<Problem> problems, List<String> invalidDrafts,
                        List<String> invalidSuites) {

    public RunResult {
        drafts = List.copyOf(drafts);
        problems = problems.stream().sorted().toList();
        invalidDrafts = List.copyOf(invalidDrafts);
        invalidSuites = List.copyOf(invalidSuites);
    }

    public long cases() {
        return drafts.stream().mapToLong(d -> d.cases().size()).sum();
    }

    public long passed() {
        return drafts.stream().flatMap(d -> d.cases().stream()).mapToLong(CaseRun::passed).sum();
    }

    /** Failed expectations, plus draft findings that strict mode counts as failures. */
    public long failed() {
        return drafts.stream().flatMap(d -> d.cases().stream()).mapToLong(CaseRun::failed).sum()
                + drafts.stream().mapToLong(d -> d.strictFailures().size()).sum();
    }

    /** Cases that could not run: bad entries in a case file, or clauses that failed on them. */
    public long caseErrors() {
        return drafts.stream().flatMap(d -> d.cases().stream()).filter(CaseRun::isError).count();
    }

    /** 0 all met, 1 some expectation failed, 3 invalid rules or cases. */
    public int exitCode() {
        if (!invalidDrafts.isEmpty() || !invalidSuites.isEmpty() || caseErrors() > 0) {
            return 3;
        }
        return failed() > 0 ? 1 : 0;
    }
}
