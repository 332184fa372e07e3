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
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.DraftLoader;
import dev.casus.model.Case;
import dev.casus.model.EvaluationException;
import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** The drafts of a rules folder that loaded, and the problems of those that did not. */
    public record Drafts(Map<String, CompiledDraft> loaded, Set<String> all, List<Problem> problems, List<String> invalid) {

        /** The extra attributes of each loaded draft, as case files are checked against them. */
        public Map<String, List<AttributeDeclaration>> attributes() {
            Map<String, List<AttributeDeclaration>> out = new TreeMap<>();
            loaded.forEach((id, d) -> out.put(id, d.attributes()));
            return out;
        }
    }

    /** Loads every draft folder under {@code rulesDir}, in parallel. */
    public Drafts loadDrafts(Path rulesDir) {
        List<Path> folders = list(rulesDir, Files::isDirectory);
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            problems.add(new Problem(rulesDir, 0, 0, "no such rules folder"));
        } else if (folders.isEmpty()) {
            problems.add(new Problem(rulesDir, 0, 0, "no drafts: add a folder with a draft.yaml and .drl clauses"));
        }
        Map<String, CompiledDraft> loaded = new TreeMap<>();
        Set<String> all = new TreeSet<>();
        List<String> invalid = new ArrayList<>();
        List<Future<CompiledDraft>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Path folder : folders) {
                all.add(folder.getFileName().toString());
                futures.add(pool.submit(() -> DraftLoader.load(folder, trustClauses)));
            }
            for (int i = 0; i < folders.size(); i++) {
                try {
                    CompiledDraft d = futures.get(i).get();
                    loaded.put(d.id(), d);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InvalidInputException invalidInput) {
                        problems.addAll(invalidInput.problems());
                        invalid.add(folders.get(i).getFileName().toString());
                    } else if (e.getCause() instanceof Error error) {
                        // out of stack or memory on what a user wrote: that draft fails, the others load
                        problems.add(new Problem(folders.get(i), 0, 0, "the draft could not be loaded: " + error.getClass().getSimpleName()
                                + (error.getMessage() == null ? "" : " (" + error.getMessage() + ")")));
                        invalid.add(folders.get(i).getFileName().toString());
                    } else {
                        throw new IllegalStateException("loading " + folders.get(i) + " failed", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Drafts(loaded, all, problems, invalid);
    }

    /** The case files a path names: the file itself, or every .yaml/.yml file in the folder. */
    public static List<Path> caseFiles(Path casesPath) {
        if (Files.isRegularFile(casesPath)) {
            return List.of(casesPath);
        }
        return list(casesPath, f -> Files.isRegularFile(f)
                && (f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml")));
    }

    /** Runs the drafts of {@code rulesDir} against the case files at {@code casesPath}. */
    public RunResult run(Path rulesDir, Path casesPath) {
        Drafts drafts = loadDrafts(rulesDir);
        List<Problem> problems = new ArrayList<>(drafts.problems());
        List<String> invalidSuites = new ArrayList<>();
        if (!Files.exists(casesPath)) {
            problems.add(new Problem(casesPath, 0, 0, "no such case file or folder"));
            invalidSuites.add(casesPath.toString());
        } else if (caseFiles(casesPath).isEmpty()) {
            problems.add(new Problem(casesPath, 0, 0, "no case files here: add a .yaml case file, or point --cases at one"));
            invalidSuites.add(casesPath.toString());
        }
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
        Map<String, List<Future<Analysed>>> analysed = new LinkedHashMap<>();
        drafts.loaded().keySet().forEach(id -> analysed.put(id, new ArrayList<>()));
        Set<String> strictDrafts = new TreeSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
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
                        analysed.get(draftId).add(pool.submit(() -> analyse(draft, c, strictSuite)));
                    }
                    for (Suite.BadCase bad : suite.badCases()) {
                        analysed.get(draftId).add(CompletableFuture.completedFuture(Analysed.bad(suite, bad)));
                    }
                }
            }
            List<DraftRun> draftRuns = new ArrayList<>();
            for (Map.Entry<String, List<Future<Analysed>>> entry : analysed.entrySet()) {
                List<Analysed> cases = new ArrayList<>();
                for (Future<Analysed> f : entry.getValue()) {
                    cases.add(f.get());
                }
                draftRuns.add(afterSuite(drafts.loaded().get(entry.getKey()), cases, strictDrafts.contains(entry.getKey())));
            }
            return new RunResult(draftRuns, problems, drafts.invalid(), invalidSuites, !trustClauses);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a case run failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
        try {
            return new Analysed(c.file(), c.id(), c.line(), c, strict, CaseAnalyser.analyse(draft, c, options), List.of());
        } catch (EvaluationException e) {
            return new Analysed(c.file(), c.id(), c.line(), c, strict, null,
                    List.of(new Problem(c.file(), c.line(), 0, "case " + c.id() + " against draft " + draft.id() + ": " + e.getMessage())));
        }
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
                suite.coverage(), strictFailures);
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
