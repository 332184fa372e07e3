package dev.casus.analysis;

/**
 * Options for analysing cases.
 *
 * @param maxWorlds the most possible worlds one case may expand into; more is reported, never sampled
 */
public record AnalysisOptions(int maxWorlds) {

    public static final int DEFAULT_MAX_WORLDS = 4096;

    public AnalysisOptions {
        if (maxWorlds < 1) {
            throw new IllegalArgumentException("maxWorlds must be at least 1, not " + maxWorlds);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_MAX_WORLDS);
    }

    public AnalysisOptions withMaxWorlds(int value) {
        return new AnalysisOptions(value);
    }
}
