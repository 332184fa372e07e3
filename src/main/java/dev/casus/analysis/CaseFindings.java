package dev.casus.analysis;

import dev.casus.api.CaseAnalysis;

import dev.casus.evaluation.Evaluator;

import dev.casus.api.AnalysisOptions;
import dev.casus.api.Answer;
import dev.casus.api.Answer.Dependence;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.api.CaseAnalysis.World;

import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.Threshold;
import dev.casus.engine.Deadlines;
import dev.casus.api.WorldResult.CommitmentResult;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.WorldResult;
import dev.casus.model.Incident;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** The findings one case exposes, beyond conflicts between terms: each found by evaluating, not by keywords. */
final class CaseFindings {

    private final CompiledDraft draft;
    private final Case theCase;
    private final List<World> worlds;
    private final List<WorldResult> results;
    private final AnalysisOptions options;

    CaseFindings(CompiledDraft draft, Case theCase, List<World> worlds, List<WorldResult> results, AnalysisOptions options) {
        this.draft = draft;
        this.theCase = theCase;
        this.worlds = worlds;
        this.results = results;
        this.options = options;
    }

    /** Every outcome of a world, commitments by key and terms in quotes, as verdicts. */
    static Map<String, Verdict> outcomes(WorldResult r) {
        Map<String, Verdict> out = new TreeMap<>();
        r.commitments().forEach((k, c) -> out.put(k, CaseAnalyser.commitmentVerdict(c.status())));
        r.terms().forEach((k, t) -> out.put("\"" + k + "\"", CaseAnalyser.termVerdict(t.status())));
        return out;
    }

    /** The outcomes that differ between two worlds, as "subject: a → b". */
    private static List<String> differences(Map<String, Verdict> before, Map<String, Verdict> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            Verdict a = before.getOrDefault(key, key.startsWith("\"") ? Verdict.DOES_NOT_HOLD : Verdict.INACTIVE);
            Verdict b = after.getOrDefault(key, key.startsWith("\"") ? Verdict.DOES_NOT_HOLD : Verdict.INACTIVE);
            if (a != b) {
                out.add(key + ": " + a.label() + " \u2192 " + b.label());
            }
        }
        return out;
    }

    List<Finding> dependsOnFact(SortedMap<String, Answer> commitments, SortedMap<String, Answer> terms) {
        Map<String, List<String>> subjectsByReason = new LinkedHashMap<>();
        Map<String, Set<String>> clausesByReason = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>(commitments.values());
        terms.values().forEach(a -> answers.add(new Answer("\"" + a.subject() + "\"", a.verdict(), a.dependsOn(), a.clauses(), a.conflicts())));
        for (Answer answer : answers) {
            if (answer.verdict() != Verdict.UNDETERMINED || answer.dependsOn().isEmpty()) {
                continue;
            }
            String reason = String.join("; and on ", answer.dependsOn().stream().map(Dependence::describe).toList());
            subjectsByReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(answer.subject());
            Set<String> clauses = clausesByReason.computeIfAbsent(reason, k -> new TreeSet<>());
            answer.dependsOn().forEach(d -> clauses.addAll(d.clauses()));
        }
        List<Finding> findings = new ArrayList<>();
        subjectsByReason.forEach((reason, subjects) -> findings.add(Finding.ofCase(FindingKind.DEPENDS_ON_FACT,
                List.copyOf(clausesByReason.get(reason)), String.join(", ", subjects), theCase.id(),
                String.join(", ", subjects) + (subjects.size() == 1 ? " depends" : " depend") + " on " + reason
                        + ": the case leaves it uncertain", List.of())));
        return findings;
    }

    /**
     * For each open-textured clause that fired, both readings: the clause applied (as evaluated) and
     * not applied. Where an outcome changes, the clause is ambiguous for this case.
     */
    List<Finding> openTexture(Set<String> firedRules) {
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : draft.clauses()) {
            String phrase = draft.vaguePhrase(clause);
            if (phrase == null || !firedRules.contains(clause.rule())) {
                continue;
            }
            Set<String> changed = new TreeSet<>();
            List<String> inWorlds = new ArrayList<>();
            for (int i = 0; i < worlds.size(); i++) {
                if (!results.get(i).firedRules().contains(clause.rule())) {
                    continue;
                }
                WorldResult without = Evaluator.evaluate(draft, worlds.get(i).incidents(), Set.of(clause.rule()));
                List<String> diff = differences(outcomes(results.get(i)), outcomes(without));
                if (!diff.isEmpty()) {
                    changed.addAll(diff);
                    inWorlds.add(worlds.get(i).describe());
                }
            }
            if (changed.isEmpty()) {
                continue;
            }
            List<String> shown = changed.stream().limit(3).toList();
            String reason = "\"" + phrase + "\" is a judgment the wording leaves open (read as " + clause.formalisation()
                    + "); applied or not, it decides " + String.join("; ", shown)
                    + (changed.size() > shown.size() ? "; and " + (changed.size() - shown.size()) + " more" : "");
            findings.add(Finding.ofCase(FindingKind.OPEN_TEXTURE, List.of(clause.id()),
                    changed.iterator().next().replaceFirst(": .*$", ""), theCase.id(), reason,
                    inWorlds.size() == worlds.size() ? List.of() : inWorlds));
        }
        return findings;
    }

    /**
     * A stated number at or beside a clause's threshold, where moving it across the threshold changes
     * an outcome; and a stated range that straddles a threshold on which an outcome turns. Only a
     * clause whose threshold decides is blamed: one that can hold, and that fires on one side of it
     * and not on the other.
     */
    List<Finding> thresholdEdges(SortedMap<String, Answer> commitments, SortedMap<String, Answer> terms) {
        Map<String, Finding> found = new TreeMap<>();
        Map<String, Verdict> base = outcomes(results.get(0));
        for (int e = 0; e < theCase.events().size(); e++) {
            Case.Event event = theCase.events().get(e);
            for (Map.Entry<String, Uncertain> field : event.fields().entrySet()) {
                ValueType type = typeOf(field.getKey());
                if (type == null || !type.isNumeric()) {
                    continue;
                }
                String fieldKey = theCase.events().size() == 1 ? field.getKey() : event.id() + "." + field.getKey();
                for (Clause clause : draft.clauses()) {
                    for (Threshold t : clause.thresholds()) {
                        if (!t.field().equals(field.getKey()) || !clause.canHold(t)) {
                            continue;
                        }
                        String key = clause.id() + "\u0000" + fieldKey + "\u0000" + t.describe();
                        if (field.getValue() instanceof Uncertain.Exactly exactly) {
                            double x = ((Number) exactly.value()).doubleValue();
                            edge(clause, t, type, e, field.getKey(), fieldKey, x, base).ifPresent(f -> found.putIfAbsent(key, f));
                        } else if (straddles(field.getValue(), t) && decidesAcross(clause, t, fieldKey)) {
                            Optional<String> decided = decidedBy(clause, fieldKey, commitments, terms);
                            decided.ifPresent(subjects -> found.putIfAbsent(key, Finding.ofCase(FindingKind.THRESHOLD_EDGE,
                                    List.of(clause.id()), subjects, theCase.id(),
                                    "the stated range of " + fieldKey + " straddles the threshold of " + clause.id() + " ("
                                            + t.describe() + "); which side the fact falls on decides " + subjects, List.of())));
                        }
                    }
                }
            }
        }
        return List.copyOf(found.values());
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
    private boolean decidesAcross(Clause clause, Threshold t, String fieldKey) {
        Map<Map<String, Object>, Map<Boolean, Set<Set<String>>>> effectsBySide = new LinkedHashMap<>();
        for (int i = 0; i < worlds.size(); i++) {
            Object value = worlds.get(i).choices().get(fieldKey);
            if (!(value instanceof Number number)) {
                continue;
            }
            Map<String, Object> others = new TreeMap<>(worlds.get(i).choices());
            others.remove(fieldKey);
            effectsBySide.computeIfAbsent(others, k -> new TreeMap<>())
                    .computeIfAbsent(t.test(number.doubleValue()), k -> new java.util.HashSet<>())
                    .add(effects(results.get(i), clause));
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

    /** The outcomes that depend on the field through the clause, if any. */
    private Optional<String> decidedBy(Clause clause, String fieldKey, SortedMap<String, Answer> commitments,
                                       SortedMap<String, Answer> terms) {
        List<String> subjects = new ArrayList<>();
        for (Answer a : commitments.values()) {
            if (dependsThrough(a, fieldKey, clause)) {
                subjects.add(a.subject());
            }
        }
        for (Answer a : terms.values()) {
            if (dependsThrough(a, fieldKey, clause)) {
                subjects.add("\"" + a.subject() + "\"");
            }
        }
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        List<String> shown = subjects.stream().limit(3).toList();
        return Optional.of(String.join(", ", shown) + (subjects.size() > 3 ? " and " + (subjects.size() - 3) + " more" : ""));
    }

    private static boolean dependsThrough(Answer answer, String fieldKey, Clause clause) {
        return answer.dependsOn().stream().anyMatch(d -> d.field().equals(fieldKey) && d.clauses().contains(clause.id()));
    }

    /**
     * The outcomes a clause can bear on, as {@link #outcomes} keys: what it concludes, and in turn
     * what the clauses that require a term it concludes conclude.
     */
    private java.util.function.Predicate<String> bearsOn(Clause clause) {
        Set<String> terms = new TreeSet<>();
        Set<String> commitmentIds = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        java.util.Deque<Clause> todo = new java.util.ArrayDeque<>(List.of(clause));
        while (!todo.isEmpty()) {
            Clause c = todo.pop();
            if (!seen.add(c.rule())) {
                continue;
            }
            commitmentIds.addAll(c.activates());
            for (String term : c.concludes()) {
                if (terms.add(term)) {
                    draft.clauses().stream().filter(next -> next.termsRequired().contains(term)).forEach(todo::push);
                }
            }
        }
        return key -> key.startsWith("\"") ? terms.contains(key.substring(1, key.length() - 1))
                : commitmentIds.contains(key.substring(key.indexOf('/') + 1));
    }

    private Optional<Finding> edge(Clause clause, Threshold t, ValueType type, int event, String field, String fieldKey,
                                   double x, Map<String, Verdict> base) {
        double tolerance = type == ValueType.INTEGER ? 1 : options.decimalTolerance() * Math.max(Math.abs(t.value()), 1e-9);
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
        List<Incident> moved = new ArrayList<>(worlds.get(0).incidents());
        Incident.Builder b = moved.get(event).toBuilder();
        Object value = type == ValueType.INTEGER ? (Object) (int) (double) across : (Object) across;
        IncidentField.byKey(field).ifPresentOrElse(f -> f.set(b, value), () -> b.extra(field, value));
        moved.set(event, b.build());
        WorldResult acrossResult = Evaluator.evaluate(draft, moved);
        if (effects(results.get(0), clause).equals(effects(acrossResult, clause))) {
            // the clause concludes the same on both sides (or fires on neither): its threshold did not decide
            return Optional.empty();
        }
        java.util.function.Predicate<String> bears = bearsOn(clause);
        List<String> diff = differences(base, outcomes(acrossResult)).stream()
                .filter(d -> bears.test(d.replaceFirst(": .*$", ""))).toList();
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        List<String> shown = diff.stream().limit(3).toList();
        String place = x == t.value() ? "sits at" : "sits beside";
        return Optional.of(Finding.ofCase(FindingKind.THRESHOLD_EDGE, List.of(clause.id()),
                diff.get(0).replaceFirst(": .*$", ""), theCase.id(),
                fieldKey + " = " + IncidentField.show(x) + " " + place + " the threshold of " + clause.id() + " (" + t.describe()
                        + "); at " + IncidentField.show(value) + ": " + String.join("; ", shown)
                        + (diff.size() > shown.size() ? "; and " + (diff.size() - shown.size()) + " more" : ""),
                List.of()));
    }

    private ValueType typeOf(String field) {
        Optional<IncidentField> core = IncidentField.byKey(field);
        if (core.isPresent()) {
            return core.get().type();
        }
        return draft.attributes().stream().filter(a -> a.name().equals(field)).map(a -> a.type()).findFirst().orElse(null);
    }

    /** A hostile incident no clause engages with: nothing fired in any world. */
    Optional<Finding> silence(Set<String> firedRules) {
        boolean hostile = theCase.events().stream().anyMatch(e -> e.fields().containsKey("act"));
        if (!hostile || !firedRules.isEmpty()) {
            return Optional.empty();
        }
        Set<String> acts = new TreeSet<>();
        worlds.forEach(w -> w.incidents().forEach(i -> {
            if (i.act() != null) {
                acts.add(IncidentField.show(i.act()));
            }
        }));
        return Optional.of(Finding.ofCase(FindingKind.SILENT, List.of(), "", theCase.id(),
                "no clause engages with this incident (" + String.join(", ", acts)
                        + "): no term is concluded and no commitment activates; the draft is silent on it", List.of()));
    }

    /** Two standing activations of one commitment that set different deadlines. */
    List<Finding> deadlineConflicts() {
        Map<String, Finding> found = new TreeMap<>();
        for (int i = 0; i < results.size(); i++) {
            for (CommitmentResult c : results.get(i).commitments().values()) {
                if (c.deadlines().size() < 2) {
                    continue;
                }
                Map<Duration, Set<String>> clausesByDeadline = new TreeMap<>();
                for (Support s : c.supports()) {
                    if (s.stands() && s.positive() && s.deadline() != null) {
                        clausesByDeadline.computeIfAbsent(s.deadline(), k -> new TreeSet<>()).add(s.clause());
                    }
                }
                List<String> parts = new ArrayList<>();
                Set<String> clauses = new TreeSet<>();
                clausesByDeadline.forEach((d, cs) -> {
                    parts.add(String.join(", ", cs) + " within " + Deadlines.format(d));
                    clauses.addAll(cs);
                });
                found.putIfAbsent(c.key() + clauses, Finding.ofCase(FindingKind.CONFLICT, List.copyOf(clauses), c.key(),
                        theCase.id(), c.key() + " is activated with different deadlines: " + String.join("; ", parts)
                                + "; no @overrides decides between them", List.of()));
            }
        }
        return List.copyOf(found.values());
    }

}
