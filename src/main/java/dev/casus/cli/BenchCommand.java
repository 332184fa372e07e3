package dev.casus.cli;

import dev.casus.evaluation.Evaluator;
import dev.casus.analysis.CaseAnalyser;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis.World;
import dev.casus.analysis.WorldExpander;
import dev.casus.model.Case;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Incident;
import dev.casus.report.TextReport;
import dev.casus.run.ProjectRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure evaluation speed on the project's own cases, against a bare Drools session in the same run.",
        description = {
            "Four layers, each timed over every case (or possible world) of every draft's suites:",
            "  drools    a Drools session per world on the compiled clauses: insert, fire, dispose (the baseline)",
            "  evaluate  Casus' evaluate(): the same, plus precedence, statuses and provenance",
            "  plain     analyse() without findings: worlds, three-way answers, conflicts",
            "  analyse   analyse() with every finding (open texture, threshold edges, ...)",
            "Each round repeats all the work until --round-seconds have passed; each figure is the median",
            "of the measured rounds, after the warm-up rounds."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:measured", ExitCodes.USAGE_HELP, ExitCodes.INVALID_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds per layer (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds per layer (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--round-seconds", paramLabel = "S", description = "Length of one round; it repeats the work until then (default: ${DEFAULT-VALUE}).")
    double roundSeconds = 1.0;

    @Option(names = "--threads", paramLabel = "N", split = ",", description = "Thread counts to try (default: 1,2).")
    int[] threads = {1, 2};

    private record Work(CompiledDraft draft, Case theCase, List<World> worlds) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rounds < 1 || warmup < 0 || roundSeconds <= 0 || Arrays.stream(threads).anyMatch(t -> t < 1)) {
            spec.commandLine().getErr().println("casus bench: --rounds and --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        ProjectRunner runner = new ProjectRunner(AnalysisOptions.defaults(), 1, false, project.trustClauses);
        ProjectRunner.Drafts drafts = runner.loadDrafts(project.rules);
        if (!drafts.problems().isEmpty()) {
            drafts.problems().forEach(spec.commandLine().getErr()::println);
            return ExitCodes.INVALID_INPUT;
        }
        Map<String, List<AttributeDeclaration>> attributes = drafts.attributes();
        List<Work> work = new ArrayList<>();
        for (Path file : ProjectRunner.caseFiles(project.cases)) {
            Suite suite = SuiteLoader.load(file, drafts.all(), attributes);
            for (String id : suite.drafts()) {
                CompiledDraft draft = drafts.loaded().get(id);
                for (Case c : suite.cases()) {
                    work.add(new Work(draft, c, new WorldExpander(draft).expand(c, AnalysisOptions.DEFAULT_MAX_WORLDS)));
                }
            }
        }
        int worlds = work.stream().mapToInt(w -> w.worlds().size()).sum();
        out.printf("casus bench: %d drafts, %d case runs, %d possible worlds; %d warm-up and %d measured rounds of %.1f s; %d cores%n%n",
                drafts.loaded().size(), work.size(), worlds, warmup, rounds, roundSeconds, Runtime.getRuntime().availableProcessors());
        out.printf("%-9s %7s %14s %14s %10s%n", "layer", "threads", "per second", "unit", "time/drools");
        AnalysisOptions plain = AnalysisOptions.defaults().withFindings(false);
        AnalysisOptions full = AnalysisOptions.defaults();
        for (int t : threads) {
            double drools = measure(work, t, w -> {
                for (World world : w.worlds()) {
                    bare(w.draft(), world.incidents());
                }
            });
            double evaluate = measure(work, t, w -> w.worlds().forEach(world -> Evaluator.evaluate(w.draft(), world.incidents())));
            double plainRun = measure(work, t, w -> CaseAnalyser.analyse(w.draft(), w.theCase(), plain));
            double analyse = measure(work, t, w -> CaseAnalyser.analyse(w.draft(), w.theCase(), full));
            double worldsPerCase = (double) worlds / work.size();
            out.printf("%-9s %7d %14.0f %14s %10s%n", "drools", t, drools * worldsPerCase, "worlds", "1.00x");
            out.printf("%-9s %7d %14.0f %14s %9.2fx%n", "evaluate", t, evaluate * worldsPerCase, "worlds", drools / evaluate);
            out.printf("%-9s %7d %14.0f %14s %9.2fx%n", "plain", t, plainRun, "cases", drools / plainRun);
            out.printf("%-9s %7d %14.0f %14s %9.2fx%n", "analyse", t, analyse, "cases", drools / analyse);
            out.printf("%-9s %7d %14s %14s %9.2fx  (analyse / plain: the cost of findings)%n%n", "", t, "", "",
                    plainRun / analyse);
            out.flush();
        }
        if (project.trustClauses) {
            out.println(TextReport.NOT_CONFINED);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void bare(CompiledDraft draft, List<Incident> incidents) {
        draft.ruleBase().evaluate(draft.parties(), incidents, Set.of());
    }

    /** Case runs per second: the median of the measured rounds, each one pass over all the work. */
    private double measure(List<Work> work, int threadCount, Consumer<Work> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            double[] rates = new double[rounds];
            for (int round = -warmup; round < rounds; round++) {
                long start = System.nanoTime();
                long done = 0;
                do {
                    List<Future<?>> futures = new ArrayList<>();
                    for (Work w : work) {
                        futures.add(pool.submit(() -> task.accept(w)));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                    done += work.size();
                } while (System.nanoTime() - start < roundSeconds * 1e9);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round >= 0) {
                    rates[round] = done / seconds;
                }
            }
            Arrays.sort(rates);
            return rates[rounds / 2];
        } finally {
            pool.shutdownNow();
        }
    }

}
