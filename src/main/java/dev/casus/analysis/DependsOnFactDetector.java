package dev.casus.analysis;

import dev.casus.api.Answer;
import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.api.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Outcomes left undetermined by a fact the case leaves uncertain: one finding per set of deciding
 * facts, naming every outcome that turns on them. Re-evaluates nothing: it reads the answers, whose
 * dependences compare worlds that differ in one fact alone.
 */
final class DependsOnFactDetector implements Detector {

    @Override
    public List<Finding> detect(CaseEvidence evidence) {
        Map<String, List<String>> subjectsByFacts = new LinkedHashMap<>();
        Map<String, Set<String>> clausesByFacts = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>(evidence.commitments().values());
        evidence.terms().values().forEach(a -> answers.add(
                new Answer("\"" + a.subject() + "\"", a.verdict(), a.dependsOn(), a.clauses(), a.conflicts())));
        for (Answer answer : answers) {
            if (answer.verdict() != Verdict.UNDETERMINED || answer.dependsOn().isEmpty()) {
                continue;
            }
            String facts = Reasons.dependences(answer.dependsOn());
            subjectsByFacts.computeIfAbsent(facts, k -> new ArrayList<>()).add(answer.subject());
            Set<String> clauses = clausesByFacts.computeIfAbsent(facts, k -> new TreeSet<>());
            answer.dependsOn().forEach(d -> clauses.addAll(d.clauses()));
        }
        List<Finding> findings = new ArrayList<>();
        subjectsByFacts.forEach((facts, subjects) -> findings.add(Finding.ofCase(FindingKind.DEPENDS_ON_FACT,
                List.copyOf(clausesByFacts.get(facts)), String.join(", ", subjects), evidence.caseId(),
                Reasons.dependsOnFact(subjects, facts), List.of())));
        return findings;
    }
}
