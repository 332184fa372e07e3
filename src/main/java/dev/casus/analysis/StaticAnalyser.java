package dev.casus.analysis;

import dev.casus.api.Finding;
import dev.casus.api.FindingKind;

import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.Threshold;
import dev.casus.engine.Deadlines;
import dev.casus.model.Commitment;
import dev.casus.yaml.Suggest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings a draft shows without any case: wording that drifts from the rule, and terms or
 * commitments that are required, concluded or declared but never defined or used.
 */
public final class StaticAnalyser {

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

    private StaticAnalyser() {
    }

    /** Every static finding of the draft, sorted. */
    public static List<Finding> analyse(CompiledDraft draft) {
        List<Finding> findings = new ArrayList<>();
        for (Clause clause : draft.clauses()) {
            findings.addAll(wordingDrift(draft, clause));
        }
        findings.addAll(undefinedTerms(draft));
        return findings.stream().map(f -> f.withWording(draft.wordingOf(f.clauses()))).sorted().toList();
    }

    static List<Finding> wordingDrift(CompiledDraft draft, Clause clause) {
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
                String operator = phrase.getValue();
                String problem = compare(clause, operator, value, said);
                if (problem != null) {
                    findings.add(drift(clause, problem));
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
                findings.add(drift(clause, problem));
            }
        }
        return findings;
    }

    private static Finding drift(Clause clause, String reason) {
        return Finding.ofDraft(FindingKind.WORDING_DRIFT, List.of(clause.id()), "", clause.id() + ": " + reason,
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
        String wording = "@text says \"" + said + "\" (" + operator + " " + show(value) + ")";
        List<Threshold> sameNumber = comparisons.stream().filter(t -> t.value() == value).toList();
        if (!sameNumber.isEmpty()) {
            return wording + ", but the rule tests " + sameNumber.get(0).describe();
        }
        if (comparisons.isEmpty()) {
            return wording + ", but the rule has no numeric condition";
        }
        return wording + ", but no condition of the rule compares with " + show(value) + " (it tests "
                + String.join(", ", comparisons.stream().map(Threshold::describe).toList()) + ")";
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

    private static String compareDeadline(CompiledDraft draft, Clause clause, Duration said, String words) {
        long hours = said.toHours();
        if (clause.comparisons().stream().anyMatch(t -> t.value() == hours)) {
            return null;
        }
        List<String> set = new ArrayList<>();
        for (String commitment : new TreeSet<>(clause.activates())) {
            Duration deadline = null;
            String where = "";
            if (clause.deadlines().containsKey(commitment)) {
                try {
                    deadline = Deadlines.parse(clause.deadlines().get(commitment));
                    where = "the clause's own activate(...)";
                } catch (IllegalArgumentException e) {
                    deadline = null;
                }
            } else {
                Commitment declared = draft.commitments().stream().filter(c -> c.id().equals(commitment)).findFirst().orElse(null);
                deadline = declared == null ? null : declared.deadline();
                where = "draft.yaml";
            }
            if (deadline != null && deadline.equals(said)) {
                return null;
            }
            if (deadline != null) {
                set.add(commitment + " is due within " + Deadlines.format(deadline) + " (" + where + ")");
            }
        }
        String wording = "@text says \"" + words + "\"";
        if (!set.isEmpty()) {
            return wording + ", but " + String.join("; ", set);
        }
        return wording + ", but neither a condition nor a deadline of the rule uses " + Deadlines.format(said);
    }

    static List<Finding> undefinedTerms(CompiledDraft draft) {
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
                            c.id() + " requires the term \"" + term + "\", but no clause concludes it"
                                    + Suggest.hint(term, concluded), c.file(), c.line(), false));
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
                findings.add(Finding.ofDraft(FindingKind.UNDEFINED_TERM, ids, term, "the term \"" + term
                        + "\" is concluded (by " + String.join(", ", ids) + ") but no clause uses it", first.file(), first.line(), true));
            }
        });
        for (Commitment commitment : draft.commitments()) {
            if (!activated.contains(commitment.id())) {
                findings.add(Finding.ofDraft(FindingKind.UNDEFINED_TERM, List.of(), commitment.id(),
                        "commitment \"" + commitment.id() + "\" is declared, but no clause activates it",
                        draft.directory().resolve("draft.yaml"), commitment.line(), false));
            }
        }
        return findings;
    }

    private static double number(String token) {
        Integer word = NUMBER_WORDS.get(token);
        return word != null ? word : Double.parseDouble(token);
    }

    private static String show(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
