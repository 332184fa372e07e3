package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.model.Case;
import dev.casus.model.Party;
import dev.casus.model.Role;
import dev.casus.model.Uncertain;
import dev.casus.api.WorldResult;
import dev.casus.vocabulary.IncidentField;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A hostile incident (one that states an act) against a State the draft protects, that no clause
 * engages with: nothing fired in any world. Re-evaluates nothing: it reads the rules fired across the
 * worlds. A draft protects its guaranteed States; one with no guaranteed party (the parties guarantee
 * each other) protects its guarantors. An incident whose victim (or, with no victim, whose country) is
 * certainly none of them is not the draft's business, and no silence; nor is a State that is not a
 * party on the incident's day.
 */
final class SilentDetector implements Detector {

    @Override
    public List<Finding> detect(CaseEvidence evidence) {
        Set<String> protectedStates = protectedStates(evidence.draft().parties());
        boolean hostile = evidence.theCase().accounts().stream().flatMap(a -> a.events().stream())
                .anyMatch(e -> e.fields().containsKey("act") && mayTouch(e, onItsDays(e, protectedStates, evidence.draft().parties())));
        // a draft not in force on the incident's day does not apply to it, so it is not silent on it
        boolean applies = evidence.results().stream().anyMatch(WorldResult::inForce);
        if (!hostile || !applies || !evidence.firedRules().isEmpty()) {
            return List.of();
        }
        Set<String> acts = new TreeSet<>();
        evidence.worlds().forEach(w -> w.incidents().forEach(i -> {
            Object act = IncidentField.ACT.get(i);
            if (act != null) {
                acts.add(IncidentField.show(act));
            }
        }));
        return List.of(Finding.ofCase(FindingKind.SILENT, List.of(), "", evidence.caseId(), Reasons.silent(acts), List.of()));
    }

    /** The guaranteed parties; with none, the guarantors. */
    static Set<String> protectedStates(List<Party> parties) {
        Set<String> guaranteed = ids(parties, Role.GUARANTEED);
        return guaranteed.isEmpty() ? ids(parties, Role.GUARANTOR) : guaranteed;
    }

    /**
     * The protected States that are parties on the event's day: an event whose time is stated (one
     * day, or alternatives) protects only the States that are parties on one of those days.
     */
    private static Set<String> onItsDays(Case.Event event, Set<String> protectedStates, List<Party> parties) {
        Uncertain time = event.fields().get(IncidentField.TIME.key());
        List<Object> times;
        if (time instanceof Uncertain.Exactly exactly) {
            times = List.of(exactly.value());
        } else if (time instanceof Uncertain.OneOf oneOf) {
            times = oneOf.values();
        } else {
            return protectedStates;
        }
        List<LocalDate> days = times.stream().filter(Instant.class::isInstance)
                .map(t -> LocalDate.ofInstant((Instant) t, ZoneOffset.UTC)).toList();
        if (days.size() != times.size()) {
            return protectedStates;
        }
        return parties.stream().filter(p -> protectedStates.contains(p.id()))
                .filter(p -> days.stream().anyMatch(p::isPartyOn)).map(Party::id).collect(Collectors.toSet());
    }

    private static Set<String> ids(List<Party> parties, Role role) {
        return parties.stream().filter(p -> p.role() == role).map(Party::id).collect(Collectors.toSet());
    }

    /**
     * False only when the event says whom it attacked (its victim, else its country), and in none of
     * its alternatives is that a protected State.
     */
    private static boolean mayTouch(Case.Event event, Set<String> protectedStates) {
        Uncertain stated = event.fields().get(IncidentField.VICTIM.key());
        if (stated == null) {
            stated = event.fields().get(IncidentField.COUNTRY.key());
        }
        if (stated instanceof Uncertain.Exactly exactly) {
            return touches(exactly.value(), protectedStates);
        }
        if (stated instanceof Uncertain.OneOf oneOf) {
            return oneOf.values().stream().anyMatch(v -> touches(v, protectedStates));
        }
        return true;
    }

    private static boolean touches(Object value, Set<String> protectedStates) {
        if (value instanceof Collection<?> states) {
            return states.stream().anyMatch(protectedStates::contains);
        }
        return protectedStates.contains(value);
    }
}
