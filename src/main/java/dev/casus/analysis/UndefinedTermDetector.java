package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.model.Commitment;
import dev.casus.yaml.Suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Terms and commitments that are required or declared but never defined, or concluded but never used
 * (a warning). Evaluates nothing: it compares what the clauses require, conclude and activate.
 */
final class UndefinedTermDetector implements DraftDetector {

    @Override
    public List<Finding> detect(CompiledDraft draft) {
        List<Finding> findings = new ArrayList<>();
        Set<String> concluded = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Set<String> activated = new TreeSet<>();
        for (Clause c : draft.clauses()) {
            concluded.addAll(c.concludes());
            required.addAll(c.termsRequired());
            activated.addAll(c.activates());
        }
        for (Clause c : draft.clauses()) {
            for (String term : new TreeSet<>(c.termsRequired())) {
                if (!concluded.contains(term)) {
                    findings.add(Finding.ofDraft(FindingKind.UNDEFINED_TERM, List.of(c.id()), term,
                            Reasons.termNeverConcluded(c.id(), term, Suggest.hint(term, concluded)), c.file(), c.line(), false));
                }
            }
        }
        Map<String, List<Clause>> concluding = new TreeMap<>();
        for (Clause c : draft.clauses()) {
            c.concludes().forEach(term -> concluding.computeIfAbsent(term, k -> new ArrayList<>()).add(c));
        }
        concluding.forEach((term, clauses) -> {
            if (!required.contains(term)) {
                List<String> ids = clauses.stream().map(Clause::id).distinct().sorted().toList();
                Clause first = clauses.get(0);
                findings.add(Finding.ofDraft(FindingKind.UNDEFINED_TERM, ids, term, Reasons.termNeverUsed(term, ids),
                        first.file(), first.line(), true));
            }
        });
        for (Commitment commitment : draft.commitments()) {
            if (!activated.contains(commitment.id())) {
                findings.add(Finding.ofDraft(FindingKind.UNDEFINED_TERM, List.of(), commitment.id(),
                        Reasons.commitmentNeverActivated(commitment.id()), draft.directory().resolve("draft.yaml"),
                        commitment.line(), false));
            }
        }
        return findings;
    }
}
