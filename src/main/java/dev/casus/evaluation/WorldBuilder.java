package dev.casus.evaluation;

import dev.casus.api.WorldResult.CommitmentResult;
import dev.casus.api.WorldResult.OutOfTime;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.WorldResult.TermResult;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;
import dev.casus.draft.Clause;
import dev.casus.engine.Conclusion;
import dev.casus.engine.Precedence;
import dev.casus.engine.RuleBase;
import dev.casus.model.Commitment;
import dev.casus.model.Holds;
import dev.casus.model.Incident;
import dev.casus.model.Party;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;

/** Turns what a session left standing into a world's result: every term and commitment decided, with its supports. */
final class WorldBuilder {

    private static final Comparator<Support> SUPPORT_ORDER = Comparator
            .comparing(Support::incident).thenComparing(Support::clause).thenComparing(Support::rule)
            .thenComparing(Support::positive)
            .thenComparing(s -> s.deadline() == null ? Duration.ZERO : s.deadline());

    private WorldBuilder() {
    }

    /**
     * Reads an evaluation's outcome: every subject as {@link Precedence} decides it from the
     * conclusions the session left, with the clauses behind it.
     */
    static WorldResult build(RuleBase.Outcome outcome, List<Incident> incidents, List<Party> parties,
                                 List<Commitment> declared, List<Commitment.Decision> decisions,
                                 Map<String, Clause> clausesByRule, List<OutOfTime> outOfTime) {
        Map<List<String>, List<Conclusion>> bySubject = new TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Conclusion c : outcome.conclusions()) {
            bySubject.computeIfAbsent(List.of(c.party() == null ? "" : c.party(), c.term()), k -> new ArrayList<>()).add(c);
        }
        SortedMap<String, TermResult> terms = new TreeMap<>();
        SortedMap<String, CommitmentResult> commitments = new TreeMap<>();
        Map<String, Party> partyById = new HashMap<>();
        parties.forEach(p -> partyById.put(p.id(), p));
        Map<String, Commitment> commitmentById = new HashMap<>();
        declared.forEach(c -> commitmentById.put(c.id(), c));
        for (Commitment c : declared) {
            for (String party : c.owedBy(parties)) {
                commitments.put(party + "/" + c.id(), new CommitmentResult(party, c.id(), CommitmentStatus.INACTIVE,
                        null, null, List.of(), List.of()));
            }
        }
        Map<Conclusion, String> overriddenBy = new HashMap<>();
        for (Map.Entry<List<String>, List<Conclusion>> subject : bySubject.entrySet()) {
            List<Conclusion> all = subject.getValue();
            Precedence.Decision decision = Precedence.decide(all);
            decision.setAside().forEach(o -> overriddenBy.put(o.conclusion(), o.by().clause()));
            List<Support> supports = all.stream()
                    .map(c -> support(c, decision.setAsideBy(c), clausesByRule, commitmentById))
                    .sorted(SUPPORT_ORDER).toList();
            String party = subject.getKey().get(0);
            String name = subject.getKey().get(1);
            if (party.isEmpty()) {
                TermStatus status = switch (decision.status()) {
                    case HOLDS -> TermStatus.HOLDS;
                    case DOES_NOT_HOLD -> TermStatus.DOES_NOT_HOLD;
                    case CONFLICT -> TermStatus.CONFLICT;
                };
                terms.put(name, new TermResult(name, status, supports));
            } else {
                Commitment commitment = commitmentById.get(name);
                Party owner = partyById.get(party);
                Party.Condition partyCondition = owner == null ? null : owner.conditionFor(name);
                String condition = partyCondition == null ? null : partyCondition.text();
                Boolean decided = commitment == null ? Boolean.TRUE : decided(commitment, incidents);
                List<Commitment.Decision> waitsOn = new ArrayList<>();
                if (decided == null) {
                    commitment.awaits().stream().filter(d -> taken(d, incidents) == null).forEach(waitsOn::add);
                }
                Commitment.Decision approval = partyCondition == null || partyCondition.decision() == null ? null
                        : decisions.stream().filter(d -> d.id().equals(partyCondition.decision())).findFirst().orElse(null);
                if (approval != null) {
                    // a condition a case can state: met, the commitment is owed; not met, it is not; unstated, it waits
                    condition = null;
                    Boolean met = taken(approval, incidents);
                    if (Boolean.FALSE.equals(met)) {
                        decided = false;
                    } else if (met == null) {
                        waitsOn.add(approval);
                    }
                }
                if (decision.status() == Precedence.Status.HOLDS) {
                    Set<String> read = new TreeSet<>();
                    Set<Conclusion> seen = new HashSet<>();
                    all.stream().filter(c -> c.positive() && decision.stands(c))
                            .forEach(c -> decisionsRead(c, outcome, clausesByRule, read, seen));
                    decisions.stream().filter(d -> read.contains(d.field()) && taken(d, incidents) == null
                            && !waitsOn.contains(d)).forEach(waitsOn::add);
                }
                if (!waitsOn.isEmpty()) {
                    condition = Commitment.Decision.WAITS_ON + String.join("; and on ",
                            waitsOn.stream().map(Commitment.Decision::describe).toList()) + (condition == null ? "" : "; " + condition);
                }
                CommitmentStatus status = switch (decision.status()) {
                    case HOLDS -> Boolean.FALSE.equals(decided) ? CommitmentStatus.INACTIVE
                            : condition == null ? CommitmentStatus.ACTIVE : CommitmentStatus.CONDITIONAL;
                    case DOES_NOT_HOLD -> CommitmentStatus.INACTIVE;
                    case CONFLICT -> CommitmentStatus.CONFLICT;
                };
                Duration declaredDeadline = commitment == null ? null : commitment.deadline();
                List<Duration> deadlines = all.stream()
                        .filter(c -> c.positive() && decision.stands(c))
                        .map(c -> c.deadline() == null ? declaredDeadline : c.deadline())
                        .filter(Objects::nonNull).distinct().sorted().toList();
                Duration deadline = status == CommitmentStatus.INACTIVE ? null
                        : deadlines.isEmpty() ? declaredDeadline : deadlines.get(0);
                commitments.put(party + "/" + name, new CommitmentResult(party, name, status, deadline,
                        status == CommitmentStatus.CONDITIONAL ? condition : null, supports, deadlines));
            }
        }
        Explainer explainer = new Explainer(List.copyOf(outcome.conclusions()), outcome.premises(), clausesByRule,
                overriddenBy, terms, commitments, outOfTime);
        return new WorldResult(incidents, terms, commitments, outcome.firedRules(), explainer, outOfTime);
    }

    /**
     * Whether the decisions the commitment awaits were taken: false when one was not, null when one is not
     * stated (the commitment waits on it), true when all were (or it awaits none).
     */
    private static Boolean decided(Commitment commitment, List<Incident> incidents) {
        Boolean all = Boolean.TRUE;
        for (Commitment.Decision d : commitment.awaits()) {
            Boolean taken = taken(d, incidents);
            if (Boolean.FALSE.equals(taken)) {
                return false;
            }
            if (taken == null) {
                all = null;
            }
        }
        return all;
    }

    /** True when some incident states the decision taken, false when stated and none took it, null when none states it. */
    private static Boolean taken(Commitment.Decision d, List<Incident> incidents) {
        Boolean taken = null;
        for (Incident i : incidents) {
            Object value = i.extra().get(d.field());
            if (Boolean.TRUE.equals(value)) {
                return true;
            }
            if (Boolean.FALSE.equals(value)) {
                taken = false;
            }
        }
        return taken;
    }

    /**
     * The decision fields ({@code decisions.<id>}) that the clauses behind a conclusion read with
     * {@code decided(...)}, down the chain of terms it rests on.
     */
    private static void decisionsRead(Conclusion c, RuleBase.Outcome outcome, Map<String, Clause> clausesByRule,
                                      Set<String> read, Set<Conclusion> seen) {
        if (!seen.add(c)) {
            return;
        }
        Clause clause = clausesByRule.get(c.rule());
        if (clause != null) {
            clause.fieldsRead().stream().filter(f -> f.startsWith(Commitment.Decision.FIELD_PREFIX)).forEach(read::add);
        }
        for (Object premise : outcome.premises().getOrDefault(c, List.of())) {
            if (premise instanceof Holds h) {
                outcome.conclusions().stream()
                        .filter(t -> !t.isCommitment() && t.positive() && t.term().equals(h.term()) && t.incident().equals(h.incident()))
                        .forEach(t -> decisionsRead(t, outcome, clausesByRule, read, seen));
            } else if (premise instanceof Conclusion earlier) {
                decisionsRead(earlier, outcome, clausesByRule, read, seen);
            }
        }
    }

    private static Support support(Conclusion c, String overriddenBy, Map<String, Clause> clausesByRule,
                                   Map<String, Commitment> commitments) {
        Clause clause = clausesByRule.get(c.rule());
        Duration deadline = null;
        if (c.isCommitment() && c.positive()) {
            Commitment declared = commitments.get(c.term());
            deadline = c.deadline() != null ? c.deadline() : declared == null ? null : declared.deadline();
        }
        return new Support(c.clause(), c.rule(), clause == null ? "" : clause.text(), c.positive(),
                c.incident().id(), overriddenBy, deadline);
    }

}
