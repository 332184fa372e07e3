package dev.casus.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One clause of a draft: a DRL rule with its citation and wording, and what a reading of its
 * parsed conditions and consequence found.
 *
 * @param id             the citation from {@code @clause}, e.g. "Art. 5(1)"
 * @param rule           the DRL rule name
 * @param text           the wording from {@code @text}; empty when absent
 * @param vague          the phrase from {@code @vague}; null when absent
 * @param overrides      the clause ids from {@code @overrides}
 * @param file           the DRL file
 * @param line           the line of its {@code rule} keyword
 * @param textLine       the line of its {@code @text}
 * @param fieldsRead     incident field keys and extra attribute names its conditions read
 * @param thresholds     numeric comparisons of incident fields and numeric attributes in its conditions
 * @param literals       per text field or text attribute, the literal values its conditions compare with
 * @param termsRequired  terms it matches with {@code Holds(term == "...")}
 * @param actions        the calls of its consequence that conclude terms or activate commitments, in order
 * @param comparisons    every comparison of something with a number in its conditions, e.g.
 *                       {@code intValue >= 3}, {@code hoursAfter(this) <= 72}; {@code thresholds} are the
 *                       ones on incident fields and attributes
 * @param conditionText  its conditions, as written
 * @param formalisation  how its conditions read, on one line: its conditions on the incident's facts
 *                       as it writes and combines them ({@code not (...)}, {@code (a or b)}); when it
 *                       has none, every pattern it matches
 * @param readsCountry   its conditions read the {@code country} field itself ({@code country == "UA"}), which
 *                       holds one place; an incident in several countries cannot be judged by it
 */
public record Clause(String id, String rule, String text, String vague, List<String> overrides,
                     Path file, int line, int textLine, Set<String> fieldsRead, List<Threshold> thresholds,
                     Map<String, Set<String>> literals, Set<String> termsRequired, List<Action> actions,
                     List<Threshold> comparisons, String conditionText, String formalisation,
                     boolean readsCountry) {

    /** The key of {@link #literals()} under which a clause lists the areas it asks about with {@code inArea}. */
    public static final String AREAS = "inArea";

    /**
     * A call in a consequence: {@code holds}, {@code holdsNot}, {@code activate} or {@code withhold}.
     *
     * @param name     the action's name
     * @param subject  the term concluded or the commitment id, as its first argument states it
     * @param deadline the deadline passed to {@code activate} as its third argument; null when none
     * @param line     the line of the call in the DRL file
     */
    public record Action(String name, String subject, String deadline, int line) {

        /** True for {@code holds} and {@code holdsNot}. */
        public boolean concludesTerm() {
            return name.equals("holds") || name.equals("holdsNot");
        }
    }

    /** "Art. 5(1)" followed by its wording in quotes, for explanations. */
    public String cite() {
        return text.isEmpty() ? id : id + " \"" + text + "\"";
    }

    /** The terms it concludes with {@code holds} or {@code holdsNot}. */
    public Set<String> concludes() {
        Set<String> terms = new TreeSet<>();
        actions.stream().filter(Action::concludesTerm).forEach(a -> terms.add(a.subject()));
        return terms;
    }

    /** The commitment ids it names in {@code activate} or {@code withhold}. */
    public Set<String> activates() {
        Set<String> commitments = new TreeSet<>();
        actions.stream().filter(a -> !a.concludesTerm()).forEach(a -> commitments.add(a.subject()));
        return commitments;
    }

    /** Per commitment, the deadline it passes to {@code activate}, as written. */
    public Map<String, String> deadlines() {
        Map<String, String> deadlines = new TreeMap<>();
        actions.stream().filter(a -> a.name().equals("activate") && a.deadline() != null)
                .forEach(a -> deadlines.put(a.subject(), a.deadline()));
        return deadlines;
    }

    /** The thresholds conjoined with {@code threshold}: those of its group, itself included. */
    public List<Threshold> conjoinedWith(Threshold threshold) {
        List<Threshold> group = new ArrayList<>();
        for (Threshold t : thresholds) {
            if (t.group() == threshold.group()) {
                group.add(t);
            }
        }
        return group;
    }

    /**
     * False when no value of the threshold's field satisfies every threshold on that field in its
     * group, as in {@code killed > 10, killed < 5}: the comparison can then never decide anything.
     */
    public boolean canHold(Threshold threshold) {
        List<Threshold> same = conjoinedWith(threshold).stream().filter(t -> t.field().equals(threshold.field())).toList();
        Set<Double> values = new TreeSet<>();
        same.forEach(t -> values.add(t.value()));
        List<Double> sorted = new ArrayList<>(values);
        Set<Double> candidates = new LinkedHashSet<>(sorted);
        candidates.add(sorted.get(0) - 1);
        candidates.add(sorted.get(sorted.size() - 1) + 1);
        for (int i = 0; i + 1 < sorted.size(); i++) {
            candidates.add((sorted.get(i) + sorted.get(i + 1)) / 2);
        }
        return candidates.stream().anyMatch(x -> same.stream().allMatch(t -> t.test(x)));
    }
}
