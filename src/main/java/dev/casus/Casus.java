package dev.casus;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.RunResult;
import dev.casus.draft.DraftLoader;
import dev.casus.model.InvalidInputException;
import dev.casus.run.ProjectRunner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The front door: load a draft once, then evaluate incidents and analyse cases from any number of
 * threads; or run a whole project, every draft against every case file that names it.
 *
 * <pre>{@code
 * Draft draft = Casus.load(Path.of("rules/coalition"));
 * WorldResult result = draft.evaluate(incident);
 *
 * RunResult run = Casus.project(Path.of("rules"), Path.of("cases")).threads(2).strict(true).run();
 * }</pre>
 */
public final class Casus {

    private Casus() {
    }

    /**
     * Loads and compiles a draft folder ({@code draft.yaml} and {@code *.drl}), with its clauses
     * confined: a clause that uses anything but what docs/security.md lists is a load error.
     *
     * @throws InvalidInputException listing every problem found, each located in its file
     */
    public static Draft load(Path draftDirectory) {
        return load(draftDirectory, false);
    }

    /**
     * Loads and compiles a draft folder. With {@code trustClauses}, its clauses are not confined: they
     * may run any Java with the rights of this process (see docs/security.md); load only drafts you trust
     * this way. {@link Draft#confined()} tells which way a draft was loaded.
     *
     * @throws InvalidInputException listing every problem found, each located in its file
     */
    public static Draft load(Path draftDirectory, boolean trustClauses) {
        Objects.requireNonNull(draftDirectory, "draftDirectory must not be null");
        return new Draft(DraftLoader.load(draftDirectory, trustClauses));
    }

    /**
     * A run of every draft in {@code rulesFolder} against every case file in {@code cases} (a file or
     * a folder) that names it; set its options, then {@link Project#run()}.
     */
    public static Project project(Path rulesFolder, Path cases) {
        Objects.requireNonNull(rulesFolder, "rulesFolder must not be null");
        Objects.requireNonNull(cases, "cases must not be null");
        return new Project(rulesFolder, cases);
    }

    /** The options of a project run; every option has the default the {@code casus run} command has. */
    public static final class Project {

        private final Path rulesFolder;
        private final Path cases;
        private AnalysisOptions options = AnalysisOptions.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean strict;
        private boolean trustClauses;

        private Project(Path rulesFolder, Path cases) {
            this.rulesFolder = rulesFolder;
            this.cases = cases;
        }

        /** How many cases to analyse at once; at least 1. The result does not depend on it. */
        public Project threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** When true, every suite runs as if it said {@code strict: true}: an unexpected finding fails. */
        public Project strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * When true, clauses are not confined: they may run any Java with the rights of this process, as
         * {@code casus run --trust-clauses} does; the result says so ({@link RunResult#confined()}).
         * False by default.
         */
        public Project trustClauses(boolean trustClauses) {
            this.trustClauses = trustClauses;
            return this;
        }

        /** The limit of possible worlds per case, and the other analysis options. */
        public Project analysis(AnalysisOptions options) {
            this.options = Objects.requireNonNull(options, "options must not be null");
            return this;
        }

        /** Runs it. Problems in the files are in the result, never thrown; see {@link RunResult#exitCode()}. */
        public RunResult run() {
            return new ProjectRunner(options, threads, strict, trustClauses).run(rulesFolder, cases);
        }
    }
}
