package dev.casus.api;

import dev.casus.model.Case;

import java.nio.file.Path;
import dev.casus.model.Case.Expectation;
import dev.casus.model.Problem;

import java.util.Comparator;
import java.util.List;

/**
 * Everything one run found: every draft that loaded with its case runs, the problems of the drafts and
 * case files that could not be used, and the cases that could not run because their draft did not load.
 *
 * @param invalidDrafts draft ids that failed to load
 * @param invalidSuites case files that could not be read as a whole
 * @param confined      true when the clauses were confined (the default); false when the run trusted
 *                      them, so that they could run any Java with the rights of the process
 * @param notRun        each case against each draft it names that did not load, sorted by draft, file and line
 */
public record RunResult(List<DraftRun> drafts, List<Problem> problems, List<String> invalidDrafts,
                        List<String> invalidSuites, boolean confined, List<NotRun> notRun) {

    /** A run whose clauses were confined. */
    public RunResult(List<DraftRun> drafts, List<Problem> problems, List<String> invalidDrafts, List<String> invalidSuites) {
        this(drafts, problems, invalidDrafts, invalidSuites, true);
    }

    /** A run in which every case named a draft that loaded. */
    public RunResult(List<DraftRun> drafts, List<Problem> problems, List<String> invalidDrafts, List<String> invalidSuites,
                     boolean confined) {
        this(drafts, problems, invalidDrafts, invalidSuites, confined, List.of());
    }

    public RunResult {
        drafts = List.copyOf(drafts);
        problems = problems.stream().sorted().toList();
        invalidDrafts = List.copyOf(invalidDrafts);
        invalidSuites = List.copyOf(invalidSuites);
        notRun = notRun.stream().sorted(NotRun.ORDER).toList();
    }

    /**
     * A case that was not run against a draft it names, because that draft did not load. Its own problems,
     * if it has any, are among the run's {@link #problems()}.
     *
     * @param line   the line of the case in its file
     * @param reason why it did not run, in words, e.g. "draft pact did not load"
     */
    public record NotRun(String draftId, Path file, String caseId, int line, String reason) {

        static final Comparator<NotRun> ORDER = Comparator.comparing(NotRun::draftId)
                .thenComparing(n -> n.file().toString()).thenComparingInt(NotRun::line).thenComparing(NotRun::caseId);
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

    /** 0 all met, 1 some expectation failed, 3 invalid rules or cases (and so cases not run). */
    public int exitCode() {
        if (!invalidDrafts.isEmpty() || !invalidSuites.isEmpty() || caseErrors() > 0 || !notRun.isEmpty()) {
            return 3;
        }
        return failed() > 0 ? 1 : 0;
    }

    /**
     * The check of one expectation.
     *
     * @param actual     what came out, in words; for a passed check, the confirmed outcome
     * @param unexpected true for a failure strict mode adds: a finding that no expectation names
     */
    public record ExpectationResult(Expectation expectation, boolean passed, String actual, boolean unexpected) {

        public ExpectationResult(Expectation expectation, boolean passed, String actual) {
            this(expectation, passed, actual, false);
        }
    }

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

    /**
     * Clause coverage of a draft by its suites. A clause takes effect when some conclusion of it stood
     * in some case and world. It is masked when it fired but never took effect: every conclusion it made
     * was set aside by precedence, or withdrawn before the world was decided because what it rested on
     * was set aside. A masked clause never changed an outcome.
     *
     * @param clauses    how many clauses the draft has
     * @param fired      how many fired in some case and world, masked ones included
     * @param neverFired the ids of the clauses that never fired
     * @param masked     the ids of the clauses that fired but never took effect
     */
    public record Coverage(int clauses, int fired, List<String> neverFired, List<String> masked) {

        public Coverage {
            neverFired = List.copyOf(neverFired);
            masked = List.copyOf(masked);
        }

        /** How many clauses take effect: fired, and not masked. */
        public int effective() {
            return fired - masked.size();
        }

        /** The share of clauses that take effect, in percent, rounded to one decimal. */
        public double percent() {
            return clauses == 0 ? 0 : Math.round(1000.0 * effective() / clauses) / 10.0;
        }
    }

    /**
     * A draft with the runs of every case that tests it, in suite file and case order, and the findings
     * of the draft as a whole.
     *
     * @param draftId        the draft's folder name
     * @param commitments    every {@code party/commitment} the draft declares as owed, sorted
     * @param findings       static findings (wording-drift, undefined-term) and dead clauses (never fired, or masked), sorted
     * @param coverage       the clauses its suites fired, and which of those took effect
     * @param strictFailures draft findings that strict mode counts as failures: no case expects them
     * @param discretion     the ids of the commitments whose content draft.yaml leaves to the party ({@code discretion: content})
     */
    public record DraftRun(String draftId, String title, String version, List<String> commitments, List<CaseRun> cases, List<Finding> findings, Coverage coverage,
                           List<Finding> strictFailures, List<String> discretion) {

        /** A draft run with no commitment whose content is at the party's discretion. */
        public DraftRun(String draftId, String title, String version, List<String> commitments, List<CaseRun> cases,
                        List<Finding> findings, Coverage coverage, List<Finding> strictFailures) {
            this(draftId, title, version, commitments, cases, findings, coverage, strictFailures, List.of());
        }

        public DraftRun {
            discretion = discretion == null ? List.of() : List.copyOf(discretion);
            commitments = List.copyOf(commitments);
            cases = List.copyOf(cases);
            findings = findings.stream().sorted().toList();
            strictFailures = strictFailures.stream().sorted().toList();
        }
    }
}
