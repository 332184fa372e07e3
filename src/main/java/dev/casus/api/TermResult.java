package dev.casus.api;

import java.util.List;

/** A term's status in one world, with every conclusion about it (standing or overridden). */
public record TermResult(String term, TermStatus status, List<Support> supports) {

    public TermResult {
        supports = List.copyOf(supports);
    }
}
