package dev.casus.model;

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

    /** The first condition that applies to the commitment, or null when it activates unconditionally. */
    public Condition conditionFor(String commitment) {
        return conditions.stream().filter(c -> c.appliesTo(commitment)).findFirst().orElse(null);
    }
}
