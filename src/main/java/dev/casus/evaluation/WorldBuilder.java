package dev.casus.evaluation;

import dev.casus.api.CommitmentResult;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.Support;
import dev.casus.api.TermResult;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;
import dev.casus.draft.Clause;
import dev.casus.engine.Conclusion;
import dev.casus.engine.Overridden;
import dev.casus.engine.RuleBase;
import dev.casus.model.Commitment;
import dev.casus.model.Incident;
import dev.casus.model.Party;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** Decides every subject of an evaluation's outcome under declared precedence. */
    static WorldResult build(RuleBase.Outcome outcome, List<Incident> incidents, List<Party> parties,
                                 List<Commitment> declared, Map<String, Clause> clausesByRule) {
        Map<Conclusion, String> overriddenBy = new HashMap<>();
        for (Overridden o : outcome.overridden()) {
            overriddenBy.merge(o.conclusion(), o.by().clause(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
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
        for (Map.Entry<List<String>, List<Conclusion>> subject : bySubject.entrySet()) {
            List<Conclusion> all = subject.getValue();
            List<Support> supports = all.stream()
                    .map(c -> support(c, overriddenBy.get(c), clausesByRule, commitmentById))
                    .sorted(SUPPORT_ORDER).toList();
            Decision decision = decide(all, overriddenBy);
            String party = subject.getKey().get(0);
            String name = subject.getKey().get(1);
            if (party.isEmpty()) {
                TermStatus status = switch (decision) {
                    case FOR -> TermStatus.HOLDS;
                    case AGAINST -> TermStatus.DOES_NOT_HOLD;
                    case BOTH -> TermStatus.CONFLICT;
                };
                terms.put(name, new TermResult(name, status, supports));
            } else {
                Commitment commitment = commitmentById.get(name);
                Party owner = partyById.get(party);
                String condition = owner == null || owner.conditionFor(name) == null ? null : owner.conditionFor(name).text();
                CommitmentStatus status = switch (decision) {
                    case FOR -> condition == null ? CommitmentStatus.ACTIVE : CommitmentStatus.CONDITIONAL;
                    case AGAINST -> CommitmentStatus.INACTIVE;
                    case BOTH -> CommitmentStatus.CONFLICT;
                };
                Duration declaredDeadline = commitment == null ? null : commitment.deadline();
                List<Duration> deadlines = all.stream()
                        .filter(c -> c.positive() && !overriddenBy.containsKey(c))
                        .map(c -> c.deadline() == null ? declaredDeadline : c.deadline())
                        .filter(Objects::nonNull).distinct().sorted().toList();
                Duration deadline = status == CommitmentStatus.INACTIVE ? null
                        : deadlines.isEmpty() ? declaredDeadline : deadlines.get(0);
                commitments.put(party + "/" + name, new CommitmentResult(party, name, status, deadline,
                        status == CommitmentStatus.CONDITIONAL ? condition : null, supports, deadlines));
            }
        }
        Explainer explainer = new Explainer(List.copyOf(outcome.conclusions()), outcome.premises(), clausesByRule,
                overriddenBy, terms, commitments);
        return new WorldResult(incidents, terms, commitments, outcome.firedRules(), explainer);
    }

    private enum Decision { FOR, AGAINST, BOTH }

    /** Per incident, what stands; across a timeline, one incident that decides "for" is enough. */
    private static Decision decide(List<Conclusion> all, Map<Conclusion, String> overriddenBy) {
        Map<Incident, boolean[]> perIncident = new LinkedHashMap<>();
        for (Conclusion c : all) {
            if (overriddenBy.containsKey(c)) {
                continue;
            }
            boolean[] sides = perIncident.computeIfAbsent(c.incident(), k -> new boolean[2]);
            sides[c.positive() ? 0 : 1] = true;
        }
        boolean anyFor = false;
        boolean anyBoth = false;
        for (boolean[] sides : perIncident.values()) {
            anyFor |= sides[0] && !sides[1];
            anyBoth |= sides[0] && sides[1];
        }
        return anyFor ? Decision.FOR : anyBoth ? Decision.BOTH : Decision.AGAINST;
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
