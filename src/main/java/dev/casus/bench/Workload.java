package dev.casus.bench;

import dev.casus.api.CaseAnalysis;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.CaseAnalysis.World;
import dev.casus.analysis.WorldExpander;
import dev.casus.model.Case;
import dev.casus.cases.Suite;
import dev.casus.cases.SuiteLoader;
import dev.casus.draft.CompiledDraft;
import dev.casus.evaluation.Evaluator;
import dev.casus.analysis.CaseAnalyser;
import dev.casus.engine.BareSessions;
import dev.casus.model.EvaluationException;
import dev.casus.run.ProjectRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * What {@code casus bench} measures: every case of every case file against each draft it names,
 * expanded into its possible worlds. One pass of a layer does all of it once, in a fixed order.
 * Each pass hands what it computed to a sink (JMH's blackhole), so that none of it is optimised away.
 */
public final class Workload {

    /** One case run: a case against one draft, with its possible worlds. */
    record Run(CompiledDraft draft, BareSessions bare, Case theCase, List<World> worlds) {
    }

    private static final AnalysisOptions PLAIN = AnalysisOptions.defaults().withFindings(false);
    private static final AnalysisOptions FULL = AnalysisOptions.defaults();

    private final List<Run> runs;
    private final int drafts;
    private final int worlds;

    private Workload(List<Run> runs, int drafts) {
        this.runs = List.copyOf(runs);
        this.drafts = drafts;
        this.worlds = runs.stream().mapToInt(r -> r.worlds().size()).sum();
    }

    /**
     * Loads the drafts and case files, expands every case, and runs each once with every finding, so
     * that a clause that fails shows here rather than in the middle of a measurement.
     *
     * @throws InvalidInputException with every problem found, located as {@code casus run} locates them
     */
    public static Workload load(Path rules, Path cases) {
        return load(rules, cases, false, true);
    }

    /**
     * As {@link #load(Path, Path)}, with the clauses not confined when {@code trustClauses}; without
     * {@code check}, no case runs while loading (a fork's JIT sees only its layer).
     */
    public static Workload load(Path rules, Path cases, boolean trustClauses, boolean check) {
        ProjectRunner runner = new ProjectRunner(AnalysisOptions.defaults(), Runtime.getRuntime().availableProcessors(), false, trustClauses);
        ProjectRunner.Drafts loaded = runner.loadDrafts(rules);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (!Files.exists(cases)) {
            problems.add(new Problem(cases, 0, 0, "no such case file or folder"));
        }
        List<Run> runs = new ArrayList<>();
        Map<CompiledDraft, BareSessions> bare = new IdentityHashMap<>();
        for (Path file : ProjectRunner.caseFiles(cases)) {
            Suite suite;
            try {
                suite = SuiteLoader.load(file, loaded.all(), loaded.attributes());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            suite.badCases().forEach(b -> problems.addAll(b.problems()));
            for (String id : suite.drafts()) {
                CompiledDraft draft = loaded.loaded().get(id);
                if (draft == null) {
                    continue;
                }
                WorldExpander expander = new WorldExpander(draft);
                for (Case c : suite.cases()) {
                    try {
                        List<World> worlds = expander.expand(c, AnalysisOptions.DEFAULT_MAX_WORLDS);
                        if (check) {
                            runner.analyseOne(draft, c);
                        }
                        runs.add(new Run(draft, bare.computeIfAbsent(draft, d -> d.ruleBase().bareSessions()), c, worlds));
                    } catch (EvaluationException e) {
                        problems.add(new Problem(c.file(), c.line(), 0,
                                "case " + c.id() + " against draft " + draft.id() + ": " + e.getMessage()));
                    }
                }
            }
        }
        if (problems.isEmpty() && runs.isEmpty()) {
            problems.add(new Problem(cases, 0, 0, "no case names a draft of " + rules + ": nothing to measure"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Workload(runs, (int) runs.stream().map(Run::draft).distinct().count());
    }

    /** How many drafts some case runs against. */
    public int drafts() {
        return drafts;
    }

    /** How many case runs (a case against one draft) one pass holds. */
    public int caseRuns() {
        return runs.size();
    }

    /** How many possible worlds one pass holds. */
    public int worlds() {
        return worlds;
    }

    /** Baseline A: every world in a bare Drools session of its own; the sink gets the rules fired. */
    public void freshSessions(IntConsumer sink) {
        for (Run run : runs) {
            for (World world : run.worlds()) {
                sink.accept(run.bare().fireFresh(run.draft().parties(), world.incidents()));
            }
        }
    }

    /** Baseline B: sessions that one thread reuses across worlds, one per draft. */
    public ReusedSessions openReusedSessions() {
        return new ReusedSessions();
    }

    /** Every world through {@link Evaluator#evaluate(CompiledDraft, List)}. */
    public void evaluate(Consumer<Object> sink) {
        for (Run run : runs) {
            for (World world : run.worlds()) {
                sink.accept(Evaluator.evaluate(run.draft(), world.incidents()));
            }
        }
    }

    /** Every case through {@link CaseAnalyser#analyse}, with every finding or with none. */
    public void analyse(boolean findings, Consumer<Object> sink) {
        AnalysisOptions options = findings ? FULL : PLAIN;
        for (Run run : runs) {
            sink.accept(CaseAnalyser.analyse(run.draft(), run.theCase(), options));
        }
    }

    /** A reused bare session per draft, for one thread; close it when done. */
    public final class ReusedSessions implements AutoCloseable {

        private final Map<CompiledDraft, BareSessions.Reused> sessions = new IdentityHashMap<>();

        private ReusedSessions() {
            runs.forEach(r -> sessions.computeIfAbsent(r.draft(), d -> r.bare().reused()));
        }

        /** Every world in its draft's session: insert, fire, delete; the sink gets the rules fired. */
        public void pass(IntConsumer sink) {
            for (Run run : runs) {
                BareSessions.Reused session = sessions.get(run.draft());
                for (World world : run.worlds()) {
                    sink.accept(session.fire(run.draft().parties(), world.incidents()));
                }
            }
        }

        /** The facts the sessions hold between worlds: none, once truth maintenance has retracted what was derived. */
        public long factCount() {
            return sessions.values().stream().mapToLong(BareSessions.Reused::factCount).sum();
        }

        @Override
        public void close() {
            sessions.values().forEach(BareSessions.Reused::close);
        }
    }
}
