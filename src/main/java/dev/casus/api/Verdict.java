package dev.casus.api;

import java.util.Locale;

/** The answer for a commitment or term across all possible worlds of a case. */
public enum Verdict {
    ACTIVE, CONDITIONAL, INACTIVE, HOLDS, DOES_NOT_HOLD, UNDETERMINED;

    /** The spelling in reports: {@code active}, {@code does-not-hold}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
