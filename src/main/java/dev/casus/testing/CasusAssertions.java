package dev.casus.testing;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.WorldResult;

/**
 * Entry point for Casus' AssertJ assertions:
 * {@code assertThat(result).activates("consult-24h").viaClause("Art. 9")}.
 */
public final class CasusAssertions {

    private CasusAssertions() {
    }

    /** Assertions on one concrete world. */
    public static WorldResultAssert assertThat(WorldResult actual) {
        return new WorldResultAssert(actual);
    }

    /** Assertions on a case's three-way answer and findings. */
    public static CaseAnalysisAssert assertThat(CaseAnalysis actual) {
        return new CaseAnalysisAssert(actual);
    }
}
