package dev.casus.analysis;

import dev.casus.api.Answer.Dependence;
import dev.casus.draft.Threshold;
import dev.casus.engine.Deadlines;
import dev.casus.vocabulary.IncidentField;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every reason a finding gives, and every note a conflict leaves on an answer, in a drafter's words:
 * one method per kind of finding and variant, so the wording stays consistent and can be reviewed in
 * one place. Clause ids are joined with ", "; a quoted subject is a term.
 */
final class Reasons {

    private static final String NO_PRECEDENCE = "; no @overrides decides between them";

    private Reasons() {
    }

    // conflict -----------------------------------------------------------------------------------

    /** Clauses that conclude a term both ways, with no precedence between them. */
    static String termConflict(String term, Collection<String> holds, Collection<String> holdsNot) {
        return conflict(quoted(term), holds, "holds", holdsNot, "does not hold");
    }

    /** Clauses that activate and withhold one commitment, with no precedence between them. */
    static String commitmentConflict(String key, Collection<String> activate, Collection<String> withhold) {
        return conflict(key, activate, "is activated", withhold, "is withheld");
    }

    private static String conflict(String subject, Collection<String> pro, String yes, Collection<String> contra, String no) {
        return clauses(pro) + " says " + subject + " " + yes + "; " + clauses(contra) + " says it " + no + NO_PRECEDENCE;
    }

    /** Standing activations of one commitment that set different deadlines: the clauses by deadline. */
    static String deadlineConflict(String key, Map<Duration, ? extends Collection<String>> clausesByDeadline) {
        List<String> parts = new ArrayList<>();
        clausesByDeadline.forEach((deadline, clauses) -> parts.add(clauses(clauses) + " within " + Deadlines.format(deadline)));
        return key + " is activated with different deadlines: " + String.join("; ", parts) + NO_PRECEDENCE;
    }

    /** The note on a commitment's answer that a conflict on it leaves undetermined. */
    static String commitmentConflictNote(Collection<String> activate, Collection<String> withhold) {
        return "activated by " + clauses(activate) + ", withheld by " + clauses(withhold);
    }

    /** The note on each answer that a conflict on a term leaves undetermined. */
    static String termConflictNote(String term, Collection<String> holds, Collection<String> holdsNot) {
        return quoted(term) + " (" + clauses(holds) + " vs " + clauses(holdsNot) + ")";
    }

    // depends-on-fact ----------------------------------------------------------------------------

    /** The uncertain facts an answer depends on, e.g. "killed: 0, 9 → inactive; 10 → active". */
    static String dependences(List<Dependence> dependences) {
        return String.join("; and on ", dependences.stream().map(Dependence::describe).toList());
    }

    /** Outcomes (commitments, and terms in quotes) that depend on the same uncertain facts. */
    static String dependsOnFact(List<String> subjects, String dependences) {
        return String.join(", ", subjects) + (subjects.size() == 1 ? " depends" : " depend") + " on " + dependences
                + ": the case leaves it uncertain";
    }

    // open-texture -------------------------------------------------------------------------------

    /** An open-textured clause whose reading decides outcomes, each change as "subject: a → b". */
    static String openTexture(String phrase, String formalisation, List<String> changes) {
        return quoted(phrase) + " is a judgment the wording leaves open (read as " + formalisation
                + "); applied or not, it decides " + changes(changes);
    }

    // threshold-edge -----------------------------------------------------------------------------

    /** A stated number at or beside a clause's threshold, and what changes across it. */
    static String thresholdEdge(String fieldKey, double stated, String clause, Threshold threshold, Object across,
                                List<String> changes) {
        String place = stated == threshold.value() ? "sits at" : "sits beside";
        return fieldKey + " = " + IncidentField.show(stated) + " " + place + " the threshold of " + clause + " ("
                + threshold.describe() + "); at " + IncidentField.show(across) + ": " + changes(changes);
    }

    /** A stated range with values on both sides of a clause's threshold, and the outcomes that turn on it. */
    static String thresholdStraddled(String fieldKey, String clause, Threshold threshold, String subjects) {
        return "the stated range of " + fieldKey + " straddles the threshold of " + clause + " (" + threshold.describe()
                + "); which side the fact falls on decides " + subjects;
    }

    /** The first three subjects, ", "-joined, and how many more: "A, B, C and 2 more". */
    static String firstThree(List<String> subjects) {
        List<String> shown = subjects.stream().limit(3).toList();
        return String.join(", ", shown) + (subjects.size() > shown.size() ? " and " + (subjects.size() - shown.size()) + " more" : "");
    }

    // silent -------------------------------------------------------------------------------------

    /** A hostile incident, of the acts named, that no clause engages with. */
    static String silent(Collection<String> acts) {
        return "no clause engages with this incident (" + String.join(", ", acts)
                + "): no term is concluded and no commitment activates; the draft is silent on it";
    }

    // wording-drift ------------------------------------------------------------------------------

    /** Where a clause's wording and its rule disagree. */
    static String wordingDrift(String clause, String disagreement) {
        return clause + ": " + disagreement;
    }

    /** The wording compares with the number a condition uses, but not as the condition does. */
    static String comparisonDiffers(String said, String operator, double value, Threshold tested) {
        return saysComparison(said, operator, value) + ", but the rule tests " + tested.describe();
    }

    /** The wording compares with a number, and the rule compares nothing with a number. */
    static String noNumericCondition(String said, String operator, double value) {
        return saysComparison(said, operator, value) + ", but the rule has no numeric condition";
    }

    /** The wording compares with a number no condition of the rule uses. */
    static String numberUnused(String said, String operator, double value, List<Threshold> tested) {
        return saysComparison(said, operator, value) + ", but no condition of the rule compares with " + number(value)
                + " (it tests " + String.join(", ", tested.stream().map(Threshold::describe).toList()) + ")";
    }

    /** The wording gives a deadline, and the commitments the clause activates are due otherwise. */
    static String deadlineDiffers(String said, List<String> dues) {
        return says(said) + ", but " + String.join("; ", dues);
    }

    /** A commitment's deadline, as the clause's own {@code activate(...)} sets it. */
    static String dueByClause(String commitment, Duration deadline) {
        return due(commitment, deadline, "the clause's own activate(...)");
    }

    /** A commitment's deadline, as draft.yaml declares it. */
    static String dueByDraft(String commitment, Duration deadline) {
        return due(commitment, deadline, "draft.yaml");
    }

    private static String due(String commitment, Duration deadline, String where) {
        return commitment + " is due within " + Deadlines.format(deadline) + " (" + where + ")";
    }

    /** The wording gives a period that neither a condition nor a deadline of the rule uses. */
    static String periodUnused(String said, Duration period) {
        return says(said) + ", but neither a condition nor a deadline of the rule uses " + Deadlines.format(period);
    }

    private static String saysComparison(String said, String operator, double value) {
        return says(said) + " (" + operator + " " + number(value) + ")";
    }

    private static String says(String said) {
        return "@text says " + quoted(said);
    }

    // undefined-term -----------------------------------------------------------------------------

    /** A clause requires a term no clause concludes; {@code hint} is a "did you mean", or empty. */
    static String termNeverConcluded(String clause, String term, String hint) {
        return clause + " requires the term " + quoted(term) + ", but no clause concludes it" + hint;
    }

    /** A term the clauses named conclude that no clause requires: a warning. */
    static String termNeverUsed(String term, Collection<String> concludedBy) {
        return "the term " + quoted(term) + " is concluded (by " + clauses(concludedBy) + ") but no clause uses it";
    }

    /** A commitment draft.yaml declares that no clause activates. */
    static String commitmentNeverActivated(String commitment) {
        return "commitment " + quoted(commitment) + " is declared, but no clause activates it";
    }

    // dead-clause --------------------------------------------------------------------------------

    /** A clause that fired in no case and no world of the suites that test its draft. */
    static String neverFired(String clause) {
        return clause + " never fired, in any case or possible world of the suites that test this draft";
    }

    /**
     * A clause that fired but never changed an outcome: precedence set its conclusions aside (by the
     * clauses named, or null when none did), or they were withdrawn before the world was decided.
     */
    static String masked(String clause, int worlds, Collection<String> setAsideBy, boolean withdrawn) {
        String fired = clause + " is masked: it fired in " + worlds + " world" + (worlds == 1 ? "" : "s") + " but ";
        String why = setAsideBy == null ? "none of its conclusions remained once the world was decided (what they rested on did not hold)"
                : withdrawn ? "was set aside by " + clauses(setAsideBy) + " where its conclusions remained"
                : "was always set aside by " + clauses(setAsideBy);
        return fired + why + ", so it never changed an outcome";
    }

    // --------------------------------------------------------------------------------------------

    /** The first three changes, "; "-joined, and how many more. */
    private static String changes(List<String> changes) {
        List<String> shown = changes.stream().limit(3).toList();
        return String.join("; ", shown) + (changes.size() > shown.size() ? "; and " + (changes.size() - shown.size()) + " more" : "");
    }

    private static String clauses(Collection<String> clauses) {
        return String.join(", ", clauses);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
