package dev.casus.analysis;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.WorldResult;
import dev.casus.draft.Clause;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a draft's clauses fared across every world of the cases that test it, by rule name: which fired
 * (in a world, or in a reading of a conflict), in how many worlds, which had a conclusion that stood,
 * and what set the others aside.
 *
 * @param withdrawn  rules that fired in some world and concluded nothing that remained in it
 * @param setAsideBy for each rule with a conclusion set aside by precedence, the clauses that set it aside
 */
record ClauseUsage(Set<String> fired, Map<String, Integer> worldsFired, Set<String> stood, Set<String> withdrawn,
                   Map<String, Set<String>> setAsideBy) {

    static ClauseUsage of(List<CaseAnalysis> analyses) {
        Set<String> fired = new TreeSet<>();
        Map<String, Integer> worldsFired = new HashMap<>();
        Set<String> stood = new HashSet<>();
        Set<String> withdrawn = new HashSet<>();
        Map<String, Set<String>> setAsideBy = new HashMap<>();
        for (CaseAnalysis analysis : analyses) {
            fired.addAll(analysis.firedRules());
            for (WorldResult world : analysis.results()) {
                Set<String> concluded = new HashSet<>();
                Stream.concat(world.terms().values().stream().flatMap(t -> t.supports().stream()),
                                world.commitments().values().stream().flatMap(c -> c.supports().stream()))
                        .forEach(s -> {
                            concluded.add(s.rule());
                            if (s.stands()) {
                                stood.add(s.rule());
                            } else {
                                setAsideBy.computeIfAbsent(s.rule(), k -> new TreeSet<>()).add(s.overriddenBy());
                            }
                        });
                for (String rule : world.firedRules()) {
                    worldsFired.merge(rule, 1, Integer::sum);
                    if (!concluded.contains(rule)) {
                        withdrawn.add(rule);
                    }
                }
            }
        }
        return new ClauseUsage(fired, worldsFired, stood, withdrawn, setAsideBy);
    }

    /** True when the clause fired in no world and no reading of a conflict. */
    boolean neverFired(Clause clause) {
        return !fired.contains(clause.rule());
    }

    /** True when the clause fired in some world but none of its conclusions ever stood. */
    boolean masked(Clause clause) {
        return !neverFired(clause) && worldsFired.containsKey(clause.rule()) && !stood.contains(clause.rule());
    }
}
