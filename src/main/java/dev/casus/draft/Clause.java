package dev.casus.draft;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One clause of a draft: a DRL rule with its citation and wording, and what a static reading of
 * its conditions found.
 *
 * @param id            the citation from {@code @clause}, e.g. "Art. 5(1)"
 * @param rule          the DRL rule name
 * @param text          the wording from {@code @text}; empty when absent
 * @param vague         the phrase from {@code @vague}; null when absent
 * @param overrides     the clause ids from {@code @overrides}
 * @param fieldsRead    incident field keys and extra attribute names its conditions mention
 * @param thresholds    numeric comparisons in its conditions
 * @param literals      per text field, the literal values its conditions compare with
 * @param termsRequired terms it matches with {@code Holds(term == "...")}
 * @param concludes     terms it concludes with {@code holds}/{@code holdsNot}
 * @param activates     commitment ids it names in {@code activate}/{@code withhold}
 * @param conditionText its conditions, as written
 * @param comparisons   every comparison of something with a number in its conditions, e.g.
 *                      {@code intValue >= 3}, {@code hoursAfter(this) <= 72}; {@code thresholds} are the ones on incident fields
 * @param deadlines     per commitment, the deadline it passes to {@code activate}, as written
 * @param textLine      the line of its {@code @text}
 */
public record Clause(String id, String rule, String text, String vague, List<String> overrides,
                     Path file, int line, Set<String> fieldsRead, List<Threshold> thresholds,
                     Map<String, Set<String>> literals, Set<String> termsRequired, Set<String> concludes,
                     Set<String> activates, String conditionText, List<Threshold> comparisons,
                     Map<String, String> deadlines, int textLine) {

    /** "Art. 5(1)" followed by its wording in quotes, for explanations. */
    public String cite() {
        return text.isEmpty() ? id : id + " \"" + text + "\"";
    }
}
