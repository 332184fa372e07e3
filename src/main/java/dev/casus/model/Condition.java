package dev.casus.model;

import java.util.Set;

/**
 * A condition a party attaches to its commitments, e.g. "needs approval by parliament".
 *
 * @param commitments the commitment ids it applies to; empty means all of the party's commitments
 */
public record Condition(String text, Set<String> commitments) {

    public Condition {
        commitments = commitments == null ? Set.of() : Set.copyOf(commitments);
    }

    public boolean appliesTo(String commitment) {
        return commitments.isEmpty() || commitments.contains(commitment);
    }
}
