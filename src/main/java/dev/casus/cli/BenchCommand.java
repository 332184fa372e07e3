package dev.casus.cli;

import dev.casus.model.InvalidInputException;
import dev.casus.bench.BenchReport;
import dev.casus.bench.BenchRunner;
import dev.casus.bench.BenchRunner.Layer;
import dev.casus.bench.BenchRunner.Measurement;
import dev.casus.bench.BenchRunner.Settings;
import dev.casus.bench.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure evaluation speed with JMH on the project's own cases, against bare Drools sessions.",
        description = {
            "Each layer runs under JMH in forked JVMs of its own, over every possible world",
            "of every case run of the project (every case against each draft it names):",
            "  A  bare session per world: a new Drools session on the draft's compiled",
            "     clauses; insert the parties and incidents, fire, dispose",
            "  B  bare session reused: one session per draft and thread; insert, fire,",
            "     delete what was inserted (truth maintenance retracts the rest)",
            "  evaluate: Draft.evaluate, a session per world plus precedence, statuses,",
            "     provenance",
            "  analyse, no findings: worlds, three-way answers, conflicts",
            "  analyse, every finding: open texture, threshold edges, depends-on-fact, ...",
            "The table gives each layer's throughput and its time for one pass over the",
            "project relative to baselines A and B. The inputs are checked first, as",
            "`casus run` checks them. The defaults take about two minutes; figures worth",
            "quoting need more, e.g. --forks 3 --warmup 5 --iterations 5.",
            ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:measured", ExitCodes.USAGE_HELP, ExitCodes.INVALID_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class BenchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--forks", paramLabel = "N", description = "Forked JVMs per layer and thread count (default: ${DEFAULT-VALUE}).")
    int forks = 1;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up iterations in each fork (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--iterations", paramLabel = "N", description = "Measured iterations in each fork (default: ${DEFAULT-VALUE}).")
    int iterations = 5;

    @Option(names = "--time", paramLabel = "S", description = "Seconds per iteration, warm-up or measured (default: ${DEFAULT-VALUE}).")
    double seconds = 1.0;

    @Option(names = "--threads", paramLabel = "N", split = ",", description = "Thread counts to measure, e.g. 1,2 (default: 1,2).")
    int[] threads = {1, 2};

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--verbose", description = "Show JMH's own output (iterations, forks) on the error stream.")
    boolean verbose;

    @Override
    public Integer call() {
        if (forks < 1 || warmup < 0 || iterations < 1 || !(seconds > 0) || Arrays.stream(threads).anyMatch(t -> t < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--forks, --iterations and --threads must be at least 1, --warmup at least 0, --time more than 0");
        }
        PrintWriter err = spec.commandLine().getErr();
        Workload workload;
        try {
            workload = Workload.load(project.rules, project.cases, project.trustClauses, true);
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (!jmhPresent()) {
            err.println("casus bench: JMH (org.openjdk.jmh:jmh-core, an optional dependency of Casus) is not on the class path");
            err.flush();
            return ExitCodes.INTERNAL;
        }
        Settings settings = new Settings(forks, warmup, iterations, seconds, verbose, project.trustClauses);
        int runs = Layer.values().length * threads.length;
        double estimate = runs * forks * ((warmup + iterations) * seconds + 4);
        err.printf(Locale.ROOT, "casus bench: %d case runs, %d possible worlds; %d JMH runs, about %.0f s%n",
                workload.caseRuns(), workload.worlds(), runs, estimate);
        err.flush();
        List<Measurement> measurements = new ArrayList<>();
        PrintStream jmhOut = System.err;
        int done = 0;
        try {
            for (int t : threads) {
                for (Layer layer : Layer.values()) {
                    err.printf("  [%d/%d] %s, %d thread%s%n", ++done, runs, layer.title(), t, t == 1 ? "" : "s");
                    err.flush();
                    measurements.add(BenchRunner.measure(project.rules, project.cases, layer, t, settings, jmhOut));
                }
            }
        } catch (BenchRunner.Failure e) {
            err.println("casus bench: JMH failed: " + e.getMessage() + (verbose ? "" : " (rerun with --verbose to see JMH's output)"));
            err.flush();
            return ExitCodes.INTERNAL;
        }
        BenchReport report = new BenchReport(new BenchReport.Context(project.rules.toString(), project.cases.toString(),
                workload.drafts(), workload.caseRuns(), workload.worlds(), settings), measurements);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? report.json() : report.text());
        out.flush();
        return ExitCodes.OK;
    }

    /** JMH is an optional dependency: ./casus has it, a program that embeds Casus may not. */
    private static boolean jmhPresent() {
        try {
            Class.forName("org.openjdk.jmh.runner.Runner", false, BenchCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
