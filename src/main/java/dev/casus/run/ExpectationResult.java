package dev.casus.run;

import dev.casus.cases.Expectation;

/**
 * The check of one expectation.
 *
 * @param actual what came out, in words; for a passed check, the confirmed outcome
 */
public record ExpectationResult(Expectation expectation, boolean passed, String actual) {
}
