package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.draft.Clause;

import java.util.ArrayList;
import java.util.List;

/**
 * Dead clauses, once every case testing the draft has run: a clause that never fired, and a clause
 * that fired but is masked (in every world where it fired, each of its conclusions was set aside by
 * precedence or withdrawn before the world was decided). Re-evaluates nothing: it reads the worlds'
 * results of every case. Says nothing of a draft no case tests, nor of one with a case that could not
 * run (a clause might have fired there).
 */
final class DeadClauseDetector implements SuiteDetector {

    @Override
    public List<Finding> detect(SuiteEvidence suite) {
        if (suite.cases() == 0 || suite.analyses().size() < suite.cases()) {
            return List.of();
        }
        ClauseUsage usage = ClauseUsage.of(suite.analyses());
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : suite.draft().clauses()) {
            String reason = usage.neverFired(clause) ? Reasons.neverFired(clause.id())
                    : usage.masked(clause) ? Reasons.masked(clause.id(), usage.worldsFired().get(clause.rule()),
                            usage.setAsideBy().get(clause.rule()), usage.withdrawn().contains(clause.rule()))
                    : null;
            if (reason != null) {
                findings.add(Finding.ofDraft(FindingKind.DEAD_CLAUSE, List.of(clause.id()), "", reason, clause.file(),
                        clause.line(), false));
            }
        }
        return findings;
    }
}
