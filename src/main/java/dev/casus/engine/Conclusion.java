package dev.casus.engine;

import dev.casus.model.Incident;

import java.time.Duration;
import java.util.List;

/**
 * What one clause concluded about a subject (a term, or a party's commitment) for an incident.
 * Clauses do not create these directly; {@code holds}, {@code holdsNot}, {@code activate} and
 * {@code withhold} do.
 *
 * @param term      the term, or the commitment id when {@code party} is set
 * @param party     the party whose commitment this is; null for a term
 * @param positive  true for "holds" / "activates", false for "does not hold" / "withheld"
 * @param clause    the concluding clause's id
 * @param rule      the concluding rule's name
 * @param overrides clause ids this conclusion's clause declares precedence over
 * @param deadline  for an activation, a deadline that differs from the declared one; else null
 */
public record Conclusion(String term, String party, boolean positive, String clause, String rule,
                         List<String> overrides, Incident incident, Duration deadline) {

    public Conclusion {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    public boolean isCommitment() {
        return party != null;
    }

}
