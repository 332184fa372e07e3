package dev.casus.properties;

import dev.casus.engine.Conclusion;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated clause: conditions on the incident, terms it chains on, one conclusion, and the
 * clauses it overrides.
 *
 * @param premises terms it requires to hold for the incident, with {@code Holds(...)}
 */
record ClauseModel(String rule, String id, List<Condition> conditions, List<String> premises, Conclusion conclusion,
                   List<String> overrides, boolean vague) {

    ClauseModel {
        conditions = List.copyOf(conditions);
        premises = List.copyOf(premises);
        overrides = List.copyOf(overrides);
    }

    /**
     * What a clause concludes: a term holds or not, or a commitment is activated or withheld for
     * every guarantor.
     *
     * @param deadline for an activation, its own deadline ({@code "48h"}); null for the declared one
     */
    record Conclusion(String subject, boolean commitment, boolean positive, String deadline) {

        static Conclusion term(String term, boolean positive) {
            return new Conclusion(term, false, positive, null);
        }

        static Conclusion commitment(String commitment, boolean positive, String deadline) {
            return new Conclusion(commitment, true, positive, positive ? deadline : null);
        }

        String drl() {
            if (!commitment) {
                return (positive ? "holds" : "holdsNot") + "(\"" + subject + "\", $i);";
            }
            if (!positive) {
                return "withhold(\"" + subject + "\", $p);";
            }
            return "activate(\"" + subject + "\", $p" + (deadline == null ? "" : ", \"" + deadline + "\"") + ");";
        }
    }

    ClauseModel withRule(String newRule, String newId) {
        return new ClauseModel(newRule, newId, conditions, premises, conclusion, overrides, vague);
    }

    ClauseModel withOverrides(List<String> ids) {
        return new ClauseModel(rule, id, conditions, premises, conclusion, ids, vague);
    }

    String drl() {
        StringBuilder s = new StringBuilder();
        s.append("rule \"").append(rule).append("\"\n");
        s.append("    @clause(\"").append(id).append("\")\n");
        s.append("    @text(\"").append(vague ? "An act of sufficient gravity is covered." : "The generated clause applies.")
                .append("\")\n");
        if (vague) {
            s.append("    @vague(\"sufficient gravity\")\n");
        }
        if (!overrides.isEmpty()) {
            s.append("    @overrides(").append(overrides.stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(", ")))
                    .append(")\n");
        }
        s.append("when\n");
        s.append("    $i : Incident(").append(conditions.stream().map(Condition::drl).collect(Collectors.joining(", ")))
                .append(")\n");
        for (String premise : premises) {
            s.append("    Holds(term == \"").append(premise).append("\", incident == $i)\n");
        }
        if (conclusion.commitment()) {
            s.append("    $p : Party(role == Role.GUARANTOR)\n");
        }
        s.append("then\n");
        s.append("    ").append(conclusion.drl()).append("\n");
        s.append("end\n");
        return s.toString();
    }
}
