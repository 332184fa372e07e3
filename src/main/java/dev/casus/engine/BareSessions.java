package dev.casus.engine;

import dev.casus.model.Incident;
import dev.casus.model.Party;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.List;

/**
 * Internal, for the baselines of {@code casus bench}: Drools sessions on a draft's compiled clauses
 * that insert the facts and fire, and do nothing of what {@link RuleBase#evaluate} does afterwards
 * (no reading back of the facts, no outcome). The clauses' own actions still run as they do in an
 * evaluation, since the clauses call them.
 */
public final class BareSessions {

    private final RuleBase ruleBase;

    BareSessions(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /**
     * One world in a session of its own: new session, insert the parties and incidents, fire, dispose.
     *
     * @return how many rules fired
     */
    public int fireFresh(List<Party> parties, List<Incident> incidents) {
        EvaluationContext context = ruleBase.newContext();
        KieSession session = ruleBase.newSession(context);
        try {
            parties.forEach(session::insert);
            incidents.forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** A session to reuse across worlds, on one thread at a time; close it when done. */
    public Reused reused() {
        return new Reused();
    }

    /**
     * A long-lived session: each world inserts its facts, fires, and deletes what it inserted; truth
     * maintenance then retracts every fact the rules derived from them.
     */
    public final class Reused implements AutoCloseable {

        private final EvaluationContext context = ruleBase.newContext();
        private final KieSession session = ruleBase.newSession(context);
        private final List<FactHandle> inserted = new ArrayList<>();

        private Reused() {
        }

        /**
         * One world: insert the parties and incidents, fire, delete them again, and fire once more to
         * let the deletions retract what the rules derived.
         *
         * @return how many rules fired for the world, as many as in a fresh session
         */
        public int fire(List<Party> parties, List<Incident> incidents) {
            try {
                parties.forEach(p -> inserted.add(session.insert(p)));
                incidents.forEach(i -> inserted.add(session.insert(i)));
                int fired = session.fireAllRules();
                inserted.forEach(session::delete);
                // Deletions propagate when the session next fires: fire now, so that truth maintenance
                // retracts this world's derived facts before the next world is inserted. What fires
                // here is an artefact of retracting step by step (an overridden conclusion is briefly
                // not overridden), not part of the world's answer, so it is not counted.
                session.fireAllRules();
                return fired;
            } finally {
                inserted.clear();
                context.premises.clear();
            }
        }

        /** How many facts the session holds now: none between worlds. */
        public long factCount() {
            return session.getFactCount();
        }

        @Override
        public void close() {
            session.dispose();
        }
    }
}
