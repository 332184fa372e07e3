package dev.casus.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An uncertain fact that decides an undetermined answer: changing it alone changes the outcome.
 *
 * @param field    the field, e.g. {@code attribution}, or {@code e2.verified} in a timeline
 * @param outcomes for each value tried, in the order tried, the outcome ("mixed", or "varies with" the other deciding facts, when they decide too)
 * @param clauses  the clauses whose conditions read the field and that fired in some worlds only
 */
public record Dependence(String field, Map<String, String> outcomes, List<String> clauses) {

    public Dependence {
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        clauses = List.copyOf(clauses);
    }

    /** "attribution: confirmed → active; suspected → inactive". */
    public String describe() {
        java.util.Map<String, List<String>> valuesByOutcome = new java.util.LinkedHashMap<>();
        outcomes.forEach((value, outcome) -> valuesByOutcome.computeIfAbsent(outcome, k -> new java.util.ArrayList<>()).add(value));
        StringBuilder s = new StringBuilder(field).append(": ");
        String sep = "";
        for (var e : valuesByOutcome.entrySet()) {
            s.append(sep).append(String.join(", ", e.getValue())).append(" \u2192 ").append(e.getKey());
            sep = "; ";
        }
        return s.toString();
    }
}
