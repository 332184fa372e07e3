package dev.casus.api;

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
}
