package dev.casus.model;

/**
 * A term that holds for an incident once precedence is applied. Clauses chain on it:
 * {@code Holds(term == "armed attack", incident == $i)}.
 */
public record Holds(String term, Incident incident) {
}
