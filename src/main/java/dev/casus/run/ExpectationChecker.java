package dev.casus.run;

import dev.casus.api.RunResult.ExpectationResult;

import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;
import dev.casus.model.Case.Expectation;
import dev.casus.draft.CompiledDraft;
import dev.casus.yaml.Suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a case's expectations against its analysis. */
final class ExpectationChecker {

    private ExpectationChecker() {
    }

    /**
     * Checks every expectation, once the whole suite has run. With {@code strict}, each finding of the
     * case that no expectation names fails the case as well.
     *
     * @param draftFindings the draft's own findings: static ones, and those of its whole suite (dead clauses)
     */
    static List<ExpectationResult> check(CompiledDraft draft, CaseAnalysis analysis, List<Finding> draftFindings,
                                         List<Expectation> expectations, boolean strict) {
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation e : expectations) {
            results.add(checkOne(draft, analysis, draftFindings, e));
        }
        List<CaseAnalysis.AsOf> history = analysis.history();
        for (int k = 1; k < history.size(); k++) {
            // what an update expects is checked against the answers as known on its date
            CaseAnalysis.AsOf asOf = history.get(k);
            for (Expectation e : analysis.theCase().updates().get(k - 1).expectations()) {
                ExpectationResult r = checkOne(draft, asOf.analysis(), draftFindings, e);
                results.add(new ExpectationResult(e, r.passed(), "as of " + asOf.at() + ": " + r.actual(), r.unexpected()));
            }
        }
        if (strict) {
            for (Finding f : analysis.findings()) {
                boolean expected = expectations.stream().anyMatch(e -> names(e, f));
                if (!expected) {
                    Expectation none = new Expectation(Expectation.Kind.FINDING, f.clause(), f.kind().label(),
                            analysis.theCase().line());
                    results.add(new ExpectationResult(none, false,
                            "unexpected " + f.kind().label() + " finding"
                                    + (f.clauses().isEmpty() ? "" : " on " + String.join(" + ", f.clauses()))
                                    + " (strict; expect it under findings, or change the draft): " + f.reason(), true));
                }
            }
        }
        return results;
    }

    /** True when the expectation names the finding: same kind, and its clause among the finding's. */
    static boolean names(Expectation e, Finding f) {
        if (e.kind() == Expectation.Kind.CONFLICT) {
            return f.kind() == FindingKind.CONFLICT && f.clauses().contains(e.subject());
        }
        if (e.kind() == Expectation.Kind.SILENT) {
            return f.kind() == FindingKind.SILENT;
        }
        return e.kind() == Expectation.Kind.FINDING && f.kind().label().equals(e.finding())
                && (e.subject().isEmpty() || f.clauses().contains(e.subject()));
    }

    private static ExpectationResult checkOne(CompiledDraft draft, CaseAnalysis analysis, List<Finding> draftFindings, Expectation e) {
        return switch (e.kind()) {
            case ACTIVE, INACTIVE, CONDITIONAL, UNDETERMINED -> {
                Optional<Answer> answer = analysis.commitment(e.subject());
                if (answer.isEmpty()) {
                    yield new ExpectationResult(e, false, "draft " + draft.id() + " defines no commitment "
                            + e.subject() + Suggest.hint(e.subject(), analysis.commitments().keySet()));
                }
                Verdict wanted = Verdict.valueOf(e.kind().name());
                yield new ExpectationResult(e, answer.get().verdict() == wanted, answer.get().describe());
            }
            case HOLDS -> {
                Answer a = analysis.term(e.subject());
                yield new ExpectationResult(e, a.verdict() == Verdict.HOLDS, termWords(analysis, a));
            }
            case HOLDS_NOT -> {
                Answer a = analysis.term(e.subject());
                yield new ExpectationResult(e, a.verdict() == Verdict.DOES_NOT_HOLD, termWords(analysis, a));
            }
            case CONFLICT, FINDING, SILENT -> {
                List<Finding> matching = java.util.stream.Stream.concat(analysis.findings().stream(), draftFindings.stream())
                        .filter(f -> names(e, f)).toList();
                String actual = !matching.isEmpty() ? matching.get(0).reason()
                        : namesDeadClause(e) ? "every clause it names fired in some case, and some conclusion of it stood"
                        : describeFindings(analysis);
                yield new ExpectationResult(e, !matching.isEmpty(), actual);
            }
        };
    }

    private static boolean namesDeadClause(Expectation e) {
        return e.kind() == Expectation.Kind.FINDING && FindingKind.DEAD_CLAUSE.label().equals(e.finding());
    }

    private static String termWords(CaseAnalysis analysis, Answer a) {
        if (a.verdict() == Verdict.DOES_NOT_HOLD && !analysis.terms().containsKey(a.subject())) {
            String hint = Suggest.hint(a.subject(), analysis.terms().keySet());
            return "no clause concluded \"" + a.subject() + "\"" + hint;
        }
        return a.describe();
    }

    private static String describeFindings(CaseAnalysis analysis) {
        if (analysis.findings().isEmpty()) {
            return "no findings";
        }
        return "findings: " + String.join(", ", analysis.findings().stream()
                .map(f -> f.kind().label() + " on " + (f.clauses().isEmpty() ? "the draft" : String.join("+", f.clauses())))
                .distinct().toList());
    }
}
