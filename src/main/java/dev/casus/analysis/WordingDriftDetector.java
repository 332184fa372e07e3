package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.Threshold;
import dev.casus.engine.Deadlines;
import dev.casus.model.Commitment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording that drifts from its rule: a comparison in a clause's {@code @text} ("at least 10") that no
 * condition of the rule makes, and a period ("within 24 hours") that neither a condition nor a deadline
 * of the rule uses. Evaluates nothing: it compares the wording with the clause as the parser read it.
 */
final class WordingDriftDetector implements DraftDetector {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final String N = "(\\d+(?:\\.\\d+)?|" + String.join("|", NUMBER_WORDS.keySet()) + ")";

    /** Comparison phrases, longest first, each with the operator it means. */
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            Map.entry(Pattern.compile("\\b(?:at least|no fewer than|not fewer than|no less than|not less than|a minimum of)\\s+" + N + "\\b"), ">="),
            Map.entry(Pattern.compile("\\b(?:at most|no more than|not more than|a maximum of|up to)\\s+" + N + "\\b"), "<="),
            Map.entry(Pattern.compile("\\b" + N + "\\s+or more\\b"), ">="),
            Map.entry(Pattern.compile("\\b" + N + "\\s+or (?:fewer|less)\\b"), "<="),
            Map.entry(Pattern.compile("\\b(?:more than|over|exceeding|in excess of|above|greater than)\\s+" + N + "\\b"), ">"),
            Map.entry(Pattern.compile("\\b(?:fewer than|less than|under|below)\\s+" + N + "\\b"), "<"));
    /**
     * What follows a number phrase that counts among the parties rather than measures the incident:
     * "one or more of them", "at least two of the Parties", "two or more States". Such a phrase says
     * who, not how much, and no numeric condition of a rule need echo it.
     */
    private static final Pattern AMONG = Pattern.compile(
            "^\\s+(?:of\\b|(?:them|parties|party|states?|members?|allies|ally|participants?|guarantors?|signator(?:y|ies)|nations?)\\b)");
    private static final Pattern WITHIN = Pattern.compile("\\bwithin\\s+" + N + "\\s+(hours?|days?)\\b");

    @Override
    public List<Finding> detect(CompiledDraft draft) {
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : draft.clauses()) {
            findings.addAll(drift(draft, clause));
        }
        return findings;
    }

    private static List<Finding> drift(CompiledDraft draft, Clause clause) {
        List<Finding> findings = new ArrayList<>();
        String text = clause.text().toLowerCase(Locale.ROOT);
        List<int[]> used = new ArrayList<>();
        for (Map.Entry<Pattern, String> phrase : PHRASES) {
            Matcher m = phrase.getKey().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (used.stream().anyMatch(u -> start < u[1] && end > u[0])) {
                    continue;
                }
                used.add(new int[] {start, end});
                if (AMONG.matcher(text.substring(end)).find()) {
                    continue;
                }
                double value = number(m.group(1));
                String said = clause.text().substring(start, end);
                String problem = compare(clause, phrase.getValue(), value, said);
                if (problem != null) {
                    findings.add(finding(clause, problem));
                }
            }
        }
        Matcher within = WITHIN.matcher(text);
        while (within.find()) {
            double amount = number(within.group(1));
            Duration said = within.group(2).startsWith("day") ? Duration.ofHours((long) (amount * 24)) : Duration.ofHours((long) amount);
            String words = clause.text().substring(within.start(), within.end());
            String problem = compareDeadline(draft, clause, said, words);
            if (problem != null) {
                findings.add(finding(clause, problem));
            }
        }
        return findings;
    }

    private static Finding finding(Clause clause, String disagreement) {
        return Finding.ofDraft(FindingKind.WORDING_DRIFT, List.of(clause.id()), "", Reasons.wordingDrift(clause.id(), disagreement),
                clause.file(), clause.textLine(), false);
    }

    /** Null when a comparison of the rule says what the words say; else what disagrees. */
    private static String compare(Clause clause, String operator, double value, String said) {
        List<Threshold> comparisons = clause.comparisons();
        for (Threshold t : comparisons) {
            if (equivalent(operator, value, t.operator(), t.value())) {
                return null;
            }
        }
        List<Threshold> sameNumber = comparisons.stream().filter(t -> t.value() == value).toList();
        if (!sameNumber.isEmpty()) {
            return Reasons.comparisonDiffers(said, operator, value, sameNumber.get(0));
        }
        if (comparisons.isEmpty()) {
            return Reasons.noNumericCondition(said, operator, value);
        }
        return Reasons.numberUnused(said, operator, value, comparisons);
    }

    /** Same operator and number, or the same bound on whole numbers ("at least 10" and "> 9"). */
    private static boolean equivalent(String saidOp, double saidValue, String ruleOp, double ruleValue) {
        if (saidOp.equals(ruleOp) && saidValue == ruleValue) {
            return true;
        }
        return switch (saidOp) {
            case ">=" -> ruleOp.equals(">") && ruleValue == saidValue - 1;
            case ">" -> ruleOp.equals(">=") && ruleValue == saidValue + 1;
            case "<=" -> ruleOp.equals("<") && ruleValue == saidValue + 1;
            case "<" -> ruleOp.equals("<=") && ruleValue == saidValue - 1;
            default -> false;
        };
    }

    /** Null when a condition or a deadline of the rule uses the period the words give; else what disagrees. */
    private static String compareDeadline(CompiledDraft draft, Clause clause, Duration said, String words) {
        long hours = said.toHours();
        if (clause.comparisons().stream().anyMatch(t -> t.value() == hours)) {
            return null;
        }
        List<String> dues = new ArrayList<>();
        for (String commitment : new TreeSet<>(clause.activates())) {
            Duration deadline;
            boolean own = clause.deadlines().containsKey(commitment);
            if (own) {
                try {
                    deadline = Deadlines.parse(clause.deadlines().get(commitment));
                } catch (IllegalArgumentException e) {
                    deadline = null;
                }
            } else {
                Commitment declared = draft.commitments().stream().filter(c -> c.id().equals(commitment)).findFirst().orElse(null);
                deadline = declared == null ? null : declared.deadline();
            }
            if (deadline != null && deadline.equals(said)) {
                return null;
            }
            if (deadline != null) {
                dues.add(own ? Reasons.dueByClause(commitment, deadline) : Reasons.dueByDraft(commitment, deadline));
            }
        }
        if (!dues.isEmpty()) {
            return Reasons.deadlineDiffers(words, dues);
        }
        return Reasons.periodUnused(words, said);
    }

    private static double number(String token) {
        Integer word = NUMBER_WORDS.get(token);
        return word != null ? word : Double.parseDouble(token);
    }
}
