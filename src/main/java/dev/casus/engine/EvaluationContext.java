package dev.casus.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one evaluation records while its session fires: what each conclusion rested on. One per
 * session, set as the session's global {@value #GLOBAL}; never shared.
 */
public final class EvaluationContext {

    static final String GLOBAL = "casusEvaluation";

    final Map<String, ClauseTag> tags;
    final Set<String> commitments;
    final Map<Conclusion, List<Object>> premises = new HashMap<>();

    EvaluationContext(Map<String, ClauseTag> tags, Set<String> commitments) {
        this.tags = tags;
        this.commitments = commitments;
    }
}
