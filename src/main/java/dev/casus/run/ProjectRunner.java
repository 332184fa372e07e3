package dev.casus.run;

import dev.casus.analysis.CaseAnalyser;
import dev.casus.analysis.StaticAnalyser;
import dev.casus.analysis.SuiteAnalyser;
import dev.casus.analysis.SuiteAnalyser.SuiteFindings;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.RunResult;
import dev.casus.api.RunResult.CaseRun;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.api.RunResult.ExpectationResult;
import dev.casus.api.RunResult.NotRun;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.engine.Bounds;
import dev.casus.evaluation.Evaluator;
import dev.casus.draft.DraftLoader;
import dev.casus.model.Case;
import dev.casus.model.EvaluationException;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs a project: every draft in a rules folder against every case file that names it, cases in
 * parallel, results in a fixed order whatever the thread count.
 */
public final class ProjectRunner {

    private final AnalysisOptions options;
    private final int threads;
    private final boolean strict;
    private final boolean trustClauses;

    /** @param threads how many cases to analyse at once; at least 1 */
    public ProjectRunner(AnalysisOptions options, int threads) {
        this(options, threads, false);
    }

    /**
     * @param threads how many cases to analyse at once; at least 1
     * @param strict  when true, every suite runs as if it said {@code strict: true}
     */
    public ProjectRunner(AnalysisOptions options, int threads, boolean strict) {
        this(options, threads, strict, false);
    }

    /**
     * @param threads      how many cases to analyse at once; at least 1
     * @param strict       when true, every suite runs as if it said {@code strict: true}
     * @param trustClauses when true, clauses are not confined: they may run any Java
     */
    public ProjectRunner(AnalysisOptions options, int threads, boolean strict, boolean trustClauses) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.options = options;
        this.threads = threads;
        this.strict = strict;
        this.trustClauses = trustClauses;
    }

    /** False when this runner trusts clauses, so that they may run any Java. */
    public boolean confined() {
        return !trustClauses;
    }

    /**
     * The drafts of a rules folder that loaded, and the problems of those that did not.
     *
     * @param invalid    the ids of the drafts that did not load
     * @param attributes the extra attributes of each draft whose draft.yaml could be read, loaded or not, as
     *                   case files are checked against them; a draft whose draft.yaml is broken is missing here
     */
    public record Drafts(Map<String, CompiledDraft> loaded, Set<String> all, List<Problem> problems, List<String> invalid,
                         Map<String, List<AttributeDeclaration>> attributes) {
    }

    /** Loads every draft folder under {@code rulesDir}, in parallel. */
    public Drafts loadDrafts(Path rulesDir) {
        List<Path> folders = list(rulesDir, Files::isDirectory);
        List<Problem> problems = new ArrayList<>();
        if (Files.isRegularFile(rulesDir)) {
            problems.add(new Problem(rulesDir, 0, 0, "is a file: --rules names the folder that holds one folder per draft"));
        } else if (!Files.isDirectory(rulesDir)) {
            problems.add(new Problem(rulesDir, 0, 0, "no such rules folder"));
        } else if (folders.isEmpty()) {
            problems.add(new Problem(rulesDir, 0, 0, "no drafts: add a folder with a draft.yaml and .drl clauses"));
        }
        Map<String, CompiledDraft> loaded = new TreeMap<>();
        Set<String> all = new TreeSet<>();
        List<String> invalid = new ArrayList<>();
        Map<String, List<AttributeDeclaration>> attributes = new TreeMap<>();
        List<Future<DraftLoader.Attempt>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path folder : folders) {
                all.add(folder.getFileName().toString());
                futures.add(pool.submit(() -> DraftLoader.attempt(folder, trustClauses)));
            }
            for (int i = 0; i < folders.size(); i++) {
                String id = folders.get(i).getFileName().toString();
                DraftLoader.Attempt attempt;
                try {
                    attempt = futures.get(i).get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InvalidInputException invalidInput) {
                        attempt = new DraftLoader.Attempt(null, Optional.empty(), invalidInput.problems());
                    } else if (e.getCause() instanceof Error error) {
                        // out of stack or memory on what a user wrote: that draft fails, the others load
                        attempt = new DraftLoader.Attempt(null, Optional.empty(), List.of(new Problem(folders.get(i), 0, 0,
                                "the draft could not be loaded: " + error.getClass().getSimpleName()
                                        + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")"))));
                    } else {
                        throw new IllegalStateException("loading " + folders.get(i) + " failed", e.getCause());
                    }
                }
                attempt.attributes().ifPresent(declared -> attributes.put(id, declared));
                if (attempt.draft() != null) {
                    loaded.put(id, attempt.draft());
                } else {
                    // a problem of the project's vocabulary.yaml is found by every draft: said once
                    attempt.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
                    invalid.add(id);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Drafts(loaded, all, problems, invalid, attributes);
    }

    /** The case files a path names: the file itself, or every .yaml/.yml file in the folder. */
    public static List<Path> caseFiles(Path casesPath) {
        if (Files.isRegularFile(casesPath)) {
            return List.of(casesPath);
        }
        return list(casesPath, ProjectRunner::isCaseFile);
    }

    private static boolean isCaseFile(Path f) {
        String name = f.getFileName().toString();
        return Files.isRegularFile(f) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The problem of a cases path that does not exist or holds no case file, if it is so. */
    public static Optional<Problem> noCaseFiles(Path casesPath) {
        if (!Files.exists(casesPath)) {
            return Optional.of(new Problem(casesPath, 0, 0, "no such case file or folder"));
        }
        if (caseFiles(casesPath).isEmpty()) {
            return Optional.of(new Problem(casesPath, 0, 0, "no case files here: add a .yaml case file, or point --cases at one"
                    + nestedCaseFile(casesPath).map(f -> " (sub-folders are not read: " + f + ")").orElse("")));
        }
        return Optional.empty();
    }

    /** Runs the drafts of {@code rulesDir} against the case files at {@code casesPath}. */
    public RunResult run(Path rulesDir, Path casesPath) {
        Drafts drafts = loadDrafts(rulesDir);
        List<Problem> problems = new ArrayList<>(drafts.problems());
        List<String> invalidSuites = new ArrayList<>();
        noCaseFiles(casesPath).ifPresent(problem -> {
            problems.add(problem);
            invalidSuites.add(casesPath.toString());
        });
        Map<String, List<AttributeDeclaration>> attributes = drafts.attributes();
        List<Suite> suites = new ArrayList<>();
        for (Path file : caseFiles(casesPath)) {
            try {
                suites.add(SuiteLoader.load(file, drafts.all(), attributes));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                invalidSuites.add(file.toString());
            }
        }
        List<NotRun> notRun = new ArrayList<>();
        for (Suite suite : suites) {
            notRun.addAll(notRun(suite, drafts));
            if (suite.drafts().stream().noneMatch(drafts.loaded()::containsKey)) {
                // no case run carries these problems as its errors: report them with the run's
                suite.badCases().forEach(bad -> problems.addAll(bad.problems()));
            }
        }
        Map<String, List<Awaited>> analysed = new LinkedHashMap<>();
        drafts.loaded().keySet().forEach(id -> analysed.put(id, new ArrayList<>()));
        Set<String> strictDrafts = new TreeSet<>();
        Map<String, String> hung = new ConcurrentHashMap<>();
        try (CaseWorkers workers = new CaseWorkers(threads, options.caseTimeout())) {
            for (Suite suite : suites) {
                for (String draftId : suite.drafts()) {
                    CompiledDraft draft = drafts.loaded().get(draftId);
                    if (draft == null) {
                        continue;
                    }
                    boolean strictSuite = strict || suite.strict();
                    if (strictSuite) {
                        strictDrafts.add(draftId);
                    }
                    for (Case c : suite.cases()) {
                        AtomicReference<Bounds> bounds = new AtomicReference<>();
                        CaseWorkers.Pending<Analysed> pending = workers.submit(() -> analyse(draft, c, strictSuite, bounds, hung));
                        analysed.get(draftId).add(() -> workers.await(pending,
                                ran -> abandoned(draft, c, strictSuite, bounds.get(), ran, hung)));
                    }
                    for (Suite.BadCase bad : suite.badCases()) {
                        Analysed result = Analysed.bad(suite, bad);
                        analysed.get(draftId).add(() -> result);
                    }
                }
            }
            List<DraftRun> draftRuns = new ArrayList<>();
            for (Map.Entry<String, List<Awaited>> entry : analysed.entrySet()) {
                List<Analysed> cases = new ArrayList<>();
                for (Awaited a : entry.getValue()) {
                    cases.add(a.get());
                }
                draftRuns.add(afterSuite(drafts.loaded().get(entry.getKey()), cases, strictDrafts.contains(entry.getKey())));
            }
            boolean ranNothing = draftRuns.stream().allMatch(d -> d.cases().isEmpty()) && notRun.isEmpty();
            if (ranNothing && problems.isEmpty()) {
                // as an empty folder: a run that tested nothing must not pass
                problems.add(new Problem(casesPath, 0, 0, "no cases to run: no case file here holds a case; add them under 'cases:'"));
                invalidSuites.add(casesPath.toString());
            }
            return new RunResult(draftRuns, problems, drafts.invalid(), invalidSuites, !trustClauses, notRun);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a case run failed unexpectedly", e.getCause());
        }
    }

    /** A case's analysis, once it is done. */
    @FunctionalInterface
    private interface Awaited {
        Analysed get() throws InterruptedException, ExecutionException;
    }

    /**
     * Analyses one case against one draft on a worker of its own, within this runner's bounds, as
     * {@link #run} does each case.
     *
     * @throws EvaluationException when a clause fails, loops, or the case passes its time limit
     */
    public CaseAnalysis analyseOne(CompiledDraft draft, Case c) {
        try (CaseWorkers workers = new CaseWorkers(1, options.caseTimeout())) {
            AtomicReference<Bounds> bounds = new AtomicReference<>();
            CaseWorkers.Pending<Analysed> pending = workers.submit(() -> analyse(draft, c, false, bounds, Map.of()));
            Analysed result = workers.await(pending, ran -> abandoned(draft, c, false, bounds.get(), ran, new ConcurrentHashMap<>()));
            if (result.analysis() == null) {
                throw new EvaluationException(null, result.errors().get(0).message().substring(casePrefix(draft, c).length()), null);
            }
            return result.analysis();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a case run failed unexpectedly", e.getCause());
        }
    }

    /** Each case of a suite (read or not) against each draft it names that did not load. */
    private static List<NotRun> notRun(Suite suite, Drafts drafts) {
        List<NotRun> out = new ArrayList<>();
        for (String draftId : suite.drafts()) {
            if (drafts.loaded().containsKey(draftId)) {
                continue;
            }
            String reason = "draft " + draftId + " did not load";
            suite.cases().forEach(c -> out.add(new NotRun(draftId, suite.file(), c.id(), c.line(), reason)));
            suite.badCases().forEach(b -> out.add(new NotRun(draftId, suite.file(), b.id(), b.line(), reason)));
        }
        return out;
    }

    /**
     * Runs one case file against one of its drafts, one case after another: the same results as
     * {@link #run}, for that file alone. Bad cases come after the others.
     */
    public DraftRun runSuite(CompiledDraft draft, Suite suite, boolean strict) {
        boolean strictSuite = strict || suite.strict();
        List<Analysed> cases = new ArrayList<>();
        for (Case c : suite.cases()) {
            cases.add(analyse(draft, c, strictSuite));
        }
        for (Suite.BadCase bad : suite.badCases()) {
            cases.add(Analysed.bad(suite, bad));
        }
        return afterSuite(draft, cases, strictSuite);
    }

    /**
     * A case as analysed against one draft, before its expectations are checked: its analysis, or the
     * problems that kept it from running (it did not load, or a clause failed).
     *
     * @param theCase  null for a case that did not load
     * @param strict   whether its suite runs in strict mode
     * @param analysis null when the case could not run
     */
    private record Analysed(Path file, String caseId, int line, Case theCase, boolean strict, CaseAnalysis analysis,
                            List<Problem> errors) {

        static Analysed bad(Suite suite, Suite.BadCase bad) {
            return new Analysed(suite.file(), bad.id(), bad.line(), null, false, null, bad.problems());
        }
    }

    /** Analyses one case against one draft; a clause failure becomes the case's error. */
    private Analysed analyse(CompiledDraft draft, Case c, boolean strict) {
        return analyse(draft, c, strict, new AtomicReference<>(), Map.of());
    }

    /**
     * Analyses one case against one draft, within bounds that start now (shared through {@code bounds}
     * with whoever watches the case). A clause failure, a loop, a timeout, or the JVM running out of
     * memory or stack becomes the case's error. Not run when a clause of the draft hung in another case.
     */
    private Analysed analyse(CompiledDraft draft, Case c, boolean strict, AtomicReference<Bounds> bounds, Map<String, String> hung) {
        String hungIn = hung.get(draft.id());
        if (hungIn != null) {
            return caseError(draft, c, strict, "not run: " + hungIn);
        }
        bounds.set(Evaluator.boundsFrom(options));
        try {
            return new Analysed(c.file(), c.id(), c.line(), c, strict, CaseAnalyser.analyse(draft, c, options, bounds.get()), List.of());
        } catch (EvaluationException e) {
            return caseError(draft, c, strict, e.getMessage());
        } catch (OutOfMemoryError e) {
            return caseError(draft, c, strict, "ran out of memory (" + e.getMessage() + "); narrow its uncertain fields, or give Java more memory");
        } catch (StackOverflowError e) {
            return caseError(draft, c, strict, "ran out of stack; a clause may recurse without end");
        }
    }

    /**
     * A case that did not stop within its time limit, even when interrupted: its thread is abandoned,
     * and the draft's cases not yet started are not run.
     */
    private static Analysed abandoned(CompiledDraft draft, Case c, boolean strict, Bounds bounds, Duration ran, Map<String, String> hung) {
        String rule = bounds == null ? null : bounds.lastRule();
        Clause clause = rule == null ? null : draft.clausesByRule().get(rule);
        String where = clause != null ? "clause " + clause.id() + " (" + clause.file() + ":" + clause.line() + ")"
                : rule != null ? "rule '" + rule + "'" : "a clause";
        hung.putIfAbsent(draft.id(), where + " did not stop in case " + c.id());
        return caseError(draft, c, strict, "stopped after " + Bounds.describe(ran) + ", past the time limit for one case (--case-timeout): "
                + where + " did not stop and was abandoned; the draft's cases not yet started are not run");
    }

    private static Analysed caseError(CompiledDraft draft, Case c, boolean strict, String message) {
        return new Analysed(c.file(), c.id(), c.line(), c, strict, null,
                List.of(new Problem(c.file(), c.line(), 0, casePrefix(draft, c) + message)));
    }

    private static String casePrefix(CompiledDraft draft, Case c) {
        return "case " + c.id() + " against draft " + draft.id() + ": ";
    }

    /**
     * The one pass after every case that tests a draft has been analysed: the suite detectors read all
     * the analyses (dead clauses, coverage); then each case's expectations are checked once, against
     * its own findings and the draft's (static and suite-level). In strict mode, each draft finding that
     * no case expects (and that is not a mere warning) counts as a failure.
     */
    private static DraftRun afterSuite(CompiledDraft draft, List<Analysed> cases, boolean strict) {
        List<CaseAnalysis> analyses = cases.stream().map(Analysed::analysis).filter(Objects::nonNull).toList();
        SuiteFindings suite = SuiteAnalyser.analyse(draft, cases.size(), analyses);
        List<Finding> findings = new ArrayList<>(StaticAnalyser.analyse(draft));
        findings.addAll(suite.findings());
        List<CaseRun> caseRuns = new ArrayList<>();
        for (Analysed c : cases) {
            List<ExpectationResult> checked = c.analysis() == null ? List.of()
                    : ExpectationChecker.check(draft, c.analysis(), findings, c.theCase().expectationsFor(draft.id()), c.strict());
            caseRuns.add(new CaseRun(c.file(), c.caseId(), c.line(), c.analysis(), checked, c.errors()));
        }
        List<Finding> strictFailures = new ArrayList<>();
        if (strict) {
            for (Finding f : findings) {
                boolean expected = caseRuns.stream().anyMatch(c -> c.expectations().stream()
                        .anyMatch(r -> r.passed() && ExpectationChecker.names(r.expectation(), f)));
                if (!expected && !f.warning()) {
                    strictFailures.add(f);
                }
            }
        }
        return new DraftRun(draft.id(), draft.title(), draft.version(), draft.commitmentKeys(), caseRuns, findings,
                suite.coverage(), strictFailures, draft.commitments().stream()
                .filter(dev.casus.model.Commitment::contentAtDiscretion).map(dev.casus.model.Commitment::id).toList());
    }

    /** A case file in a sub-folder of {@code folder}, where a user may have expected it to be read. */
    private static Optional<Path> nestedCaseFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(f -> f.getParent() != null && !f.getParent().equals(folder) && isCaseFile(f)).sorted().findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> keep) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }
}
