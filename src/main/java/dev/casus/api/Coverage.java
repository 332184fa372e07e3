package dev.casus.api;

import java.util.List;

/**
 * Clause coverage of a draft by its suites: how many of its clauses fired in some case and world.
 *
 * @param neverFired the ids of the clauses that never fired
 */
public record Coverage(int clauses, int fired, List<String> neverFired) {

    public Coverage {
        neverFired = List.copyOf(neverFired);
    }

    /** The share of clauses fired, in percent, rounded to one decimal. */
    public double percent() {
        return clauses == 0 ? 0 : Math.round(1000.0 * fired / clauses) / 10.0;
    }
}
