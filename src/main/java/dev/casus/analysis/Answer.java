package dev.casus.analysis;

import java.util.List;

/**
 * The three-way answer for one commitment or term of a case.
 *
 * @param dependsOn for an undetermined answer, the uncertain facts that decide it (minimal: each one alone changes it)
 * @param clauses   the clauses that concluded about it in some world
 */
public record Answer(String subject, Verdict verdict, List<Dependence> dependsOn, List<String> clauses) {

    public Answer {
        dependsOn = List.copyOf(dependsOn);
        clauses = List.copyOf(clauses);
    }

    /** "undetermined: depends on attribution: confirmed → active; suspected → inactive". */
    public String describe() {
        if (verdict != Verdict.UNDETERMINED || dependsOn.isEmpty()) {
            return verdict.label();
        }
        return verdict.label() + ": depends on " + String.join("; and on ",
                dependsOn.stream().map(Dependence::describe).toList());
    }
}
