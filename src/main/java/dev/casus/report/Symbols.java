package dev.casus.report;

import dev.casus.api.Verdict;

/** The matrix symbols: ✓ active, · inactive, C conditional, ? undetermined. */
final class Symbols {

    private Symbols() {
    }

    static String of(Verdict verdict) {
        return switch (verdict) {
            case ACTIVE, HOLDS -> "\u2713";
            case INACTIVE, DOES_NOT_HOLD -> "\u00b7";
            case CONDITIONAL -> "C";
            case UNDETERMINED -> "?";
        };
    }

    static final String LEGEND = "\u2713 active  \u00b7 inactive  C conditional  ? undetermined  ! error";
}
