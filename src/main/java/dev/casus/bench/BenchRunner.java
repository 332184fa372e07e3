package dev.casus.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Runs one layer of {@link Layers} under JMH, in forked JVMs of its own, and returns its throughput.
 * A fork starts with the class path of this JVM (JMH passes {@code java.class.path} on), so it works
 * whether Casus was started with {@code -cp} or with {@code -jar} and a manifest {@code Class-Path}.
 */
public final class BenchRunner {

    /** The layers, cheapest first. */
    public enum Layer {
        FRESH_SESSION("freshSession", "fresh-session", "bare session per world (A)", false),
        REUSED_SESSION("reusedSession", "reused-session", "bare session reused (B)", false),
        EVALUATE("evaluate", "evaluate", "evaluate", false),
        ANALYSE_PLAIN("analysePlain", "analyse-plain", "analyse, no findings", true),
        ANALYSE_FINDINGS("analyseFindings", "analyse-findings", "analyse, every finding", true);

        private final String method;
        private final String id;
        private final String title;
        private final boolean perCase;

        Layer(String method, String id, String title, boolean perCase) {
            this.method = method;
            this.id = id;
            this.title = title;
            this.perCase = perCase;
        }

        /** The name of the {@link Layers} method that measures it. */
        public String method() {
            return method;
        }

        /** Its name in the JSON document. */
        public String id() {
            return id;
        }

        /** Its name in the table. */
        public String title() {
            return title;
        }

        /** True when one unit of work is a case run, false when it is a possible world. */
        public boolean perCase() {
            return perCase;
        }
    }

    /** JMH could not measure a layer: a fork failed, or JMH is not on the class path. */
    public static final class Failure extends Exception {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** How JMH runs each layer. */
    public record Settings(int forks, int warmupIterations, int iterations, double seconds, boolean verbose, boolean trustClauses) {
    }

    /**
     * One layer at one thread count.
     *
     * @param passes passes over the whole workload per second, all threads together
     * @param error  the half-width of JMH's 99.9% confidence interval, in passes per second (NaN when too few iterations)
     */
    public record Measurement(Layer layer, int threads, double passes, double error) {
    }

    private BenchRunner() {
    }

    /**
     * Measures a layer.
     *
     * @param progress where JMH's own output goes in verbose mode
     * @throws Failure when a fork fails
     */
    public static Measurement measure(Path rules, Path cases, Layer layer, int threads, Settings settings, PrintStream progress)
            throws Failure {
        try {
            return run(rules, cases, layer, threads, settings, progress);
        } catch (RunnerException e) {
            throw new Failure(rootMessage(e), e);
        }
    }

    private static Measurement run(Path rules, Path cases, Layer layer, int threads, Settings settings, PrintStream progress)
            throws RunnerException {
        TimeValue iteration = TimeValue.milliseconds(Math.max(1, Math.round(settings.seconds() * 1000)));
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(Layers.class.getName() + "." + layer.method()) + "$")
                .param("rules", rules.toAbsolutePath().normalize().toString())
                .param("cases", cases.toAbsolutePath().normalize().toString())
                .param("trustClauses", String.valueOf(settings.trustClauses()))
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(iteration)
                .measurementIterations(settings.iterations())
                .measurementTime(iteration)
                .threads(threads)
                .shouldFailOnError(true)
                .build();
        VerboseMode mode = settings.verbose() ? VerboseMode.NORMAL : VerboseMode.SILENT;
        PrintStream out = settings.verbose() ? progress : new PrintStream(OutputStream.nullOutputStream());
        Collection<RunResult> results = new Runner(options, OutputFormatFactory.createFormatInstance(out, mode)).run();
        if (results.size() != 1) {
            throw new RunnerException("JMH found " + results.size() + " benchmarks for " + layer.method() + ", expected one");
        }
        Result<?> primary = results.iterator().next().getPrimaryResult();
        return new Measurement(layer, threads, primary.getScore(), primary.getScoreError());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
