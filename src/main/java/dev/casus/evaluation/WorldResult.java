package dev.casus.evaluation;

import dev.casus.draft.Clause;
import dev.casus.engine.Deadlines;
import dev.casus.engine.Precedence;
import dev.casus.engine.RuleBase;
import dev.casus.model.Commitment;
import dev.casus.model.Conclusion;
import dev.casus.model.Holds;
import dev.casus.model.Incident;
import dev.casus.model.IncidentField;
import dev.casus.model.Described;
import dev.casus.model.Party;
import dev.casus.model.Role;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The result of evaluating one concrete world: every term and every party's commitment, each with
 * the clauses behind it, and the clauses that fired. Immutable.
 */
public final class WorldResult {

    private static final Comparator<Support> SUPPORT_ORDER = Comparator
            .comparing(Support::incident).thenComparing(Support::clause).thenComparing(Support::rule)
            .thenComparing(Support::positive)
            .thenComparing(s -> s.deadline() == null ? Duration.ZERO : s.deadline());

    private final List<Incident> incidents;
    private final SortedMap<String, TermResult> terms;
    private final SortedMap<String, CommitmentResult> commitments;
    private final Set<String> firedRules;
    private final Map<Conclusion, List<Object>> premises;
    private final List<Conclusion> conclusions;
    private final Map<String, Clause> clausesByRule;
    private final Map<Conclusion, String> overriddenBy;

    private WorldResult(List<Incident> incidents, SortedMap<String, TermResult> terms,
                        SortedMap<String, CommitmentResult> commitments, Set<String> firedRules,
                        Map<Conclusion, List<Object>> premises, List<Conclusion> conclusions,
                        Map<String, Clause> clausesByRule, Map<Conclusion, String> overriddenBy) {
        this.overriddenBy = overriddenBy;
        this.incidents = incidents;
        this.terms = terms;
        this.commitments = commitments;
        this.firedRules = firedRules;
        this.premises = premises;
        this.conclusions = conclusions;
        this.clausesByRule = clausesByRule;
    }

    /**
     * Reads an evaluation's outcome: every subject as {@link Precedence} decides it from the
     * conclusions the session left, with the clauses behind it.
     */
    public static WorldResult of(RuleBase.Outcome outcome, List<Incident> incidents, List<Party> parties,
                                 List<Commitment> declared, Map<String, Clause> clausesByRule) {
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
            for (String party : owers(c, parties)) {
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
                String condition = owner == null || owner.conditionFor(name) == null ? null : owner.conditionFor(name).text();
                CommitmentStatus status = switch (decision.status()) {
                    case HOLDS -> condition == null ? CommitmentStatus.ACTIVE : CommitmentStatus.CONDITIONAL;
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
        List<Conclusion> conclusions = new ArrayList<>(outcome.conclusions());
        return new WorldResult(List.copyOf(incidents), Collections.unmodifiableSortedMap(terms),
                Collections.unmodifiableSortedMap(commitments), Collections.unmodifiableSet(new TreeSet<>(outcome.firedRules())),
                outcome.premises(), conclusions, clausesByRule, overriddenBy);
    }

    /** The parties that owe a commitment: those it names, or every guarantor. */
    public static List<String> owers(Commitment commitment, List<Party> parties) {
        if (!commitment.parties().isEmpty()) {
            return commitment.parties();
        }
        return parties.stream().filter(p -> p.role() == Role.GUARANTOR).map(Party::id).toList();
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

    public List<Incident> incidents() {
        return incidents;
    }

    /** Every term some clause concluded about, by name. */
    public SortedMap<String, TermResult> terms() {
        return terms;
    }

    /** Every commitment owed or activated, by {@code party/commitment}. */
    public SortedMap<String, CommitmentResult> commitments() {
        return commitments;
    }

    /** The status of a term; {@link TermStatus#NOT_CONCLUDED} when no clause spoke of it. */
    public TermStatus term(String term) {
        TermResult r = terms.get(term);
        return r == null ? TermStatus.NOT_CONCLUDED : r.status();
    }

    /** The status of a commitment by {@code party/commitment}; {@link CommitmentStatus#INACTIVE} when unknown. */
    public CommitmentStatus commitment(String key) {
        CommitmentResult r = commitments.get(key);
        return r == null ? CommitmentStatus.INACTIVE : r.status();
    }

    /** The names of the rules that fired, including ones whose conclusions were later withdrawn. */
    public Set<String> firedRules() {
        return firedRules;
    }

    /** The chain of clauses behind a commitment ({@code party/commitment}) or a term, down to the incident's facts. */
    public Optional<Explanation> explain(String key) {
        CommitmentResult commitment = commitments.get(key);
        if (commitment != null) {
            String deadline = commitment.deadline() == null ? "" : ", due within " + Deadlines.format(commitment.deadline());
            String condition = commitment.condition() == null ? "" : ", subject to: " + commitment.condition();
            List<Explanation> because = explainSubject(commitment.commitment(), commitment.party(), null, 0);
            String none = because.isEmpty() ? ": no clause activated it" : "";
            return Optional.of(new Explanation(key + " is " + commitment.status().name().toLowerCase() + deadline + condition + none,
                    "", "", List.of(), because));
        }
        TermResult term = terms.get(key);
        if (term != null) {
            return Optional.of(new Explanation("\"" + key + "\" " + describe(term.status()), "", "", List.of(),
                    explainSubject(key, null, null, 0)));
        }
        return Optional.empty();
    }

    private List<Explanation> explainSubject(String term, String party, Incident incident, int depth) {
        if (depth > 12) {
            return List.of();
        }
        List<Explanation> steps = new ArrayList<>();
        conclusions.stream()
                .filter(c -> c.term().equals(term) && Objects.equals(c.party(), party)
                        && (incident == null || c.incident().equals(incident)))
                .sorted(Comparator.comparing((Conclusion c) -> c.incident().id()).thenComparing(Conclusion::clause)
                        .thenComparing(Conclusion::rule).thenComparing(Conclusion::positive))
                .forEach(c -> steps.add(explainConclusion(c, depth)));
        return steps;
    }

    private Explanation explainConclusion(Conclusion c, int depth) {
        Clause clause = clausesByRule.get(c.rule());
        String subject = c.party() == null ? "\"" + c.term() + "\"" : c.party() + "/" + c.term();
        String verb = c.party() == null ? (c.positive() ? " holds" : " does not hold")
                : (c.positive() ? " activated" : " withheld");
        String statement = subject + verb + " for incident " + c.incident().id()
                + (overriddenBy.containsKey(c) ? " (set aside: " + overriddenBy.get(c) + " overrides it)" : "");
        List<String> facts = new ArrayList<>();
        List<Explanation> because = new ArrayList<>();
        for (Object premise : premises.getOrDefault(c, List.of())) {
            if (premise instanceof Incident i && clause != null) {
                facts.addAll(factsOf(i, clause));
            } else if (premise instanceof Party p) {
                facts.add("party " + p.id() + " (" + p.role().yamlName() + ")");
            } else if (premise instanceof Holds h) {
                because.addAll(explainSubject(h.term(), null, h.incident(), depth + 1).stream()
                        .filter(step -> !step.statement().contains(" does not hold")).toList());
            }
        }
        return new Explanation(statement, c.clause(), clause == null ? "" : clause.text(), facts, because);
    }

    private static List<String> factsOf(Incident incident, Clause clause) {
        List<String> facts = new ArrayList<>();
        for (IncidentField field : IncidentField.values()) {
            if (clause.fieldsRead().contains(field.key())) {
                facts.add(incident.id() + ": " + field.key() + " = " + show(field.get(incident)));
            }
        }
        incident.extra().forEach((name, value) -> {
            if (clause.fieldsRead().contains(name)) {
                facts.add(incident.id() + ": " + name + " = " + value);
            }
        });
        return facts;
    }

    /** A field value as case files write it. */
    public static String show(Object value) {
        if (value == null) {
            return "(not given)";
        }
        if (value instanceof Described d) {
            return d.yamlName();
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    private static String describe(TermStatus status) {
        return switch (status) {
            case HOLDS -> "holds";
            case DOES_NOT_HOLD -> "does not hold";
            case CONFLICT -> "is in conflict";
            case NOT_CONCLUDED -> "is not concluded";
        };
    }
}
