package dev.casus.evaluation;

import dev.casus.api.CommitmentStatus;
import dev.casus.model.Commitment;
import dev.casus.api.WorldResult.CommitmentResult;
import dev.casus.api.WorldResult.OutOfTime;
import dev.casus.api.Explanation;
import dev.casus.api.WorldResult.TermResult;
import dev.casus.api.TermStatus;
import dev.casus.draft.Clause;
import dev.casus.engine.Conclusion;
import dev.casus.engine.Deadlines;
import dev.casus.model.Holds;
import dev.casus.model.Incident;
import dev.casus.vocabulary.IncidentField;
import dev.casus.model.Party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The chain of clauses behind a commitment ({@code party/commitment}) or a term, down to the incident's facts. */
final class Explainer implements Function<String, Optional<Explanation>> {

    private final List<Conclusion> conclusions;
    private final Map<Conclusion, List<Object>> premises;
    private final Map<String, Clause> clausesByRule;
    private final Map<Conclusion, String> overriddenBy;
    private final Map<String, TermResult> terms;
    private final Map<String, CommitmentResult> commitments;
    private final List<OutOfTime> outOfTime;

    Explainer(List<Conclusion> conclusions, Map<Conclusion, List<Object>> premises, Map<String, Clause> clausesByRule,
              Map<Conclusion, String> overriddenBy, Map<String, TermResult> terms, Map<String, CommitmentResult> commitments,
              List<OutOfTime> outOfTime) {
        this.outOfTime = outOfTime;
        this.conclusions = conclusions;
        this.premises = premises;
        this.clausesByRule = clausesByRule;
        this.overriddenBy = overriddenBy;
        this.terms = terms;
        this.commitments = commitments;
    }

    @Override
    public Optional<Explanation> apply(String key) {
        CommitmentResult commitment = commitments.get(key);
        if (commitment != null) {
            String deadline = commitment.deadline() == null ? "" : ", due within " + Deadlines.format(commitment.deadline());
            String condition = commitment.condition() == null ? ""
                    : commitment.condition().startsWith(Commitment.Decision.WAITS_ON) ? ", " + commitment.condition()
                    : ", subject to: " + commitment.condition();
            List<Explanation> because = explainSubject(commitment.commitment(), commitment.party(), null, 0);
            List<String> dates = commitment.status() == CommitmentStatus.INACTIVE ? outOfTime.stream()
                    .filter(o -> o.party() == null || o.party().equals(commitment.party()))
                    .map(OutOfTime::reason).distinct().toList() : List.of();
            String none = !dates.isEmpty() ? ": " + String.join("; ", dates)
                    : because.isEmpty() ? ": no clause activated it" : "";
            return Optional.of(new Explanation(key + " is " + commitment.status().name().toLowerCase() + deadline + condition + none,
                    "", "", List.of(), because));
        }
        TermResult term = terms.get(key);
        if (term != null) {
            return Optional.of(new Explanation("\"" + key + "\" " + describe(term.status()), "", "", List.of(),
                    explainSubject(key, null, null, 0)));
        }
        return Optional.empty();
    }

    private List<Explanation> explainSubject(String term, String party, Incident incident, int depth) {
        if (depth > 12) {
            return List.of();
        }
        List<Explanation> steps = new ArrayList<>();
        conclusions.stream()
                .filter(c -> c.term().equals(term) && Objects.equals(c.party(), party)
                        && (incident == null || c.incident().equals(incident)))
                .sorted(Comparator.comparing((Conclusion c) -> c.incident().id()).thenComparing(Conclusion::clause)
                        .thenComparing(Conclusion::rule).thenComparing(Conclusion::positive))
                .forEach(c -> steps.add(explainConclusion(c, depth)));
        return steps;
    }

    private Explanation explainConclusion(Conclusion c, int depth) {
        Clause clause = clausesByRule.get(c.rule());
        String subject = c.party() == null ? "\"" + c.term() + "\"" : c.party() + "/" + c.term();
        String verb = c.party() == null ? (c.positive() ? " holds" : " does not hold")
                : (c.positive() ? " activated" : " withheld");
        String statement = subject + verb + " for incident " + c.incident().id()
                + (overriddenBy.containsKey(c) ? " (set aside: " + overriddenBy.get(c) + " overrides it)" : "");
        List<String> facts = new ArrayList<>();
        List<Explanation> because = new ArrayList<>();
        for (Object premise : premises.getOrDefault(c, List.of())) {
            if (premise instanceof Incident i && clause != null) {
                facts.addAll(factsOf(i, clause));
            } else if (premise instanceof Party p) {
                facts.add("party " + p.id() + " (" + p.role().yamlName() + ")");
            } else if (premise instanceof Holds h) {
                because.addAll(explainSubject(h.term(), null, h.incident(), depth + 1).stream()
                        .filter(step -> !step.statement().contains(" does not hold")).toList());
            }
        }
        return new Explanation(statement, c.clause(), clause == null ? "" : clause.text(), facts, because);
    }

    private static List<String> factsOf(Incident incident, Clause clause) {
        List<String> facts = new ArrayList<>();
        for (IncidentField field : IncidentField.values()) {
            if (clause.fieldsRead().contains(field.key())) {
                facts.add(incident.id() + ": " + field.key() + " = " + IncidentField.show(field.get(incident)));
            }
        }
        incident.extra().forEach((name, value) -> {
            if (clause.fieldsRead().contains(name)) {
                facts.add(incident.id() + ": " + name + " = " + IncidentField.show(name, value));
            }
        });
        return facts;
    }

    private static String describe(TermStatus status) {
        return switch (status) {
            case HOLDS -> "holds";
            case DOES_NOT_HOLD -> "does not hold";
            case CONFLICT -> "is in conflict";
            case NOT_CONCLUDED -> "is not concluded";
        };
    }
}
