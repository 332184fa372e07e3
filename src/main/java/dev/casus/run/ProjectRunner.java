package dev.casus.run;

import dev.casus.model.Case.Expectation;

import dev.casus.analysis.CaseAnalyser;

import dev.casus.api.RunResult.CaseRun;
import dev.casus.api.RunResult.Coverage;
import dev.casus.api.RunResult.DraftRun;
import dev.casus.api.RunResult.ExpectationResult;
import dev.casus.api.RunResult;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.analysis.StaticAnalyser;
import dev.casus.draft.Clause;
import dev.casus.model.Case;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.DraftLoader;
import dev.casus.model.EvaluationException;
import dev.casus.api.WorldResult;
import dev.casus.vocabulary.AttributeDeclaration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
        Map<String, List<Future<CaseRun>>> runs = new LinkedHashMap<>();
        drafts.loaded().keySet().forEach(id -> runs.put(id, new ArrayList<>()));
        Map<String, List<Finding>> staticFindings = new TreeMap<>();
        drafts.loaded().forEach((id, d) -> staticFindings.put(id, StaticAnalyser.analyse(d)));
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
                    List<Finding> draftFindings = staticFindings.get(draftId);
                    for (Case c : suite.cases()) {
                        runs.get(draftId).add(pool.submit(() -> runCase(draft, c, draftFindings, strictSuite)));
                    }
                    for (Suite.BadCase bad : suite.badCases()) {
                        runs.get(draftId).add(java.util.concurrent.CompletableFuture.completedFuture(
                                new CaseRun(suite.file(), bad.id(), bad.line(), null, List.of(), bad.problems())));
                    }
                }
            }
            List<DraftRun> draftRuns = new ArrayList<>();
            for (Map.Entry<String, List<Future<CaseRun>>> entry : runs.entrySet()) {
                List<CaseRun> caseRuns = new ArrayList<>();
                for (Future<CaseRun> f : entry.getValue()) {
                    caseRuns.add(f.get());
                }
                CompiledDraft draft = drafts.loaded().get(entry.getKey());
                draftRuns.add(draftRun(draft, caseRuns, staticFindings.get(entry.getKey()),
                        strictDrafts.contains(entry.getKey())));
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
        List<Finding> staticFindings = StaticAnalyser.analyse(draft);
        boolean strictSuite = strict || suite.strict();
        List<CaseRun> caseRuns = new ArrayList<>();
        for (Case c : suite.cases()) {
            caseRuns.add(runCase(draft, c, staticFindings, strictSuite));
        }
        for (Suite.BadCase bad : suite.badCases()) {
            caseRuns.add(new CaseRun(suite.file(), bad.id(), bad.line(), null, List.of(), bad.problems()));
        }
        return draftRun(draft, caseRuns, staticFindings, strictSuite);
    }

    /**
     * The draft's own findings: static ones, the clauses its cases never fired, and the clauses that
     * fired but never took effect (masked): in every world where they fired, each of their conclusions
     * was set aside by precedence or withdrawn before the world was decided. In strict mode, each that no case of its suites expects
     * (and that is not a mere warning) counts as a failure.
     */
    private static DraftRun draftRun(CompiledDraft draft, List<CaseRun> caseRuns, List<Finding> staticFindings, boolean strict) {
        Set<String> fired = new TreeSet<>();
        caseRuns.stream().filter(c -> c.analysis() != null).forEach(c -> fired.addAll(c.analysis().firedRules()));
        Map<String, Integer> worldsFired = new HashMap<>();
        Set<String> stood = new HashSet<>();
        Set<String> withdrawn = new HashSet<>();
        Map<String, Set<String>> setAsideBy = new HashMap<>();
        for (CaseRun run : caseRuns) {
            if (run.analysis() == null) {
                continue;
            }
            for (WorldResult world : run.analysis().results()) {
                Set<String> concluded = new HashSet<>();
                Stream.concat(world.terms().values().stream().flatMap(t -> t.supports().stream()),
                                world.commitments().values().stream().flatMap(c -> c.supports().stream()))
                        .forEach(s -> {
                            concluded.add(s.rule());
                            if (s.stands()) {
                                stood.add(s.rule());
                            } else {
                                setAsideBy.computeIfAbsent(s.rule(), k -> new TreeSet<>()).add(s.overriddenBy());
                            }
                        });
                for (String rule : world.firedRules()) {
                    worldsFired.merge(rule, 1, Integer::sum);
                    if (!concluded.contains(rule)) {
                        withdrawn.add(rule);
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>(staticFindings);
        List<String> neverFired = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        for (Clause clause : draft.clauses()) {
            if (!fired.contains(clause.rule())) {
                neverFired.add(clause.id());
                if (!caseRuns.isEmpty()) {
                    findings.add(Finding.ofDraft(FindingKind.DEAD_CLAUSE, List.of(clause.id()), "",
                            clause.id() + " never fired, in any case or possible world of the suites that test this draft",
                            clause.file(), clause.line(), false).withWording(draft.wordingOf(List.of(clause.id()))));
                }
            } else if (worldsFired.containsKey(clause.rule()) && !stood.contains(clause.rule())) {
                masked.add(clause.id());
                findings.add(Finding.ofDraft(FindingKind.DEAD_CLAUSE, List.of(clause.id()), "",
                        masked(clause.id(), worldsFired.get(clause.rule()), setAsideBy.get(clause.rule()),
                                withdrawn.contains(clause.rule())),
                        clause.file(), clause.line(), false).withWording(draft.wordingOf(List.of(clause.id()))));
            }
        }
        Coverage coverage = new Coverage(draft.clauses().size(), draft.clauses().size() - neverFired.size(), neverFired, masked);
        caseRuns = withDeadClausesChecked(caseRuns, findings);
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
        return new DraftRun(draft.id(), draft.title(), draft.version(), draft.commitmentKeys(), caseRuns, findings, coverage, strictFailures);
    }

    /**
     * Why a clause that fired never changed an outcome: precedence set its conclusions aside, or they
     * were withdrawn before the world was decided because what they rested on did not hold in the end.
     */
    private static String masked(String id, int worlds, Set<String> setAsideBy, boolean withdrawn) {
        String fired = id + " is masked: it fired in " + worlds + " world" + (worlds == 1 ? "" : "s") + " but ";
        String why = setAsideBy == null ? "none of its conclusions remained once the world was decided (what they rested on did not hold)"
                : withdrawn ? "was set aside by " + String.join(", ", setAsideBy) + " where its conclusions remained"
                : "was always set aside by " + String.join(", ", setAsideBy);
        return fired + why + ", so it never changed an outcome";
    }

    /**
     * Dead clauses are known only once every case has run: check the expectations that name them now.
     */
    private static List<CaseRun> withDeadClausesChecked(List<CaseRun> caseRuns, List<Finding> draftFindings) {
        List<Finding> dead = draftFindings.stream().filter(f -> f.kind() == FindingKind.DEAD_CLAUSE).toList();
        List<CaseRun> out = new ArrayList<>();
        for (CaseRun run : caseRuns) {
            List<ExpectationResult> checked = new ArrayList<>();
            for (ExpectationResult r : run.expectations()) {
                boolean namesDeadClause = !r.unexpected() && r.expectation().kind() == dev.casus.model.Case.Expectation.Kind.FINDING
                        && FindingKind.DEAD_CLAUSE.label().equals(r.expectation().finding());
                if (namesDeadClause) {
                    Finding match = dead.stream().filter(f -> ExpectationChecker.names(r.expectation(), f)).findFirst().orElse(null);
                    checked.add(new ExpectationResult(r.expectation(), match != null,
                            match != null ? match.reason() : "every clause it names fired in some case, and some conclusion of it stood"));
                } else {
                    checked.add(r);
                }
            }
            out.add(new CaseRun(run.file(), run.caseId(), run.line(), run.analysis(), checked, run.errors()));
        }
        return out;
    }

    /** Analyses one case against one draft and checks its expectations; clause failures become case errors. */
    private CaseRun runCase(CompiledDraft draft, Case c, List<Finding> draftFindings, boolean strict) {
        try {
            CaseAnalysis analysis = CaseAnalyser.analyse(draft, c, options);
            List<ExpectationResult> checked = ExpectationChecker.check(draft, analysis, draftFindings,
                    c.expectationsFor(draft.id()), strict);
            return new CaseRun(c.file(), c.id(), c.line(), analysis, checked, List.of());
        } catch (EvaluationException e) {
            return new CaseRun(c.file(), c.id(), c.line(), null, List.of(),
                    List.of(new Problem(c.file(), c.line(), 0, "case " + c.id() + " against draft " + draft.id() + ": " + e.getMessage())));
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
