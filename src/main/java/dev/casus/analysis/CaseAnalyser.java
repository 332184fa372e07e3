package dev.casus.analysis;

import dev.casus.vocabulary.IncidentField;
import dev.casus.api.AnalysisOptions;
import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Answer.Dependence;
import dev.casus.api.Finding;
import dev.casus.api.Verdict;
import dev.casus.api.CaseAnalysis.World;

import dev.casus.model.Case;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.engine.Bounds;
import dev.casus.evaluation.Evaluator;
import dev.casus.api.WorldResult.CommitmentResult;
import dev.casus.api.CommitmentStatus;
import dev.casus.api.WorldResult.Support;
import dev.casus.api.WorldResult.TermResult;
import dev.casus.api.TermStatus;
import dev.casus.api.WorldResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Analyses one case against a draft: evaluates its possible worlds, turns them into three-way answers
 * (conflicts read both ways), and runs the case detectors over them.
 */
public final class CaseAnalyser {

    /** Conflicts are part of every answer, so their detector always runs; the others when the options ask for findings. */
    private static final Detector CONFLICTS = new ConflictDetector();
    private static final List<Detector> ALL = List.of(CONFLICTS, new DependsOnFactDetector(), new OpenTextureDetector(),
            new ThresholdEdgeDetector(), new SilentDetector());

    private CaseAnalyser() {
    }

    /** The case's answers and findings; each finding with its clauses' wording. */
    public static CaseAnalysis analyse(CompiledDraft draft, Case c, AnalysisOptions options) {
        return analyse(draft, c, options, Evaluator.boundsFrom(options));
    }

    /** The case's answers and findings, every evaluation within {@code bounds}. */
    public static CaseAnalysis analyse(CompiledDraft draft, Case c, AnalysisOptions options, Bounds bounds) {
        CaseEvidence evidence = evidence(draft, c, options, WorldEvaluator.of(draft, bounds));
        List<Finding> findings = new ArrayList<>();
        for (Detector detector : options.findings() ? ALL : List.of(CONFLICTS)) {
            findings.addAll(detector.detect(evidence));
        }
        return new CaseAnalysis(c, draft.id(), evidence.worlds(), evidence.results(), evidence.commitments(),
                evidence.terms(), findings.stream().map(f -> f.withWording(draft.wordingOf(f.clauses()))).toList(),
                evidence.firedRules());
    }

    /** Evaluates the case's worlds and answers across them: what every detector of the case looks at. */
    static CaseEvidence evidence(CompiledDraft draft, Case c, AnalysisOptions options, WorldEvaluator evaluator) {
        List<World> worlds = new WorldExpander(draft).expand(c, options.maxWorlds());
        List<WorldResult> results = new ArrayList<>(worlds.size());
        List<Map<String, Verdict>> commitmentVerdicts = new ArrayList<>(worlds.size());
        List<Map<String, Verdict>> termVerdicts = new ArrayList<>(worlds.size());
        List<Map<String, String>> conflictNotes = new ArrayList<>(worlds.size());
        Set<String> fired = new TreeSet<>();
        for (World world : worlds) {
            WorldResult result = evaluator.evaluate(world.incidents());
            results.add(result);
            fired.addAll(result.firedRules());
            Map<String, Verdict> commitments = new TreeMap<>();
            result.commitments().forEach((k, r) -> commitments.put(k, commitmentVerdict(r.status())));
            Map<String, Verdict> terms = new TreeMap<>();
            result.terms().forEach((k, r) -> terms.put(k, termVerdict(r.status())));
            Map<String, String> notes = new TreeMap<>();
            for (CommitmentResult conflict : result.commitments().values()) {
                if (conflict.status() == CommitmentStatus.CONFLICT) {
                    notes.put(conflict.key(), Reasons.commitmentConflictNote(
                            standing(conflict.supports(), true), standing(conflict.supports(), false)));
                }
            }
            for (TermResult conflict : result.terms().values()) {
                if (conflict.status() == TermStatus.CONFLICT) {
                    fired.addAll(readConflict(evaluator, world, conflict, commitments, terms, notes));
                }
            }
            commitmentVerdicts.add(commitments);
            termVerdicts.add(terms);
            conflictNotes.add(notes);
        }

        Set<String> told = scenarioFields(c);
        Set<String> commitmentKeys = new TreeSet<>(draft.commitmentKeys());
        commitmentVerdicts.forEach(m -> commitmentKeys.addAll(m.keySet()));
        SortedMap<String, Answer> commitments = new TreeMap<>();
        for (String key : commitmentKeys) {
            Set<String> bearing = bearingOn(draft, clause -> clause.activates().contains(key.substring(key.indexOf('/') + 1)));
            commitments.put(key, answer(draft, key, bearing, told, worlds, results,
                    i -> commitmentVerdicts.get(i).getOrDefault(key, Verdict.INACTIVE), conflictNotes,
                    r -> supportsOf(r.commitments().get(key) == null ? List.of() : r.commitments().get(key).supports())));
        }
        Set<String> termKeys = new TreeSet<>();
        termVerdicts.forEach(m -> termKeys.addAll(m.keySet()));
        SortedMap<String, Answer> terms = new TreeMap<>();
        for (String term : termKeys) {
            terms.put(term, answer(draft, term, bearingOn(draft, clause -> clause.concludes().contains(term)), told, worlds, results,
                    i -> termVerdicts.get(i).getOrDefault(term, Verdict.DOES_NOT_HOLD), conflictNotes,
                    r -> supportsOf(r.terms().get(term) == null ? List.of() : r.terms().get(term).supports())));
        }
        return new CaseEvidence(draft, c, worlds, results, commitments, terms, fired, options, evaluator);
    }

    /**
     * A conflict leaves its term undetermined, and with it whatever follows from the term. Both
     * readings are evaluated: the positive clauses prevailing, and the negative ones, each side being
     * the clauses whose conclusions precedence left standing (as the world's result records). Every outcome
     * on which the readings disagree is undetermined in this world. Returns the rules fired.
     */
    private static Set<String> readConflict(WorldEvaluator evaluator, World world, TermResult conflict,
                                            Map<String, Verdict> commitments, Map<String, Verdict> terms,
                                            Map<String, String> notes) {
        Set<String> positive = new TreeSet<>();
        Set<String> negative = new TreeSet<>();
        Set<String> positiveClauses = new TreeSet<>();
        Set<String> negativeClauses = new TreeSet<>();
        for (Support s : conflict.supports()) {
            if (s.stands()) {
                (s.positive() ? positive : negative).add(s.rule());
                (s.positive() ? positiveClauses : negativeClauses).add(s.clause());
            }
        }
        WorldResult holds = evaluator.evaluate(world.incidents(), negative);
        WorldResult holdsNot = evaluator.evaluate(world.incidents(), positive);
        String note = Reasons.termConflictNote(conflict.term(), positiveClauses, negativeClauses);
        Set<String> keys = new TreeSet<>(holds.commitments().keySet());
        keys.addAll(holdsNot.commitments().keySet());
        for (String key : keys) {
            if (commitmentVerdict(holds.commitment(key)) != commitmentVerdict(holdsNot.commitment(key))) {
                commitments.put(key, Verdict.UNDETERMINED);
                notes.putIfAbsent(key, note);
            }
        }
        Set<String> termNames = new TreeSet<>(holds.terms().keySet());
        termNames.addAll(holdsNot.terms().keySet());
        for (String term : termNames) {
            if (term.equals(conflict.term()) || termVerdict(holds.term(term)) != termVerdict(holdsNot.term(term))) {
                terms.put(term, Verdict.UNDETERMINED);
                notes.putIfAbsent(term, note);
            }
        }
        Set<String> fired = new TreeSet<>(holds.firedRules());
        fired.addAll(holdsNot.firedRules());
        return fired;
    }

    /** The clauses whose conclusions stand on one side, sorted. */
    private static Set<String> standing(List<Support> supports, boolean positive) {
        return new TreeSet<>(supports.stream().filter(s -> s.stands() && s.positive() == positive).map(Support::clause).toList());
    }

    private static List<String> supportsOf(List<Support> supports) {
        return supports.stream().map(Support::clause).toList();
    }

    /** A world's verdict on a commitment, before conflicts are read both ways. */
    public static Verdict commitmentVerdict(CommitmentStatus status) {
        return switch (status) {
            case ACTIVE -> Verdict.ACTIVE;
            case CONDITIONAL -> Verdict.CONDITIONAL;
            case INACTIVE -> Verdict.INACTIVE;
            case CONFLICT -> Verdict.UNDETERMINED;
        };
    }

    /** A world's verdict on a term, before conflicts are read both ways. */
    public static Verdict termVerdict(TermStatus status) {
        return switch (status) {
            case HOLDS -> Verdict.HOLDS;
            case DOES_NOT_HOLD, NOT_CONCLUDED -> Verdict.DOES_NOT_HOLD;
            case CONFLICT -> Verdict.UNDETERMINED;
        };
    }

    /**
     * The rules that can bear on a subject: those that conclude it, and, in turn, those that
     * conclude a term one of them requires.
     */
    private static Set<String> bearingOn(CompiledDraft draft, java.util.function.Predicate<Clause> concludesSubject) {
        Set<String> rules = new TreeSet<>();
        java.util.Deque<String> terms = new java.util.ArrayDeque<>();
        for (Clause clause : draft.clauses()) {
            if (concludesSubject.test(clause) && rules.add(clause.rule())) {
                terms.addAll(clause.termsRequired());
            }
        }
        Set<String> seen = new HashSet<>();
        while (!terms.isEmpty()) {
            String term = terms.pop();
            if (!seen.add(term)) {
                continue;
            }
            for (Clause clause : draft.clauses()) {
                if (clause.concludes().contains(term) && rules.add(clause.rule())) {
                    terms.addAll(clause.termsRequired());
                }
            }
        }
        return rules;
    }

    /** The fields whose stated value differs between a case's scenarios: what a scenario decides through. */
    private static Set<String> scenarioFields(Case c) {
        Set<String> fields = new TreeSet<>();
        List<Case.Scenario> accounts = c.scenarios();
        for (Case.Scenario a : accounts) {
            for (Case.Scenario b : accounts) {
                for (int e = 0; e < Math.max(a.events().size(), b.events().size()); e++) {
                    Map<String, ?> x = e < a.events().size() ? a.events().get(e).fields() : Map.of();
                    Map<String, ?> y = e < b.events().size() ? b.events().get(e).fields() : Map.of();
                    Set<String> keys = new TreeSet<>(x.keySet());
                    keys.addAll(y.keySet());
                    keys.stream().filter(k -> !java.util.Objects.equals(x.get(k), y.get(k))).forEach(fields::add);
                }
            }
        }
        return fields;
    }

    private static Answer answer(CompiledDraft draft, String subject, Set<String> bearing, Set<String> told, List<World> worlds,
                                 List<WorldResult> results,
                                 java.util.function.IntFunction<Verdict> verdictOf, List<Map<String, String>> conflictNotes,
                                 Function<WorldResult, List<String>> clausesOf) {
        List<Verdict> perWorld = new ArrayList<>();
        for (int i = 0; i < worlds.size(); i++) {
            perWorld.add(verdictOf.apply(i));
        }
        Set<String> clauses = new TreeSet<>();
        results.forEach(r -> clauses.addAll(clausesOf.apply(r)));
        Set<String> conflicts = new TreeSet<>();
        conflictNotes.forEach(notes -> {
            if (notes.containsKey(subject)) {
                conflicts.add(notes.get(subject));
            }
        });
        Set<Verdict> distinct = new HashSet<>(perWorld);
        if (distinct.size() == 1) {
            return new Answer(subject, perWorld.get(0), List.of(), List.copyOf(clauses), List.copyOf(conflicts));
        }
        return new Answer(subject, Verdict.UNDETERMINED, dependences(draft, bearing, told, worlds, results, perWorld),
                List.copyOf(clauses), List.copyOf(conflicts));
    }

    /**
     * The uncertain facts that decide: a field decides when two worlds that differ in it alone
     * differ in outcome. A field that never changes the outcome on its own is not named. The scenario
     * of a case told in several accounts decides when two accounts give different outcomes; it is named
     * first, as the field {@code scenario} whose values are the accounts' names.
     */
    static List<Dependence> dependences(CompiledDraft draft, Set<String> bearing, Set<String> scenarioFields,
                                        List<World> worlds, List<WorldResult> results, List<Verdict> perWorld) {
        if (worlds.isEmpty()) {
            return List.of();
        }
        List<Dependence> out = new ArrayList<>();
        Set<String> fields = new java.util.LinkedHashSet<>();
        worlds.forEach(w -> fields.addAll(w.choices().keySet()));
        if (fields.remove(WorldExpander.SCENARIO)) {
            Map<String, Set<Verdict>> byAccount = new LinkedHashMap<>();
            for (int i = 0; i < worlds.size(); i++) {
                byAccount.computeIfAbsent(String.valueOf(worlds.get(i).choices().get(WorldExpander.SCENARIO)), k -> new TreeSet<>())
                        .add(perWorld.get(i));
            }
            if (new HashSet<>(byAccount.values()).size() > 1) {
                Map<String, String> outcomes = new LinkedHashMap<>();
                byAccount.forEach((account, verdicts) -> outcomes.put(account,
                        verdicts.size() == 1 ? verdicts.iterator().next().label() : "mixed"));
                Set<String> clauses = new TreeSet<>();
                scenarioFields.forEach(f -> clauses.addAll(clausesTurningOn(draft, bearing, f, results)));
                out.add(new Dependence(WorldExpander.SCENARIO, outcomes, List.copyOf(clauses)));
            }
        }
        for (String field : fields) {
            Map<Map<String, Object>, Set<Verdict>> groups = new HashMap<>();
            Map<String, Set<Verdict>> byValue = new LinkedHashMap<>();
            for (int i = 0; i < worlds.size(); i++) {
                Map<String, Object> choices = worlds.get(i).choices();
                if (!choices.containsKey(field)) {
                    continue;
                }
                Map<String, Object> rest = new TreeMap<>(choices);
                rest.remove(field);
                groups.computeIfAbsent(rest, k -> new HashSet<>()).add(perWorld.get(i));
                byValue.computeIfAbsent(IncidentField.show(field, choices.get(field)), k -> new TreeSet<>()).add(perWorld.get(i));
            }
            if (groups.values().stream().noneMatch(s -> s.size() > 1)) {
                continue;
            }
            Map<String, String> outcomes = new LinkedHashMap<>();
            byValue.forEach((value, verdicts) -> outcomes.put(value,
                    verdicts.size() == 1 ? verdicts.iterator().next().label() : "mixed"));
            out.add(new Dependence(field, outcomes, clausesTurningOn(draft, bearing, field, results)));
        }
        if (out.size() < 2) {
            return out;
        }
        // Where one fact's value leaves the outcome to the others, say which.
        List<Dependence> named = new ArrayList<>();
        for (Dependence d : out) {
            List<String> others = out.stream().map(Dependence::field).filter(f -> !f.equals(d.field())).toList();
            Map<String, String> outcomes = new LinkedHashMap<>();
            d.outcomes().forEach((value, outcome) -> outcomes.put(value,
                    outcome.equals("mixed") ? "varies with " + String.join(", ", others) : outcome));
            named.add(new Dependence(d.field(), outcomes, d.clauses()));
        }
        return named;
    }

    /** Clauses that bear on the subject, read the field, and fired in some worlds but not all. */
    private static List<String> clausesTurningOn(CompiledDraft draft, Set<String> bearing, String field,
                                                 List<WorldResult> results) {
        String plain = field.contains(".") ? field.substring(field.indexOf('.') + 1) : field;
        Set<String> turning = new TreeSet<>();
        Set<String> reading = new TreeSet<>();
        for (Clause clause : draft.clauses()) {
            if (!bearing.contains(clause.rule()) || !clause.fieldsRead().contains(plain)) {
                continue;
            }
            long firedIn = results.stream().filter(r -> r.firedRules().contains(clause.rule())).count();
            if (firedIn > 0 && firedIn < results.size()) {
                turning.add(clause.id());
            } else if (firedIn > 0) {
                reading.add(clause.id());
            }
        }
        return List.copyOf(turning.isEmpty() ? reading : turning);
    }
}
