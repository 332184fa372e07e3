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
}
