package dev.casus.analysis;

import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.RunResult.Coverage;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;

import java.util.ArrayList;
import java.util.List;

/** The findings and coverage of a draft that show only once every case testing it has run. */
public final class SuiteAnalyser {

    private static final List<SuiteDetector> DETECTORS = List.of(new DeadClauseDetector());

    private SuiteAnalyser() {
    }

    /**
     * What a suite shows of a draft.
     *
     * @param findings dead clauses (never fired, or masked), with their wording, in clause order
     * @param coverage the clauses that fired, and which of those took effect
     */
    public record SuiteFindings(List<Finding> findings, Coverage coverage) {

        public SuiteFindings {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Runs the suite detectors over the analyses of the cases that test a draft.
     *
     * @param cases    how many cases test the draft, those that could not be analysed included
     * @param analyses the analyses of those that could, in suite order
     */
    public static SuiteFindings analyse(CompiledDraft draft, int cases, List<CaseAnalysis> analyses) {
        SuiteEvidence suite = new SuiteEvidence(draft, cases, analyses);
        List<Finding> findings = DETECTORS.stream().flatMap(d -> d.detect(suite).stream())
                .map(f -> f.withWording(draft.wordingOf(f.clauses()))).toList();
        ClauseUsage usage = ClauseUsage.of(analyses);
        List<String> neverFired = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        for (Clause clause : draft.clauses()) {
            if (usage.neverFired(clause)) {
                neverFired.add(clause.id());
            } else if (usage.masked(clause)) {
                masked.add(clause.id());
            }
        }
        int total = draft.clauses().size();
        return new SuiteFindings(findings, new Coverage(total, total - neverFired.size(), neverFired, masked));
    }
}
