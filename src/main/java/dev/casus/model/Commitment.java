package dev.casus.model;

import java.time.Duration;
import java.util.List;

/**
 * A commitment declared in draft.yaml: something a party undertakes to do when a clause activates it.
 *
 * @param deadline how soon it is due once activated; null when the draft sets none
 * @param parties  the parties that owe it; empty means every guarantor
 * @param line     the line of its declaration in draft.yaml
 */
public record Commitment(String id, String wording, Duration deadline, List<String> parties, int line) {

    public Commitment {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** The ids of the parties that owe it: those it names, or every guarantor. */
    public List<String> owedBy(List<Party> all) {
        if (!parties.isEmpty()) {
            return parties;
        }
        return all.stream().filter(p -> p.role() == Role.GUARANTOR).map(Party::id).toList();
    }
}
