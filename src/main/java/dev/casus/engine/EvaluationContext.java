package dev.casus.engine;

import dev.casus.draft.Clause;
import dev.casus.model.Conclusion;
import org.drools.core.rule.consequence.KnowledgeHelper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What one evaluation records while its session fires: the clause running now, and what each conclusion rested on. */
final class EvaluationContext {

    final Map<String, Clause> clausesByRule;
    final Set<String> commitments;
    final Map<Conclusion, List<Object>> premises = new HashMap<>();
    final Set<String> firedRules = new TreeSet<>();
    KnowledgeHelper helper;
    String currentRule;

    EvaluationContext(Map<String, Clause> clausesByRule, Set<String> commitments) {
        this.clausesByRule = clausesByRule;
        this.commitments = commitments;
    }
}
