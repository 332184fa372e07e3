package dev.casus.draft;

import dev.casus.model.Problem;
import dev.casus.model.IncidentField;
import dev.casus.model.ValueType;
import dev.casus.yaml.Suggest;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DRL file's rules as clauses: their metadata, and a static reading of their conditions
 * (which incident fields they mention, numeric thresholds, literal values, terms and commitments).
 * The reading errs on the side of "mentions": a field named anywhere in a rule's conditions counts.
 */
final class ClauseReader {

    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final String OPERATOR = "(>=|<=|==|!=|>|<)";
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern EXTRA_READ = Pattern.compile("\\b(?:flag|number|text)\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern EXTRA_THRESHOLD = Pattern.compile(
            "\\bnumber\\(\\s*\"([^\"]+)\"\\s*\\)\\s*" + OPERATOR + "\\s*" + NUMBER);
    private static final Pattern EXTRA_THRESHOLD_RIGHT = Pattern.compile(
            NUMBER + "\\s*" + OPERATOR + "\\s*number\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern EXTRA_LITERAL = Pattern.compile(
            "\\btext\\(\\s*\"([^\"]+)\"\\s*\\)\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern HOLDS_PATTERN = Pattern.compile("\\bHolds\\s*\\(([^)]*)\\)");
    private static final Pattern TERM_CONSTRAINT = Pattern.compile("\\bterm\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern CONCLUDES = Pattern.compile("\\bholds(?:Not)?\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern ACTIVATES = Pattern.compile("\\b(?:activate|withhold)\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern ACTIVATE_DEADLINE = Pattern.compile(
            "\\bactivate\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*[^,()]+,\\s*\"([^\"]+)\"\\s*\\)");
    private static final String OPERAND = "((?:\\$\\w+\\.)?[A-Za-z_][\\w]*(?:\\([^()]*\\))?(?:\\.[A-Za-z_][\\w]*(?:\\([^()]*\\))?)*)";
    private static final Pattern COMPARISON_LEFT = Pattern.compile(OPERAND + "\\s*" + OPERATOR + "\\s*" + NUMBER);
    private static final Pattern COMPARISON_RIGHT = Pattern.compile(NUMBER + "\\s*" + OPERATOR + "\\s*" + OPERAND);

    private final Path file;
    private final String source;
    private final Set<String> extraAttributes;
    private final Collection<String> commitments;
    private final List<Problem> problems;

    ClauseReader(Path file, String source, Set<String> extraAttributes, Collection<String> commitments,
                 List<Problem> problems) {
        this.file = file;
        this.source = source;
        this.extraAttributes = extraAttributes;
        this.commitments = commitments;
        this.problems = problems;
    }

    /** The file's package name, or null when the parser found errors (the compiler reports those). */
    record Parsed(String packageName, List<Clause> clauses) {
    }

    Parsed read() {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, source);
        } catch (DroolsParserException e) {
            return new Parsed(null, List.of());
        }
        if (parser.hasErrors() || descr == null) {
            return new Parsed(null, List.of());
        }
        List<Clause> clauses = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            clauses.add(readRule(rule));
        }
        return new Parsed(descr.getName(), clauses);
    }

    private Clause readRule(RuleDescr rule) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getEndCharacter() > start ? Math.min(source.length(), rule.getEndCharacter() + 1) : source.length();
        String slice = source.substring(start, end);
        int line = rule.getLine();
        String id = annotation(rule, "clause");
        String text = annotation(rule, "text");
        String vague = annotation(rule, "vague");
        List<String> overrides = new ArrayList<>();
        AnnotationDescr overridesDescr = rule.getAnnotation("overrides");
        if (overridesDescr != null && overridesDescr.getValue() != null) {
            overrides.addAll(quoted(overridesDescr.getValue().toString()));
        }
        if (id == null || id.isBlank()) {
            problems.add(new Problem(file, line, 0, "rule \"" + rule.getName()
                    + "\" has no @clause: add @clause(\"Art. N\") with the citation it implements"));
            id = rule.getName();
        }
        if (text == null || text.isBlank()) {
            problems.add(new Problem(file, line, 0, "clause " + id
                    + " has no @text: add @text(\"...\") with the clause's wording in the draft"));
            text = "";
        }

        int when = indexOutsideStrings(slice, "when");
        int then = indexOutsideStrings(slice, "then");
        String conditions = when >= 0 && then > when ? slice.substring(when + 4, then) : "";
        int conditionsLine = line + newlines(slice, Math.max(when, 0));
        String consequence = then >= 0 ? slice.substring(then + 4) : "";
        int consequenceLine = line + newlines(slice, Math.max(then, 0));

        Set<String> fieldsRead = new TreeSet<>();
        Map<String, Set<String>> literals = new TreeMap<>();
        List<Threshold> thresholds = new ArrayList<>();
        // a field named inside a string, such as the term "verified violation", is not read
        String outsideStrings = QUOTED.matcher(conditions).replaceAll("\"\"");
        for (IncidentField field : IncidentField.values()) {
            Pattern mention = Pattern.compile("(?<![\\w$])(?:\\$\\w+\\.)?" + field.key() + "\\b");
            if (mention.matcher(outsideStrings).find()) {
                fieldsRead.add(field.key());
            }
            if (field.type().isNumeric()) {
                thresholds.addAll(numericComparisons(field.key(), conditions, conditionsLine));
            }
            if (field.type() == ValueType.TEXT) {
                Set<String> values = textLiterals(field.key(), conditions);
                if (!values.isEmpty()) {
                    literals.put(field.key(), values);
                }
            }
        }
        if (conditions.contains("hoursAfter")) {
            fieldsRead.add(IncidentField.TIME.key());
        }
        Matcher extra = EXTRA_READ.matcher(conditions);
        while (extra.find()) {
            fieldsRead.add(extra.group(1));
        }
        Matcher extraThreshold = EXTRA_THRESHOLD.matcher(conditions);
        while (extraThreshold.find()) {
            thresholds.add(new Threshold(extraThreshold.group(1), extraThreshold.group(2),
                    Double.parseDouble(extraThreshold.group(3)), conditionsLine + newlines(conditions, extraThreshold.start())));
        }
        Matcher extraThresholdRight = EXTRA_THRESHOLD_RIGHT.matcher(conditions);
        while (extraThresholdRight.find()) {
            thresholds.add(new Threshold(extraThresholdRight.group(3), flip(extraThresholdRight.group(2)),
                    Double.parseDouble(extraThresholdRight.group(1)), conditionsLine + newlines(conditions, extraThresholdRight.start())));
        }
        Matcher extraLiteral = EXTRA_LITERAL.matcher(conditions);
        while (extraLiteral.find()) {
            literals.computeIfAbsent(extraLiteral.group(1), k -> new TreeSet<>()).add(extraLiteral.group(2));
        }

        Set<String> termsRequired = new TreeSet<>();
        Matcher holds = HOLDS_PATTERN.matcher(conditions);
        while (holds.find()) {
            Matcher term = TERM_CONSTRAINT.matcher(holds.group(1));
            while (term.find()) {
                termsRequired.add(term.group(1));
            }
        }
        Set<String> concludes = new TreeSet<>();
        Matcher concluded = CONCLUDES.matcher(consequence);
        while (concluded.find()) {
            concludes.add(concluded.group(1));
        }
        Set<String> activates = new TreeSet<>();
        Matcher activated = ACTIVATES.matcher(consequence);
        while (activated.find()) {
            String commitment = activated.group(1);
            activates.add(commitment);
            if (!commitments.contains(commitment)) {
                problems.add(new Problem(file, consequenceLine + newlines(consequence, activated.start()), 0,
                        "clause " + id + " activates commitment '" + commitment
                                + "', which draft.yaml does not declare" + Suggest.hint(commitment, commitments)));
            }
        }
        List<Threshold> comparisons = new ArrayList<>();
        Matcher left = COMPARISON_LEFT.matcher(conditions);
        while (left.find()) {
            comparisons.add(new Threshold(left.group(1).replaceFirst("^\\$\\w+\\.", ""), left.group(2),
                    Double.parseDouble(left.group(3)), conditionsLine + newlines(conditions, left.start())));
        }
        Matcher right = COMPARISON_RIGHT.matcher(conditions);
        while (right.find()) {
            comparisons.add(new Threshold(right.group(3).replaceFirst("^\\$\\w+\\.", ""), flip(right.group(2)),
                    Double.parseDouble(right.group(1)), conditionsLine + newlines(conditions, right.start())));
        }
        Map<String, String> deadlines = new TreeMap<>();
        Matcher deadline = ACTIVATE_DEADLINE.matcher(consequence);
        while (deadline.find()) {
            deadlines.put(deadline.group(1), deadline.group(2));
        }
        int textAt = slice.indexOf("@text");
        int textLine = textAt < 0 ? line : line + newlines(slice, textAt);
        for (String name : extraNamesIn(conditions)) {
            if (!extraAttributes.contains(name)) {
                problems.add(new Problem(file, conditionsLine + newlines(conditions, conditions.indexOf('"' + name + '"')), 0,
                        "clause " + id + " reads attribute '" + name + "', which draft.yaml does not declare under attributes"
                                + Suggest.hint(name, extraAttributes)));
            }
        }
        return new Clause(id, rule.getName(), text, vague, List.copyOf(overrides), file, line,
                Set.copyOf(fieldsRead), List.copyOf(thresholds), Map.copyOf(literals), Set.copyOf(termsRequired),
                Set.copyOf(concludes), Set.copyOf(activates), conditions.strip(), List.copyOf(comparisons),
                Map.copyOf(deadlines), textLine);
    }

    private static Set<String> extraNamesIn(String conditions) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = EXTRA_READ.matcher(conditions);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Threshold> numericComparisons(String key, String conditions, int firstLine) {
        List<Threshold> found = new ArrayList<>();
        Matcher left = Pattern.compile("(?<![\\w$])(?:\\$\\w+\\.)?" + key + "\\s*" + OPERATOR + "\\s*" + NUMBER)
                .matcher(conditions);
        while (left.find()) {
            found.add(new Threshold(key, left.group(1), Double.parseDouble(left.group(2)),
                    firstLine + newlines(conditions, left.start())));
        }
        Matcher right = Pattern.compile(NUMBER + "\\s*" + OPERATOR + "\\s*(?:\\$\\w+\\.)?" + key + "\\b")
                .matcher(conditions);
        while (right.find()) {
            found.add(new Threshold(key, flip(right.group(2)), Double.parseDouble(right.group(1)),
                    firstLine + newlines(conditions, right.start())));
        }
        return found;
    }

    private static Set<String> textLiterals(String key, String conditions) {
        Set<String> values = new TreeSet<>();
        Matcher eq = Pattern.compile("(?<![\\w$])(?:\\$\\w+\\.)?" + key + "\\s*(?:==|!=)\\s*\"([^\"]*)\"").matcher(conditions);
        while (eq.find()) {
            values.add(eq.group(1));
        }
        Matcher in = Pattern.compile("(?<![\\w$])(?:\\$\\w+\\.)?" + key + "\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)").matcher(conditions);
        while (in.find()) {
            values.addAll(quoted(in.group(1)));
        }
        return values;
    }

    private static String flip(String operator) {
        return switch (operator) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            case "<=" -> ">=";
            default -> operator;
        };
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr a = rule.getAnnotation(name);
        if (a == null || a.getValue() == null) {
            return null;
        }
        List<String> values = quoted(a.getValue().toString());
        return values.isEmpty() ? a.getValue().toString().strip() : String.join(", ", values);
    }

    static List<String> quoted(String raw) {
        List<String> values = new ArrayList<>();
        Matcher m = QUOTED.matcher(raw);
        while (m.find()) {
            values.add(m.group(1).replace("\\\"", "\""));
        }
        return values;
    }

    private static int newlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < Math.min(upTo, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The index of {@code word} as a whole word outside string literals and comments, or -1. */
    private static int indexOutsideStrings(String text, String word) {
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
            } else if (text.startsWith(word, i)
                    && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))
                    && (i + word.length() == text.length() || !Character.isJavaIdentifierPart(text.charAt(i + word.length())))) {
                return i;
            }
        }
        return -1;
    }
}
