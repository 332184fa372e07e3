package dev.casus.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Options for analysing cases.
 *
 * @param maxWorlds        the most possible worlds one case may expand into; more is reported, never sampled
 * @param decimalTolerance how close, relative to a threshold, a decimal fact counts as beside it (0.05 is 5%)
 * @param findings         false for the three-way answer alone, with conflicts but no other findings
 * @param maxFirings       the most rule firings in one world; more means a clause may loop, and fails the case
 * @param caseTimeout      the longest one case may take; longer fails the case
 */
public record AnalysisOptions(int maxWorlds, double decimalTolerance, boolean findings, int maxFirings, Duration caseTimeout) {

    public static final int DEFAULT_MAX_WORLDS = 4096;
    public static final double DEFAULT_DECIMAL_TOLERANCE = 0.05;
    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    public static final Duration DEFAULT_CASE_TIMEOUT = Duration.ofSeconds(60);

    public AnalysisOptions {
        if (maxWorlds < 1) {
            throw new IllegalArgumentException("maxWorlds must be at least 1, not " + maxWorlds);
        }
        if (!(decimalTolerance >= 0 && decimalTolerance < 1)) {
            throw new IllegalArgumentException("decimalTolerance must be from 0 up to (not including) 1, not " + decimalTolerance);
        }
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, not " + maxFirings);
        }
        Objects.requireNonNull(caseTimeout, "caseTimeout must not be null");
        if (caseTimeout.isNegative() || caseTimeout.isZero()) {
            throw new IllegalArgumentException("caseTimeout must be longer than zero, not " + caseTimeout);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_MAX_WORLDS, DEFAULT_DECIMAL_TOLERANCE, true, DEFAULT_MAX_FIRINGS, DEFAULT_CASE_TIMEOUT);
    }

    public AnalysisOptions withMaxWorlds(int value) {
        return new AnalysisOptions(value, decimalTolerance, findings, maxFirings, caseTimeout);
    }

    public AnalysisOptions withFindings(boolean value) {
        return new AnalysisOptions(maxWorlds, decimalTolerance, value, maxFirings, caseTimeout);
    }

    public AnalysisOptions withDecimalTolerance(double value) {
        return new AnalysisOptions(maxWorlds, value, findings, maxFirings, caseTimeout);
    }

    public AnalysisOptions withMaxFirings(int value) {
        return new AnalysisOptions(maxWorlds, decimalTolerance, findings, value, caseTimeout);
    }

    public AnalysisOptions withCaseTimeout(Duration value) {
        return new AnalysisOptions(maxWorlds, decimalTolerance, findings, maxFirings, value);
    }
}
