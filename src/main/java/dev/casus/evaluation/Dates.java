package dev.casus.evaluation;

import dev.casus.api.WorldResult.OutOfTime;
import dev.casus.draft.CompiledDraft;
import dev.casus.engine.Conclusion;
import dev.casus.engine.RuleBase;
import dev.casus.model.Incident;
import dev.casus.model.Party;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an incident's time leaves of a draft: the incidents on which it is in force, the parties that
 * are parties on one of their days, and the activations owed by a party that was not one on the day of
 * their incident. An incident without a time, and a draft without dates, leave everything in.
 *
 * @param inForce the incidents the clauses see: those on a day the draft is in force, in timeline order
 * @param parties the parties the clauses see: a party on the day of at least one of those incidents
 * @param notes   why an incident or a party is left out, in timeline and then party order
 */
record Dates(List<Incident> inForce, List<Party> parties, List<OutOfTime> notes, Map<String, Party> byId) {

    /** The date of an incident, in UTC; null when it has no time. */
    static LocalDate dayOf(Incident incident) {
        return incident.time() == null ? null : LocalDate.ofInstant(incident.time(), ZoneOffset.UTC);
    }

    static Dates of(CompiledDraft draft, List<Incident> timeline) {
        if (!draft.hasDates()) {
            return new Dates(timeline, draft.parties(), List.of(), Map.of());
        }
        List<OutOfTime> notes = new ArrayList<>();
        List<Incident> inForce = new ArrayList<>();
        for (Incident incident : timeline) {
            String why = draft.inForce().notInForceOn(dayOf(incident));
            if (why == null) {
                inForce.add(incident);
            } else {
                notes.add(new OutOfTime(incident.id(), null, why));
            }
        }
        Set<Party> parties = new LinkedHashSet<>();
        Map<String, Party> byId = new HashMap<>();
        for (Party party : draft.parties()) {
            byId.put(party.id(), party);
            for (Incident incident : inForce) {
                String why = party.notAPartyOn(dayOf(incident));
                if (why == null) {
                    parties.add(party);
                } else {
                    notes.add(new OutOfTime(incident.id(), party.id(), why));
                }
            }
        }
        return new Dates(List.copyOf(inForce), draft.parties().stream().filter(parties::contains).toList(),
                List.copyOf(notes), Map.copyOf(byId));
    }

    /** The session's outcome without the activations (and withholdings) of a party that was not one on its incident's day. */
    RuleBase.Outcome keepOwed(RuleBase.Outcome outcome) {
        if (notes.isEmpty()) {
            return outcome;
        }
        List<Conclusion> kept = new ArrayList<>();
        Set<String> fired = new TreeSet<>();
        for (Conclusion c : outcome.conclusions()) {
            Party party = c.party() == null ? null : byId.get(c.party());
            if (party == null || party.isPartyOn(dayOf(c.incident()))) {
                kept.add(c);
                fired.add(c.rule());
            }
        }
        Map<Conclusion, List<Object>> premises = new HashMap<>();
        kept.forEach(c -> premises.put(c, outcome.premises().getOrDefault(c, List.of())));
        return new RuleBase.Outcome(kept, premises, fired);
    }

    /** An outcome with nothing concluded: the draft is in force on none of the incidents. */
    static RuleBase.Outcome nothing() {
        return new RuleBase.Outcome(List.of(), Map.of(), Set.of());
    }
}
