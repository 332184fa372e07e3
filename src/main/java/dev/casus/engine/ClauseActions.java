package dev.casus.engine;

import dev.casus.model.Holds;
import dev.casus.model.Incident;
import dev.casus.model.Party;
import org.kie.api.runtime.rule.RuleContext;

import java.time.Duration;
import java.util.List;

/**
 * The one-line consequences a clause writes: {@code holds("armed attack", $i);},
 * {@code holdsNot(...)}, {@code activate("consult", $p);} and {@code withhold(...)}. The rule base
 * passes the firing rule's {@link RuleContext} as the first argument (see {@link ConsequenceRewriter}),
 * so drafters never write it. Each records a conclusion by truth maintenance, tagged with the clause
 * that made it and the facts it matched, so that it disappears when its grounds do.
 */
public final class ClauseActions {

    private ClauseActions() {
    }

    /** Concludes that {@code term} holds for the incident. */
    public static void holds(RuleContext drools, String term, Incident incident) {
        conclude(drools, term, null, true, incident, null);
    }

    /** Concludes that {@code term} does not hold for the incident: how exceptions are written. */
    public static void holdsNot(RuleContext drools, String term, Incident incident) {
        conclude(drools, term, null, false, incident, null);
    }

    /** Activates the party's commitment, with the deadline draft.yaml declares. */
    public static void activate(RuleContext drools, String commitment, Party party) {
        conclude(drools, commitment, partyId(party), true, null, null);
    }

    /** Activates the party's commitment with its own deadline, e.g. {@code "48h"} or {@code "7d"}. */
    public static void activate(RuleContext drools, String commitment, Party party, String deadline) {
        conclude(drools, commitment, partyId(party), true, null, Deadlines.parse(deadline));
    }

    /** Concludes that the party's commitment is not activated: an exception to an activating clause. */
    public static void withhold(RuleContext drools, String commitment, Party party) {
        conclude(drools, commitment, partyId(party), false, null, null);
    }

    private static String partyId(Party party) {
        if (party == null) {
            throw new IllegalArgumentException("the party must not be null");
        }
        return party.id();
    }

    private static void conclude(RuleContext drools, String term, String party, boolean positive, Incident incident,
                                 Duration deadline) {
        if (!(drools.getKieRuntime().getGlobal(EvaluationContext.GLOBAL) instanceof EvaluationContext context)) {
            throw new IllegalStateException("clause actions run only inside a Casus evaluation");
        }
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("the term or commitment must not be empty");
        }
        String rule = drools.getRule().getName();
        ClauseTag tag = context.tags.get(rule);
        if (party != null && !context.commitments.contains(term)) {
            throw new IllegalArgumentException("commitment '" + term + "' is not declared in draft.yaml");
        }
        List<Object> premises = List.copyOf(drools.getMatch().getObjects());
        Incident about = incident != null ? incident : incidentOf(premises);
        if (about == null) {
            throw new IllegalArgumentException("the clause must match an Incident, or a Holds of one, to conclude about it");
        }
        Conclusion conclusion = new Conclusion(term, party, positive, tag == null ? rule : tag.id(), rule,
                tag == null ? List.of() : tag.overrides(), about, deadline);
        drools.insertLogical(conclusion);
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
