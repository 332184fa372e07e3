package dev.casus.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The JMH benchmarks behind {@code casus bench}, one per layer. One operation is one pass over the
 * whole {@link Workload}: every possible world (baselines and {@code evaluate}) or every case run
 * ({@code analyse}). {@link BenchRunner} runs each in forked JVMs of its own.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Layers {

    /** The project, loaded once per fork and shared by its threads; drafts are safe to share. */
    @State(Scope.Benchmark)
    public static class Project {

        @Param("rules")
        public String rules;

        @Param("cases")
        public String cases;

        @Param("false")
        public boolean trustClauses;

        Workload workload;

        /** Loads what {@code casus bench} has already checked; no case runs here, so the JIT sees only the layer measured. */
        @Setup(Level.Trial)
        public void load() {
            workload = Workload.load(Path.of(rules), Path.of(cases), trustClauses, false);
        }
    }

    /** Baseline B's sessions: each thread has its own, one per draft, kept for the whole trial. */
    @State(Scope.Thread)
    public static class Reused {

        Workload.ReusedSessions sessions;

        @Setup(Level.Trial)
        public void open(Project project) {
            sessions = project.workload.openReusedSessions();
        }

        @TearDown(Level.Trial)
        public void close() {
            sessions.close();
        }
    }

    @Benchmark
    public void freshSession(Project project, Blackhole sink) {
        project.workload.freshSessions(sink::consume);
    }

    @Benchmark
    public void reusedSession(Reused reused, Blackhole sink) {
        reused.sessions.pass(sink::consume);
    }

    @Benchmark
    public void evaluate(Project project, Blackhole sink) {
        project.workload.evaluate(sink::consume);
    }

    @Benchmark
    public void analysePlain(Project project, Blackhole sink) {
        project.workload.analyse(false, sink::consume);
    }

    @Benchmark
    public void analyseFindings(Project project, Blackhole sink) {
        project.workload.analyse(true, sink::consume);
    }
}
