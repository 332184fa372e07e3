package dev.casus.cases;

import dev.casus.model.Case;

import dev.casus.model.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A case file: the drafts it tests and its cases. Cases that could not be read are kept as
 * {@link BadCase}s, so that none is dropped silently.
 *
 * @param strict when true, a finding the case does not expect fails it
 */
public record Suite(Path file, List<String> drafts, boolean strict, List<Case> cases, List<BadCase> badCases) {

    public Suite {
        drafts = List.copyOf(drafts);
        cases = List.copyOf(cases);
        badCases = List.copyOf(badCases);
    }

    /** A case entry with problems; it is reported and counted, never run. */
    public record BadCase(String id, int line, List<Problem> problems) {
        public BadCase {
            problems = problems.stream().sorted().toList();
        }
    }
}
