package dev.casus.api;

import java.time.Duration;
import java.util.List;

/**
 * A party's commitment in one world.
 *
 * @param deadline  when activated, how soon it is due; null if the draft sets none
 * @param condition the party's condition that makes it conditional; null otherwise
 * @param deadlines the distinct deadlines that standing activations set (more than one is a conflict)
 */
public record CommitmentResult(String party, String commitment, CommitmentStatus status, Duration deadline,
                               String condition, List<Support> supports, List<Duration> deadlines) {

    public CommitmentResult {
        supports = List.copyOf(supports);
        deadlines = List.copyOf(deadlines);
    }

    /** {@code party/commitment}, the key used in reports and expectations. */
    public String key() {
        return party + "/" + commitment;
    }
}
