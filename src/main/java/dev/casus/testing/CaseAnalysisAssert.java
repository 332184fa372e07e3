package dev.casus.testing;

import dev.casus.api.Answer;
import dev.casus.api.CaseAnalysis;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** AssertJ assertions on a case's three-way answer and its findings. */
public final class CaseAnalysisAssert extends AbstractOutcomeAssert<CaseAnalysisAssert, CaseAnalysis> {

    CaseAnalysisAssert(CaseAnalysis actual) {
        super(actual, CaseAnalysisAssert.class);
    }

    /** Verifies that a finding of this kind names the clause. */
    public CaseAnalysisAssert hasFinding(FindingKind kind, String clause) {
        isNotNull();
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        boolean found = actual.findings().stream().anyMatch(f -> f.kind() == kind && (clause == null || f.clauses().contains(clause)));
        if (!found) {
            failWithMessage("%nExpecting %s to have a finding:%n  %s on %s%nbut its findings were:%n%s", what(),
                    kind.label(), clause, findings());
        }
        return myself;
    }

    /** As {@link #hasFinding(FindingKind, String)}, with the kind as case files spell it ({@code open-texture}). */
    public CaseAnalysisAssert hasFinding(String kind, String clause) {
        return hasFinding(FindingKind.byLabel(kind).orElseThrow(() ->
                new IllegalArgumentException("unknown finding kind '" + kind + "'; kinds: " + FindingKind.labels())), clause);
    }

    /** Verifies that the case raised no finding at all. */
    public CaseAnalysisAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            failWithMessage("%nExpecting %s to have no findings, but it had:%n%s", what(), findings());
        }
        return myself;
    }

    /** Verifies that an undetermined commitment or term depends on the uncertain field. */
    public CaseAnalysisAssert dependsOn(String subject, String field) {
        isNotNull();
        Answer answer = actual.commitments().containsKey(subject) ? actual.commitments().get(subject) : actual.term(subject);
        if (answer.dependsOn().stream().noneMatch(d -> d.field().equals(field))) {
            failWithMessage("%nExpecting %s in %s to depend on:%n  %s%nbut it was:%n  %s", subject, what(), field,
                    answer.describe());
        }
        return myself;
    }

    private String findings() {
        List<Finding> all = actual.findings();
        if (all.isEmpty()) {
            return "  (none)";
        }
        return all.stream().map(f -> "  " + f.kind().label() + " on " + String.join(", ", f.clauses()) + ": " + f.reason())
                .collect(Collectors.joining("\n"));
    }

    @Override
    protected Map<String, Verdict> commitmentVerdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        actual.commitments().forEach((k, a) -> out.put(k, a.verdict()));
        return out;
    }

    @Override
    protected Map<String, Verdict> termVerdicts() {
        Map<String, Verdict> out = new TreeMap<>();
        actual.terms().forEach((k, a) -> out.put(k, a.verdict()));
        return out;
    }

    @Override
    protected List<String> clausesBehind(String subject) {
        Answer a = actual.commitments().containsKey(subject) ? actual.commitments().get(subject) : actual.terms().get(subject);
        return a == null ? List.of() : a.clauses();
    }

    @Override
    protected String what() {
        return "case " + actual.theCase().id() + " (draft " + actual.draftId() + ")";
    }
}
