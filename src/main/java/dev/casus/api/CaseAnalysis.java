package dev.casus.api;

import dev.casus.vocabulary.IncidentField;
import dev.casus.model.Incident;
import dev.casus.model.Case;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The three-way answer for one case against one draft: every commitment and term across all
 * possible worlds, the findings, and the worlds themselves for explanations.
 */
public record CaseAnalysis(Case theCase, String draftId, List<World> worlds, List<WorldResult> results,
                           SortedMap<String, Answer> commitments, SortedMap<String, Answer> terms,
                           List<Finding> findings, Set<String> firedRules, List<AsOf> history) {

    public CaseAnalysis {
        worlds = List.copyOf(worlds);
        results = List.copyOf(results);
        findings = findings.stream().sorted().toList();
        firedRules = Set.copyOf(firedRules);
        history = List.copyOf(history);
    }

    /** The analysis of a case whose facts were known at once: no history. */
    public CaseAnalysis(Case theCase, String draftId, List<World> worlds, List<WorldResult> results,
                        SortedMap<String, Answer> commitments, SortedMap<String, Answer> terms,
                        List<Finding> findings, Set<String> firedRules) {
        this(theCase, draftId, worlds, results, commitments, terms, findings, firedRules, List.of());
    }

    /**
     * The answers as known on one date of a case with {@code updates:}: the incident's own time (or
     * {@code at first} when it has none) and each update's date. The last is everything known, as this analysis.
     *
     * @param at       the date as the case file writes it, or the incident's time, or "at first"
     * @param from     its moment; null for "at first"
     * @param note     the update's note (null when it has none), or "the incident, as first known"
     * @param analysis the answers as of then (with no findings before the last date)
     */
    public record AsOf(String at, java.time.Instant from, String note, CaseAnalysis analysis) {
    }

    /**
     * The moment a commitment became owed: the first date of the history from which it is active on every
     * later date. Empty when it is not active at the end, when the case has no updates, or when it was owed
     * from a first date that has no time.
     */
    public Optional<java.time.Instant> owedFrom(String key) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        AsOf owed = null;
        for (AsOf asOf : history) {
            Verdict v = asOf.analysis().commitment(key).map(Answer::verdict).orElse(Verdict.INACTIVE);
            owed = v == Verdict.ACTIVE ? (owed == null ? asOf : owed) : null;
        }
        return owed == null ? Optional.empty() : Optional.ofNullable(owed.from());
    }

    /**
     * A commitment's (or term's) answer date by date, when it changed as facts became known, e.g.
     * "2001-09-11T12:46:00Z inactive → 2001-09-12 conditional → 2001-10-02 active; owed from
     * 2001-10-02T00:00:00Z, due by 2001-10-03T00:00:00Z". Empty when the case has no updates or the answer
     * never changed.
     */
    public Optional<String> describeHistory(String key) {
        List<String> steps = new java.util.ArrayList<>();
        Verdict before = null;
        for (AsOf asOf : history) {
            Verdict v = terms.containsKey(key) ? asOf.analysis().term(key).verdict()
                    : asOf.analysis().commitment(key).map(Answer::verdict).orElse(Verdict.INACTIVE);
            if (v != before) {
                steps.add(asOf.at() + " " + v.label());
            }
            before = v;
        }
        if (steps.size() < 2) {
            return Optional.empty();
        }
        String owed = owedFrom(key).map(o -> "; owed from " + o + dueBy(key).map(d -> ", due by " + d).orElse("")).orElse("");
        return Optional.of(String.join(" → ", steps) + owed);
    }

    /**
     * When a commitment falls due: the moment it became owed ({@link #owedFrom}) plus its deadline (the
     * shortest an activation sets in any world). Empty when either is unknown.
     */
    public Optional<java.time.Instant> dueBy(String key) {
        Optional<java.time.Instant> owed = owedFrom(key);
        if (owed.isEmpty()) {
            return Optional.empty();
        }
        return results.stream().map(r -> r.commitments().get(key))
                .filter(c -> c != null && c.status() == CommitmentStatus.ACTIVE && c.deadline() != null)
                .map(WorldResult.CommitmentResult::deadline).min(java.util.Comparator.naturalOrder())
                .map(d -> owed.get().plus(d));
    }

    /** The answer for {@code party/commitment}, if the draft declares or activates it. */
    public Optional<Answer> commitment(String key) {
        return Optional.ofNullable(commitments.get(key));
    }

    /** The answer for a term; a term no clause spoke of in any world does not hold. */
    public Answer term(String term) {
        Answer a = terms.get(term);
        return a != null ? a : new Answer(term, Verdict.DOES_NOT_HOLD, List.of(), List.of(), List.of());
    }

    /**
     * Why the dates of the draft or its parties leave something out, in words, without repeats: "the
     * draft is not in force on 2022-02-24: in force from 2024-01-01", "FI was not a party on
     * 2022-02-24 (a party since 2023-04-04)". In a timeline each starts with its incident's id; a
     * reason that holds in some worlds only ends with "(in some worlds)". Empty when the dates leave nothing out.
     */
    public List<String> outOfTime() {
        java.util.Map<String, Integer> worldsWith = new java.util.LinkedHashMap<>();
        for (WorldResult result : results) {
            result.outOfTime().stream()
                    .map(o -> (theCase.events().size() > 1 ? o.incident() + ": " : "") + o.reason())
                    .distinct().forEach(reason -> worldsWith.merge(reason, 1, Integer::sum));
        }
        return worldsWith.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() < results.size() ? " (in some worlds)" : "")).toList();
    }

    /**
     * What a conditional commitment waits on, in words, when it awaits decisions draft.yaml declares and
     * the case does not state: "waits on request by the State attacked (the State attacked requests
     * assistance)". Empty when the answer is not conditional, or its condition is a party's own.
     */
    public Optional<String> waitsOn(String key) {
        Answer answer = commitments.get(key);
        if (answer == null || answer.verdict() != Verdict.CONDITIONAL) {
            return Optional.empty();
        }
        return results.stream().map(r -> r.commitments().get(key))
                .filter(c -> c != null && c.condition() != null && c.condition().startsWith(dev.casus.model.Commitment.Decision.WAITS_ON))
                .map(WorldResult.CommitmentResult::condition).findFirst();
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * One concrete possible world of a case.
     *
     * @param choices the value chosen for each uncertain field that some clause reads
     */
    public record World(int index, SortedMap<String, Object> choices, List<Incident> incidents) {

        public World {
            incidents = List.copyOf(incidents);
        }

        /** "attribution=suspected, killed=0", or "as stated" for a case with nothing uncertain. */
        public String describe() {
            if (choices.isEmpty()) {
                return "as stated";
            }
            StringBuilder s = new StringBuilder();
            choices.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(IncidentField.show(k, v)));
            return s.toString();
        }
    }
}
