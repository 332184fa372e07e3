package dev.casus.api;

import dev.casus.model.Expectation;

/**
 * The check of one expectation.
 *
 * @param actual     what came out, in words; for a passed check, the confirmed outcome
 * @param unexpected true for a failure strict mode adds: a finding that no expectation names
 */
public record ExpectationResult(Expectation expectation, boolean passed, String actual, boolean unexpected) {

    public ExpectationResult(Expectation expectation, boolean passed, String actual) {
        this(expectation, passed, actual, false);
    }
}
