package dev.casus.api;

import dev.casus.model.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * One case run against one draft: its analysis and checked expectations, or the problems that kept it from running.
 *
 * @param analysis null when the case could not run
 */
public record CaseRun(Path file, String caseId, int line, CaseAnalysis analysis, List<ExpectationResult> expectations,
                      List<Problem> errors) {

    public CaseRun {
        expectations = List.copyOf(expectations);
        errors = List.copyOf(errors);
    }

    public boolean isError() {
        return !errors.isEmpty();
    }

    public long passed() {
        return expectations.stream().filter(ExpectationResult::passed).count();
    }

    public long failed() {
        return expectations.stream().filter(r -> !r.passed()).count();
    }
}
