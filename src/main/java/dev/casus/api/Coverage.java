package dev.casus.api;

import java.util.List;

/**
 * Clause coverage of a draft by its suites. A clause takes effect when some conclusion of it stood
 * in some case and world. It is masked when it fired but never took effect: every conclusion it made
 * was set aside by precedence, or withdrawn before the world was decided because what it rested on
 * was set aside. A masked clause never changed an outcome.
 *
 * @param clauses    how many clauses the draft has
 * @param fired      how many fired in some case and world, masked ones included
 * @param neverFired the ids of the clauses that never fired
 * @param masked     the ids of the clauses that fired but never took effect
 */
public record Coverage(int clauses, int fired, List<String> neverFired, List<String> masked) {

    public Coverage {
        neverFired = List.copyOf(neverFired);
        masked = List.copyOf(masked);
    }

    /** How many clauses take effect: fired, and not masked. */
    public int effective() {
        return fired - masked.size();
    }

    /** The share of clauses that take effect, in percent, rounded to one decimal. */
    public double percent() {
        return clauses == 0 ? 0 : Math.round(1000.0 * effective() / clauses) / 10.0;
    }
}
