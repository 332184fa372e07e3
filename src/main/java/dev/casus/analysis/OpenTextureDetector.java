package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.WorldResult;
import dev.casus.draft.Clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Open-textured clauses ({@code @vague}, or a word of the lexicon in their wording) whose reading
 * decides an outcome. Re-evaluates each world in which such a clause fired, with that clause not
 * applied, and compares the outcomes with the world as evaluated.
 */
final class OpenTextureDetector implements Detector {

    @Override
    public List<Finding> detect(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : evidence.draft().clauses()) {
            String phrase = evidence.draft().vaguePhrase(clause);
            if (phrase == null || !evidence.firedRules().contains(clause.rule())) {
                continue;
            }
            Set<String> changed = new TreeSet<>();
            List<String> inWorlds = new ArrayList<>();
            for (int i = 0; i < evidence.worlds().size(); i++) {
                WorldResult applied = evidence.results().get(i);
                if (!applied.firedRules().contains(clause.rule())) {
                    continue;
                }
                WorldResult notApplied = evidence.evaluator().evaluate(evidence.worlds().get(i).incidents(), Set.of(clause.rule()));
                List<String> diff = Outcomes.differences(Outcomes.of(applied), Outcomes.of(notApplied));
                if (!diff.isEmpty()) {
                    changed.addAll(diff);
                    inWorlds.add(evidence.worlds().get(i).describe());
                }
            }
            if (changed.isEmpty()) {
                continue;
            }
            findings.add(Finding.ofCase(FindingKind.OPEN_TEXTURE, List.of(clause.id()),
                    Outcomes.subjectOf(changed.iterator().next()), evidence.caseId(),
                    Reasons.openTexture(phrase, clause.formalisation(), List.copyOf(changed)),
                    inWorlds.size() == evidence.worlds().size() ? List.of() : inWorlds));
        }
        return findings;
    }
}
