package dev.casus.model;

import java.util.Set;
import java.util.List;
import java.util.Objects;

/**
 * A party named in a draft. Clauses match on it, e.g. {@code $g : Party(role == Role.GUARANTOR)}.
 *
 * @param conditions conditions on the party's commitments, such as parliamentary approval
 */
public record Party(String id, String name, Role role, List<Condition> conditions) {

    public Party {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(role, "role must not be null");
        name = name == null ? id : name;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /**
     * True when this party is a State the incident attacked (see {@link Incident#hasVictim}).
     * Clauses write {@code Party(victimOf($i))} for the victim and {@code Party(!victimOf($i))} for
     * every other party.
     */
    public boolean victimOf(Incident incident) {
        return incident != null && incident.hasVictim(id);
    }

    /**
     * True when the incident happened (also) in this party's territory: its id is one of the incident's
     * {@link Incident#countries}. Clauses write {@code Party(countryOf($i))}.
     */
    public boolean countryOf(Incident incident) {
        return incident != null && incident.inCountry(id);
    }

    /** The first condition that applies to the commitment, or null when it activates unconditionally. */
    public Condition conditionFor(String commitment) {
        return conditions.stream().filter(c -> c.appliesTo(commitment)).findFirst().orElse(null);
    }

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
}
