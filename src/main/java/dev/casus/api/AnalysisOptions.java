package dev.casus.api;

/**
 * Options for analysing cases.
 *
 * @param maxWorlds        the most possible worlds one case may expand into; more is reported, never sampled
 * @param decimalTolerance how close, relative to a threshold, a decimal fact counts as beside it (0.05 is 5%)
 * @param findings         false for the three-way answer alone, with conflicts but no other findings
 */
public record AnalysisOptions(int maxWorlds, double decimalTolerance, boolean findings) {

    public static final int DEFAULT_MAX_WORLDS = 4096;
    public static final double DEFAULT_DECIMAL_TOLERANCE = 0.05;

    public AnalysisOptions {
        if (maxWorlds < 1) {
            throw new IllegalArgumentException("maxWorlds must be at least 1, not " + maxWorlds);
        }
        if (!(decimalTolerance >= 0 && decimalTolerance < 1)) {
            throw new IllegalArgumentException("decimalTolerance must be from 0 up to (not including) 1, not " + decimalTolerance);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_MAX_WORLDS, DEFAULT_DECIMAL_TOLERANCE, true);
    }

    public AnalysisOptions withMaxWorlds(int value) {
        return new AnalysisOptions(value, decimalTolerance, findings);
    }

    public AnalysisOptions withFindings(boolean value) {
        return new AnalysisOptions(maxWorlds, decimalTolerance, value);
    }

    public AnalysisOptions withDecimalTolerance(double value) {
        return new AnalysisOptions(maxWorlds, value, findings);
    }
}
