package dev.casus.model;

import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import java.util.Objects;

/**
 * A party named in a draft. Clauses match on it, e.g. {@code $g : Party(role == Role.GUARANTOR)}.
 *
 * @param conditions conditions on the party's commitments, such as parliamentary approval
 * @param since      the first day it is a party (draft.yaml {@code since:}); null when it is one from the start
 * @param until      the last day it is a party (draft.yaml {@code until:}); null when it stays one
 */
public record Party(String id, String name, Role role, List<Condition> conditions, LocalDate since, LocalDate until) {

    public Party {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(role, "role must not be null");
        name = name == null ? id : name;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("party " + id + ": until (" + until + ") is before since (" + since + ")");
        }
    }

    /** A party with no dates: a party whenever the draft applies. */
    public Party(String id, String name, Role role, List<Condition> conditions) {
        this(id, name, role, conditions, null, null);
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

    /** True when it is a party on {@code date}; a null date (an incident without a time) counts as a party. */
    public boolean isPartyOn(LocalDate date) {
        return date == null || ((since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until)));
    }

    /**
     * Why it is not a party on {@code date}, e.g. "FI was not a party on 2022-02-24 (a party since 2023-04-04)";
     * null when it is one.
     */
    public String notAPartyOn(LocalDate date) {
        if (isPartyOn(date)) {
            return null;
        }
        String span = since != null && until != null ? "a party from " + since + " until " + until
                : since != null ? "a party since " + since : "a party until " + until;
        return id + " was not a party on " + date + " (" + span + ")";
    }

    /**
     * A condition a party attaches to its commitments, e.g. "needs approval by parliament".
     *
     * @param commitments the commitment ids it applies to; empty means all of the party's commitments
     * @param decision    the id under which a case states whether it was met ({@code decisions: {bundestag-mandate:
     *                    yes}}), or null when no case can: then the commitment stays conditional
     */
    public record Condition(String text, Set<String> commitments, String decision) {

        public Condition {
            commitments = commitments == null ? Set.of() : Set.copyOf(commitments);
        }

        public Condition(String text, Set<String> commitments) {
            this(text, commitments, null);
        }

        public boolean appliesTo(String commitment) {
            return commitments.isEmpty() || commitments.contains(commitment);
        }
    }
}
