package dev.casus.engine;

import dev.casus.draft.Clause;
import dev.casus.model.Conclusion;
import dev.casus.model.Holds;
import dev.casus.model.Incident;
import dev.casus.model.Party;
import org.drools.core.rule.consequence.KnowledgeHelper;

import java.time.Duration;
import java.util.List;

/**
 * The one-line consequences a clause writes: {@code holds("armed attack", $i);},
 * {@code holdsNot(...)}, {@code activate("consult-24h", $g);} and {@code withhold(...)}.
 * Every draft file can call them without imports. Each records a conclusion by truth maintenance,
 * tagged with the clause that made it and the facts it matched, so that it disappears when its
 * grounds do.
 */
public final class ClauseActions {

    static final ThreadLocal<EvaluationContext> CONTEXT = new ThreadLocal<>();

    private ClauseActions() {
    }

    /** Concludes that {@code term} holds for the incident. */
    public static void holds(String term, Incident incident) {
        conclude(term, null, true, incident, null);
    }

    /** Concludes that {@code term} does not hold for the incident: how exceptions are written. */
    public static void holdsNot(String term, Incident incident) {
        conclude(term, null, false, incident, null);
    }

    /** Activates the party's commitment, with the deadline draft.yaml declares. */
    public static void activate(String commitment, Party party) {
        conclude(commitment, party.id(), true, null, null);
    }

    /** Activates the party's commitment with its own deadline, e.g. {@code "48h"} or {@code "7d"}. */
    public static void activate(String commitment, Party party, String deadline) {
        conclude(commitment, party.id(), true, null, Deadlines.parse(deadline));
    }

    /** Concludes that the party's commitment is not activated: an exception to an activating clause. */
    public static void withhold(String commitment, Party party) {
        conclude(commitment, party.id(), false, null, null);
    }

    private static void conclude(String term, String party, boolean positive, Incident incident, Duration deadline) {
        EvaluationContext context = CONTEXT.get();
        if (context == null || context.helper == null) {
            throw new IllegalStateException("clause actions run only inside a Casus evaluation");
        }
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("the term or commitment must not be empty");
        }
        KnowledgeHelper helper = context.helper;
        String rule = helper.getRule().getName();
        Clause clause = context.clausesByRule.get(rule);
        if (party != null && !context.commitments.contains(term)) {
            throw new IllegalArgumentException("commitment '" + term + "' is not declared in draft.yaml");
        }
        List<Object> premises = List.copyOf(helper.getMatch().getObjects());
        Incident about = incident != null ? incident : incidentOf(premises);
        if (about == null) {
            throw new IllegalArgumentException("the clause must match an Incident, or a Holds of one, to conclude about it");
        }
        Conclusion conclusion = new Conclusion(term, party, positive,
                clause == null ? rule : clause.id(), rule,
                clause == null ? List.of() : clause.overrides(), about, deadline);
        helper.insertLogical(conclusion);
        context.premises.put(conclusion, premises);
    }

    /** The incident a match is about: a matched term's incident first, then the last incident matched. */
    private static Incident incidentOf(List<Object> premises) {
        Incident found = null;
        for (Object premise : premises) {
            if (premise instanceof Holds h) {
                return h.incident();
            }
            if (premise instanceof Incident i) {
                found = i;
            } else if (premise instanceof Conclusion c && found == null) {
                found = c.incident();
            }
        }
        return found;
    }
}
