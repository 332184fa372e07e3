package dev.casus.engine;

import java.util.List;

/**
 * What the engine needs to know of a clause to record its conclusions and report its failures.
 *
 * @param id         the citation from {@code @clause}
 * @param overrides  the clause ids it declares precedence over
 * @param location   {@code path:line} of the rule, for messages
 * @param conditions the rule's conditions as written, to tell which rule a condition failure came from
 */
public record ClauseTag(String id, List<String> overrides, String location, String conditions) {

    public ClauseTag {
        overrides = List.copyOf(overrides);
    }
}
