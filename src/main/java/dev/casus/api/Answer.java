package dev.casus.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The three-way answer for one commitment or term of a case.
 *
 * @param dependsOn for an undetermined answer, the uncertain facts that decide it (minimal: each one alone changes it)
 * @param clauses   the clauses that concluded about it in some world
 * @param conflicts for an answer left undetermined by a conflict, what the conflict is about and between which clauses
 */
public record Answer(String subject, Verdict verdict, List<Dependence> dependsOn, List<String> clauses,
                     List<String> conflicts) {

    public Answer {
        dependsOn = List.copyOf(dependsOn);
        clauses = List.copyOf(clauses);
        conflicts = List.copyOf(conflicts);
    }

    /** "undetermined: depends on attribution: confirmed → active; suspected → inactive". */
    public String describe() {
        if (verdict != Verdict.UNDETERMINED) {
            return verdict.label();
        }
        List<String> why = new java.util.ArrayList<>();
        if (!dependsOn.isEmpty()) {
            why.add("depends on " + String.join("; and on ", dependsOn.stream().map(Dependence::describe).toList()));
        }
        conflicts.forEach(c -> why.add(c.startsWith("\"") ? "conflict on " + c : "conflict: " + c));
        return why.isEmpty() ? verdict.label() : verdict.label() + ": " + String.join("; ", why);
    }

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
}
