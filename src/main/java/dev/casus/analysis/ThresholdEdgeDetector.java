package dev.casus.analysis;

import dev.casus.api.Answer;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.api.WorldResult;
import dev.casus.draft.Clause;
import dev.casus.draft.Threshold;
import dev.casus.model.Case;
import dev.casus.model.Incident;
import dev.casus.model.Uncertain;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A stated number at or beside a clause's threshold where moving it across changes an outcome, and a
 * stated range that straddles a threshold on which an outcome turns. Only a clause whose threshold
 * decides is blamed: one that can hold, that concludes differently on the two sides, and that bears on
 * what changes (concludes it, directly or through the terms it concludes). For a stated number,
 * re-evaluates the first world (of each scenario) once per clause and threshold nearby, with the number moved just
 * across; for a range, re-evaluates nothing (the worlds already lie on both sides).
 */
final class ThresholdEdgeDetector implements Detector {

    @Override
    public List<Finding> detect(CaseEvidence evidence) {
        Map<String, Finding> found = new TreeMap<>();
        for (Case.Scenario account : evidence.theCase().accounts()) {
            int first = firstWorldOf(evidence, account.name());
            if (first >= 0) {
                detect(evidence, account.events(), first, found);
            }
        }
        return List.copyOf(found.values());
    }

    /** The index of the first world of an account (of the only account, when the name is empty); -1 when none. */
    private static int firstWorldOf(CaseEvidence evidence, String account) {
        for (int i = 0; i < evidence.worlds().size(); i++) {
            if (account.isEmpty() || account.equals(evidence.worlds().get(i).choices().get(WorldExpander.SCENARIO))) {
                return i;
            }
        }
        return -1;
    }

    private static void detect(CaseEvidence evidence, List<Case.Event> events, int first, Map<String, Finding> found) {
        Map<String, Verdict> base = Outcomes.of(evidence.results().get(first));
        for (int e = 0; e < events.size(); e++) {
            Case.Event event = events.get(e);
            for (Map.Entry<String, Uncertain> field : event.fields().entrySet()) {
                ValueType type = typeOf(evidence, field.getKey());
                if (type == null || !type.isNumeric()) {
                    continue;
                }
                String fieldKey = events.size() == 1 ? field.getKey() : event.id() + "." + field.getKey();
                for (Clause clause : evidence.draft().clauses()) {
                    for (Threshold t : clause.thresholds()) {
                        if (!t.field().equals(field.getKey()) || !clause.canHold(t)) {
                            continue;
                        }
                        String key = clause.id() + "\u0000" + fieldKey + "\u0000" + t.describe();
                        if (field.getValue() instanceof Uncertain.Exactly exactly) {
                            double x = ((Number) exactly.value()).doubleValue();
                            edge(evidence, clause, t, type, first, e, field.getKey(), fieldKey, x, base)
                                    .ifPresent(f -> found.putIfAbsent(key, f));
                        } else if (straddles(field.getValue(), t) && decidesAcross(evidence, clause, t, fieldKey)) {
                            List<String> decided = decidedBy(evidence, clause, fieldKey);
                            if (!decided.isEmpty()) {
                                String subjects = Reasons.firstThree(decided);
                                found.putIfAbsent(key, Finding.ofCase(FindingKind.THRESHOLD_EDGE, List.of(clause.id()), subjects,
                                        evidence.caseId(), Reasons.thresholdStraddled(fieldKey, clause.id(), t, subjects), List.of()));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * True when a stated range {from, to} has values on both sides of the comparison. Listed
     * alternatives are not a range: [2, 6] states two possible values, not those between them.
     */
    private static boolean straddles(Uncertain value, Threshold t) {
        if (!(value instanceof Uncertain.Between range)) {
            return false;
        }
        Set<Boolean> sides = new TreeSet<>();
        double step = Math.max(Math.abs(t.value()) * 1e-6, 1e-9);
        for (double p : new double[] {range.from(), range.to(), t.value() - step, t.value(), t.value() + step}) {
            if (p >= range.from() && p <= range.to()) {
                sides.add(t.test(p));
            }
        }
        return sides.size() > 1;
    }

    /**
     * True when, between two worlds that differ only in the field's value and put it on the two
     * sides of the threshold, the clause concludes something different.
     */
    private static boolean decidesAcross(CaseEvidence evidence, Clause clause, Threshold t, String fieldKey) {
        Map<Map<String, Object>, Map<Boolean, Set<Set<String>>>> effectsBySide = new LinkedHashMap<>();
        for (int i = 0; i < evidence.worlds().size(); i++) {
            Map<String, Object> choices = evidence.worlds().get(i).choices();
            if (!(choices.get(fieldKey) instanceof Number number)) {
                continue;
            }
            Map<String, Object> others = new TreeMap<>(choices);
            others.remove(fieldKey);
            effectsBySide.computeIfAbsent(others, k -> new TreeMap<>())
                    .computeIfAbsent(t.test(number.doubleValue()), k -> new HashSet<>())
                    .add(effects(evidence.results().get(i), clause));
        }
        for (Map<Boolean, Set<Set<String>>> sides : effectsBySide.values()) {
            Set<Set<String>> holding = sides.getOrDefault(true, Set.of());
            Set<Set<String>> failing = sides.getOrDefault(false, Set.of());
            if (!holding.isEmpty() && !failing.isEmpty() && !(holding.size() == 1 && holding.equals(failing))) {
                return true;
            }
        }
        return false;
    }

    /** What the clause concluded in a world: each term and commitment, polarity and incident. */
    private static Set<String> effects(WorldResult result, Clause clause) {
        Set<String> effects = new TreeSet<>();
        result.terms().forEach((term, t) -> t.supports().stream().filter(s -> s.rule().equals(clause.rule()))
                .forEach(s -> effects.add("\"" + term + "\" " + s.positive() + " " + s.incident())));
        result.commitments().forEach((key, c) -> c.supports().stream().filter(s -> s.rule().equals(clause.rule()))
                .forEach(s -> effects.add(key + " " + s.positive() + " " + s.incident() + " " + s.deadline())));
        return effects;
    }

    /** The outcomes (commitments, then terms in quotes) whose answer depends on the field through the clause. */
    private static List<String> decidedBy(CaseEvidence evidence, Clause clause, String fieldKey) {
        List<String> subjects = new ArrayList<>();
        for (Answer a : evidence.commitments().values()) {
            if (dependsThrough(a, fieldKey, clause)) {
                subjects.add(a.subject());
            }
        }
        for (Answer a : evidence.terms().values()) {
            if (dependsThrough(a, fieldKey, clause)) {
                subjects.add("\"" + a.subject() + "\"");
            }
        }
        return subjects;
    }

    private static boolean dependsThrough(Answer answer, String fieldKey, Clause clause) {
        return answer.dependsOn().stream().anyMatch(d -> d.field().equals(fieldKey) && d.clauses().contains(clause.id()));
    }

    /**
     * The outcomes a clause can bear on, as {@link Outcomes#of} keys: what it concludes, and in turn
     * what the clauses that require a term it concludes conclude.
     */
    private static Predicate<String> bearsOn(CaseEvidence evidence, Clause clause) {
        Set<String> terms = new TreeSet<>();
        Set<String> commitmentIds = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Deque<Clause> todo = new ArrayDeque<>(List.of(clause));
        while (!todo.isEmpty()) {
            Clause c = todo.pop();
            if (!seen.add(c.rule())) {
                continue;
            }
            commitmentIds.addAll(c.activates());
            for (String term : c.concludes()) {
                if (terms.add(term)) {
                    evidence.draft().clauses().stream().filter(next -> next.termsRequired().contains(term)).forEach(todo::push);
                }
            }
        }
        return key -> key.startsWith("\"") ? terms.contains(key.substring(1, key.length() - 1))
                : commitmentIds.contains(key.substring(key.indexOf('/') + 1));
    }

    /** A stated number within tolerance of the threshold, where the world moved just across it changes an outcome. */
    private static Optional<Finding> edge(CaseEvidence evidence, Clause clause, Threshold t, ValueType type, int world, int event,
                                          String field, String fieldKey, double x, Map<String, Verdict> base) {
        double tolerance = type == ValueType.INTEGER ? 1
                : evidence.options().decimalTolerance() * Math.max(Math.abs(t.value()), 1e-9);
        if (Math.abs(x - t.value()) > tolerance) {
            return Optional.empty();
        }
        Double across = null;
        double[] candidates = type == ValueType.INTEGER
                ? new double[] {x - 1, x + 1}
                : new double[] {t.value() - tolerance, t.value() + tolerance, t.value()};
        for (double y : candidates) {
            if (y >= 0 && t.test(y) != t.test(x)) {
                across = y;
                break;
            }
        }
        if (across == null) {
            return Optional.empty();
        }
        List<Incident> moved = new ArrayList<>(evidence.worlds().get(world).incidents());
        Incident.Builder b = moved.get(event).toBuilder();
        Object value = type == ValueType.INTEGER ? (Object) (int) (double) across : (Object) across;
        IncidentField.byKey(field).ifPresentOrElse(f -> f.set(b, value), () -> b.extra(field, value));
        moved.set(event, b.build());
        WorldResult acrossResult = evidence.evaluator().evaluate(moved);
        if (effects(evidence.results().get(world), clause).equals(effects(acrossResult, clause))) {
            // the clause concludes the same on both sides (or fires on neither): its threshold did not decide
            return Optional.empty();
        }
        Predicate<String> bears = bearsOn(evidence, clause);
        List<String> diff = Outcomes.differences(base, Outcomes.of(acrossResult)).stream()
                .filter(d -> bears.test(Outcomes.subjectOf(d))).toList();
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.ofCase(FindingKind.THRESHOLD_EDGE, List.of(clause.id()), Outcomes.subjectOf(diff.get(0)),
                evidence.caseId(), Reasons.thresholdEdge(fieldKey, x, clause.id(), t, value, diff), List.of()));
    }

    private static ValueType typeOf(CaseEvidence evidence, String field) {
        Optional<IncidentField> core = IncidentField.byKey(field);
        if (core.isPresent()) {
            return core.get().type();
        }
        return evidence.draft().attributes().stream().filter(a -> a.name().equals(field)).map(a -> a.type())
                .findFirst().orElse(null);
    }
}
