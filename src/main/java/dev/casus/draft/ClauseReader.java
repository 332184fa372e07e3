package dev.casus.draft;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.casus.model.Commitment;
import dev.casus.model.Problem;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;
import dev.casus.yaml.Suggest;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a DRL file's rules as clauses, from the descriptors Drools' own parser makes: metadata from
 * the rule's annotations; fields, comparisons, literals and helper calls from its patterns, whose
 * constraints the Drools constraint parser takes apart; and the actions of its consequence from a
 * Java parse of that code. Nothing is read by matching patterns over the text.
 */
final class ClauseReader {

    private static final String INCIDENT = "Incident";
    private static final String HOLDS = "Holds";
    private static final String PARTY = "Party";
    private static final Set<String> COMPARISON = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> ACTIONS = Set.of("holds", "holdsNot", "activate", "withhold");
    private static final Set<String> CONTEXT_ARGUMENTS = Set.of("drools", "kcontext");

    private final Path file;
    private final String source;
    private final DrlText drl;
    private final Set<String> extraAttributes;
    private Map<String, Double> constants = Map.of();
    private final Collection<String> commitments;
    private final List<Problem> problems;
    private final CodeParses parses;
    private int ruleLine;

    ClauseReader(Path file, String source, Set<String> extraAttributes, Collection<String> commitments,
                 List<Problem> problems) {
        this(file, source, extraAttributes, commitments, problems, new CodeParses());
    }

    /** @param parses the parses of this file's code, shared with its {@link ClauseChecker} */
    ClauseReader(Path file, String source, Set<String> extraAttributes, Collection<String> commitments,
                 List<Problem> problems, CodeParses parses) {
        this.parses = parses;
        this.file = file;
        this.source = source;
        this.drl = new DrlText(source);
        this.extraAttributes = extraAttributes;
        this.commitments = commitments;
        this.problems = problems;
    }

    /** The named numbers of the project's vocabulary.yaml, read by clauses as {@code constant("name")}. */
    ClauseReader constants(Map<String, Double> named) {
        this.constants = Map.copyOf(named);
        return this;
    }

    /** The file's package name, or null when the parser found errors (the compiler reports those). */
    record Parsed(String packageName, List<Clause> clauses) {
    }

    Parsed read() {
        return read(null);
    }

    /** The line of the rule being read, or 0 before the first: where a failure of the reading is best located. */
    int line() {
        return ruleLine;
    }

    /**
     * Reads the clauses, and has the checker look at the file and each clause (what a clause may
     * use, type errors) on the same descriptors; a null checker checks nothing.
     */
    Parsed read(ClauseChecker checker) {
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
        if (checker != null) {
            checker.checkFile(descr);
        }
        List<Clause> clauses = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            if (rule instanceof QueryDescr) {
                continue;
            }
            ruleLine = Math.max(0, rule.getLine());
            Clause clause = readRule(rule);
            clauses.add(clause);
            if (checker != null) {
                checker.checkClause(rule, clause.id());
            }
        }
        return new Parsed(descr.getName(), clauses);
    }

    private Clause readRule(RuleDescr rule) {
        int line = rule.getLine();
        String id = single(rule.getAnnotation("clause"));
        String text = single(rule.getAnnotation("text"));
        String vague = single(rule.getAnnotation("vague"));
        List<String> overrides = values(rule.getAnnotation("overrides"));
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
        int textAt = drl.annotationOffset(rule, "text");
        int textLine = textAt < 0 ? line : drl.lineAt(textAt);

        Conditions conditions = new Conditions();
        conditions.bindAll(rule.getLhs());
        Shown shown = conditions.walk(rule.getLhs());
        String clauseId = id;
        conditions.attributeLines.forEach((name, at) -> {
            if (!extraAttributes.contains(name)) {
                problems.add(new Problem(file, at, 0, "clause " + clauseId + " reads attribute '" + name
                        + "', which draft.yaml does not declare under attributes" + Suggest.hint(name, extraAttributes)));
            }
        });

        List<String> declaredDecisions = extraAttributes.stream().filter(a -> a.startsWith(Commitment.Decision.FIELD_PREFIX))
                .map(a -> a.substring(Commitment.Decision.FIELD_PREFIX.length())).sorted().toList();
        conditions.decisionLines.forEach((name, at) -> {
            if (!declaredDecisions.contains(name)) {
                problems.add(new Problem(file, at, 0, "clause " + clauseId + " reads decision '" + name
                        + "', which draft.yaml does not declare under decisions" + Suggest.hint(name, declaredDecisions)));
            }
        });

        List<Clause.Action> actions = readActions(rule);
        for (Clause.Action action : actions) {
            if (!action.concludesTerm() && !commitments.contains(action.subject())) {
                problems.add(new Problem(file, action.line(), 0, "clause " + id + " activates commitment '" + action.subject()
                        + "', which draft.yaml does not declare" + Suggest.hint(action.subject(), commitments)));
            }
        }
        AndDescr lhs = rule.getLhs();
        String conditionText = lhs == null || lhs.getStartCharacter() < 0 || lhs.getEndCharacter() <= lhs.getStartCharacter()
                ? "" : source.substring(lhs.getStartCharacter(), Math.min(source.length(), lhs.getEndCharacter()));
        String formalisation = shown.facts().isEmpty() ? shown.all() : shown.facts();
        return new Clause(id, rule.getName(), text, vague, List.copyOf(overrides), file, line, textLine,
                Set.copyOf(conditions.fieldsRead), List.copyOf(conditions.thresholds), Map.copyOf(conditions.literals),
                Set.copyOf(conditions.termsRequired), List.copyOf(actions), List.copyOf(conditions.comparisons),
                conditionText, formalisation, conditions.readsCountry);
    }

    // metadata ------------------------------------------------------------------------------------

    /** An annotation's value, or its values joined by ", "; null when absent. */
    private String single(AnnotationDescr annotation) {
        List<String> values = values(annotation);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** An annotation's values: {@code @overrides("A")}, {@code @overrides("A", "B")} and {@code @overrides({"A", "B"})} alike. */
    private List<String> values(AnnotationDescr annotation) {
        List<String> values = new ArrayList<>();
        if (annotation != null) {
            addValues(annotation.getValue(), values);
        }
        return values;
    }

    private void addValues(Object value, List<String> into) {
        if (value instanceof Object[] array) {
            for (Object element : array) {
                addValues(element, into);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> addValues(element, into));
        } else if (value != null) {
            into.addAll(literals(value.toString()));
        }
    }

    /** The values of an annotation's written value list, string literals unescaped. */
    private List<String> literals(String written) {
        ParseResult<Expression> parsed = parses.metadata(written);
        Optional<Expression> list = parsed.isSuccessful() ? parsed.getResult() : Optional.empty();
        if (list.isEmpty() || !(list.get() instanceof ArrayCreationExpr array) || array.getInitializer().isEmpty()) {
            return written.isBlank() ? List.of() : List.of(written.strip());
        }
        List<String> values = new ArrayList<>();
        for (Expression element : array.getInitializer().get().getValues()) {
            if (element instanceof StringLiteralExpr s) {
                values.add(s.asString());
            } else if (element instanceof TextBlockLiteralExpr t) {
                values.add(t.asString());
            } else {
                values.add(element.toString());
            }
        }
        return values;
    }

    // consequence ---------------------------------------------------------------------------------

    /** The holds/holdsNot/activate/withhold calls of the consequence, each with its line. */
    private List<Clause.Action> readActions(RuleDescr rule) {
        String code = rule.getConsequence() == null ? "" : rule.getConsequence().toString().strip();
        if (code.isEmpty()) {
            return List.of();
        }
        int at = drl.consequenceOffset(rule, code);
        int firstLine = at >= 0 ? drl.lineAt(at) : rule.getConsequenceLine() + 1;
        ParseResult<BlockStmt> parsed = parses.consequence(code);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return List.of();
        }
        List<Clause.Action> actions = new ArrayList<>();
        for (MethodCallExpr call : parsed.getResult().get().findAll(MethodCallExpr.class)) {
            if (call.getScope().isPresent() || !ACTIONS.contains(call.getNameAsString())) {
                continue;
            }
            List<Expression> args = new ArrayList<>(call.getArguments());
            if (!args.isEmpty() && args.get(0) instanceof NameExpr n && CONTEXT_ARGUMENTS.contains(n.getNameAsString())) {
                args.remove(0);
            }
            if (args.isEmpty() || !(args.get(0) instanceof StringLiteralExpr subject)) {
                continue;
            }
            String deadline = call.getNameAsString().equals("activate") && args.size() >= 3
                    && args.get(2) instanceof StringLiteralExpr d ? d.asString() : null;
            int line = firstLine + call.getBegin().map(p -> p.line).orElse(1) - 1;
            actions.add(new Clause.Action(call.getNameAsString(), subject.asString(), deadline, line));
        }
        return actions;
    }

    // conditions ----------------------------------------------------------------------------------

    /** What an expression in a condition stands for. */
    private sealed interface Ref {
    }

    /** A fact matched by a pattern, e.g. an Incident or a Holds. */
    private record Fact(String type) implements Ref {
    }

    /** A value of the incident: a core field, or an extra attribute read through flag/number/text. */
    private record Read(String key, ValueType type) implements Ref {
    }

    /** The term of a Holds fact. */
    private record Term() implements Ref {
    }

    /** A literal number (as a Double) or string. */
    private record Literal(Object value) implements Ref {
    }

    /** A named constant, such as {@code Act.MISSILE_STRIKE}. */
    private record Constant(String written) implements Ref {
    }

    /** Anything else, shown as written without the variable it is reached through. */
    private record Other(String shown) implements Ref {
    }

    /**
     * How conditions read on one line: those on the incident's facts, and all of them as written;
     * {@code complete} when the first leaves nothing of the second out.
     */
    private record Shown(String facts, String all, boolean complete) {
    }

    /** The reading of one rule's conditions. */
    private final class Conditions {
        final Set<String> fieldsRead = new TreeSet<>();
        final Map<String, Set<String>> literals = new TreeMap<>();
        final List<Threshold> thresholds = new ArrayList<>();
        final List<Threshold> comparisons = new ArrayList<>();
        final Set<String> termsRequired = new TreeSet<>();
        final Map<String, Integer> attributeLines = new LinkedHashMap<>();
        final Map<String, Integer> decisionLines = new LinkedHashMap<>();
        final Map<String, Ref> bindings = new HashMap<>();
        boolean readsCountry;
        int groups;
        int reads;

        /** Binds every pattern variable first, so that a constraint may use one bound later or inside an accumulate. */
        void bindAll(BaseDescr descr) {
            if (descr instanceof PatternDescr pattern) {
                if (pattern.getIdentifier() != null) {
                    bindings.put(pattern.getIdentifier(), new Fact(simpleName(pattern.getObjectType())));
                }
                if (pattern.getSource() != null) {
                    bindAll(pattern.getSource());
                }
            } else if (descr instanceof AccumulateDescr accumulate) {
                bindAll(accumulate.getInput());
            } else if (descr instanceof CollectDescr collect) {
                bindAll(collect.getInputPattern());
            } else if (descr instanceof ConditionalElementDescr element) {
                element.getDescrs().forEach(child -> bindAll((BaseDescr) child));
            }
        }

        Shown walk(BaseDescr descr) {
            if (descr == null) {
                return new Shown("", "", true);
            }
            if (descr instanceof PatternDescr pattern) {
                return pattern(pattern);
            }
            if (descr instanceof EvalDescr eval) {
                int before = reads;
                String code = "eval(" + compact(String.valueOf(eval.getContent())) + ")";
                constraint(String.valueOf(eval.getContent()), new Scope(null, ++groups, eval.getLine()));
                return new Shown(reads > before ? code : "", code, reads > before);
            }
            if (descr instanceof ConditionalElementDescr element) {
                List<Shown> parts = new ArrayList<>();
                for (Object child : element.getDescrs()) {
                    parts.add(walk((BaseDescr) child));
                }
                if (descr instanceof OrDescr) {
                    return whole(parts, " or ", "(", ")");
                }
                if (descr instanceof NotDescr) {
                    return whole(parts, " and ", "not (", ")");
                }
                if (descr instanceof ExistsDescr) {
                    return whole(parts, " and ", "exists (", ")");
                }
                if (descr instanceof ForallDescr) {
                    return whole(parts, " and ", "forall (", ")");
                }
                List<String> facts = parts.stream().map(Shown::facts).filter(t -> !t.isEmpty()).toList();
                List<String> all = parts.stream().map(Shown::all).filter(t -> !t.isEmpty()).toList();
                return new Shown(String.join(" and ", facts), String.join(" and ", all),
                        facts.size() == all.size() && parts.stream().allMatch(Shown::complete));
            }
            return new Shown("", "", true);
        }

        /**
         * An element whose parts cannot be dropped without changing its meaning ({@code or},
         * {@code not}, {@code exists}): when any part reads the incident's facts, every part is shown.
         */
        private Shown whole(List<Shown> parts, String separator, String open, String close) {
            String all = open + String.join(separator, parts.stream().map(Shown::all).filter(t -> !t.isEmpty()).toList()) + close;
            if (parts.stream().allMatch(p -> p.facts().isEmpty())) {
                return new Shown("", all, false);
            }
            List<String> shown = parts.stream().map(p -> p.complete() ? p.facts() : p.all()).filter(t -> !t.isEmpty()).toList();
            return new Shown(open + String.join(separator, shown) + close, all, parts.stream().allMatch(Shown::complete));
        }

        private Shown pattern(PatternDescr pattern) {
            String type = simpleName(pattern.getObjectType());
            int group = ++groups;
            List<String> facts = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                String expression = constraint instanceof ExprConstraintDescr e ? e.getExpression()
                        : constraint instanceof BindingDescr b ? b.getVariable() + " : " + b.getExpression() : null;
                if (expression == null) {
                    continue;
                }
                int before = reads;
                constraint(expression, new Scope(type, group, constraint.getLine()));
                String shown = compact(expression);
                all.add(shown);
                if (reads > before) {
                    facts.add(shown);
                }
            }
            String written = type + "(" + String.join(", ", all) + ")";
            String factText = String.join(" and ", facts);
            Shown source = null;
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                source = walk(accumulate.getInput());
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                source = walk(collect.getInputPattern());
            }
            if (source == null) {
                return new Shown(factText, written, !facts.isEmpty() && facts.size() == all.size());
            }
            String from = pattern.getSource() instanceof AccumulateDescr ? " from accumulate(" : " from collect(";
            String whole = written + from + source.all() + ")";
            if (source.facts().isEmpty()) {
                return new Shown(factText, whole, false);
            }
            return new Shown(written + from + (source.complete() ? source.facts() : source.all()) + ")", whole, true);
        }

        /** Where a constraint stands: the type of its pattern (null in an eval), its conjunction, its line. */
        private record Scope(String type, int group, int line) {
        }

        private void constraint(String expression, Scope scope) {
            parses.constraint(expression).ifPresent(tree -> expression(tree, scope));
        }

        private void expression(BaseDescr node, Scope scope) {
            if (node instanceof ConstraintConnectiveDescr connective) {
                boolean or = connective.getConnective() == ConnectiveType.OR || connective.getConnective() == ConnectiveType.INC_OR
                        || connective.getConnective() == ConnectiveType.XOR;
                for (BaseDescr child : connective.getDescrs()) {
                    expression(child, or ? new Scope(scope.type(), ++groups, scope.line()) : scope);
                }
            } else if (node instanceof RelationalExprDescr relation) {
                relation(relation, scope);
            } else {
                atom(node, scope);
            }
        }

        private void relation(RelationalExprDescr relation, Scope scope) {
            Ref left = atom(relation.getLeft(), scope);
            Ref right = atom(relation.getRight(), scope);
            String operator = relation.getOperator();
            if (!COMPARISON.contains(operator)) {
                return;
            }
            if (relation.isNegated()) {
                operator = complement(operator);
            }
            if (right instanceof Literal l && l.value() instanceof Double value && isSubject(left)) {
                compare(left, operator, value, scope);
            } else if (left instanceof Literal l && l.value() instanceof Double value && isSubject(right)) {
                compare(right, flip(operator), value, scope);
            }
            if ((operator.equals("==") || operator.equals("!=")) && (left instanceof Literal || right instanceof Literal)) {
                Ref subject = left instanceof Literal ? right : left;
                Object value = ((Literal) (left instanceof Literal ? left : right)).value();
                if (subject instanceof Read read && read.type() == ValueType.TEXT && value instanceof String text) {
                    literals.computeIfAbsent(read.key(), k -> new TreeSet<>()).add(text);
                }
                if (subject instanceof Term && operator.equals("==") && value instanceof String term) {
                    termsRequired.add(term);
                }
            }
        }

        private static boolean isSubject(Ref ref) {
            return ref instanceof Read || ref instanceof Other;
        }

        private void compare(Ref subject, String operator, double value, Scope scope) {
            String shown = subject instanceof Read read ? read.key() : subject instanceof Other other ? other.shown() : null;
            if (shown == null) {
                return;
            }
            Threshold threshold = new Threshold(shown, operator, value, scope.line(), scope.group());
            comparisons.add(threshold);
            if (subject instanceof Read read && read.type().isNumeric()) {
                thresholds.add(threshold);
            }
        }

        /** Resolves one side of a relation, or a constraint that stands alone ({@code verified}, {@code flag("x")}). */
        private Ref atom(BaseDescr node, Scope scope) {
            if (node instanceof BindingDescr binding) {
                Ref bound = java(binding.getExpression(), scope);
                bindings.put(binding.getVariable(), bound);
                return bound;
            }
            if (node instanceof AtomicExprDescr atomic) {
                return java(atomic.getExpression(), scope);
            }
            if (node instanceof ConstraintConnectiveDescr || node instanceof RelationalExprDescr) {
                expression(node, scope);
            }
            return new Other(node == null ? "" : compact(node.toString()));
        }

        private Ref java(String text, Scope scope) {
            ParseResult<Expression> parsed = parses.expression(text);
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                return new Other(compact(text));
            }
            return resolve(parsed.getResult().get(), scope);
        }

        private Ref resolve(Expression e, Scope scope) {
            if (e instanceof EnclosedExpr enclosed) {
                return resolve(enclosed.getInner(), scope);
            }
            if (e instanceof CastExpr cast) {
                return resolve(cast.getExpression(), scope);
            }
            if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
                Double value = number((LiteralStringValueExpr) e);
                return value == null ? new Other(e.toString()) : new Literal(value);
            }
            if (e instanceof UnaryExpr unary) {
                Ref inner = resolve(unary.getExpression(), scope);
                if (unary.getOperator() == UnaryExpr.Operator.MINUS && inner instanceof Literal l && l.value() instanceof Double d) {
                    return new Literal(-d);
                }
                if (unary.getOperator() == UnaryExpr.Operator.PLUS && inner instanceof Literal) {
                    return inner;
                }
                return new Other(unary.toString());
            }
            if (e instanceof StringLiteralExpr s) {
                return new Literal(s.asString());
            }
            if (e instanceof TextBlockLiteralExpr t) {
                return new Literal(t.asString());
            }
            if (e instanceof ThisExpr) {
                return new Fact(scope.type());
            }
            if (e instanceof NameExpr name) {
                String n = name.getNameAsString();
                if (bindings.containsKey(n)) {
                    return bindings.get(n);
                }
                return n.startsWith("$") ? new Other(n) : member(new Fact(scope.type()), n, scope);
            }
            if (e instanceof FieldAccessExpr access) {
                Ref owner = resolve(access.getScope(), scope);
                if (owner instanceof Fact fact) {
                    return member(fact, access.getNameAsString(), scope);
                }
                if (access.getScope() instanceof NameExpr || access.getScope() instanceof FieldAccessExpr) {
                    return new Constant(access.toString());
                }
                return new Other(access.toString());
            }
            if (e instanceof MethodCallExpr call && call.getScope().isEmpty() && call.getNameAsString().equals("constant")
                    && call.getArguments().size() == 1 && call.getArguments().get(0) instanceof StringLiteralExpr name
                    && constants.containsKey(name.asString())) {
                return new Literal(constants.get(name.asString()));
            }
            if (e instanceof MethodCallExpr call) {
                Ref target = call.getScope().map(s -> resolve(s, scope)).orElse(new Fact(scope.type()));
                call.getArguments().forEach(argument -> resolve(argument, scope));
                String shown = call.getNameAsString() + "(" + String.join(", ", call.getArguments().stream().map(Expression::toString).toList()) + ")";
                if (target instanceof Fact fact && INCIDENT.equals(fact.type())) {
                    return incidentCall(call, shown, scope);
                }
                if (target instanceof Fact fact && PARTY.equals(fact.type()) && call.getNameAsString().equals("countryOf")) {
                    read(IncidentField.COUNTRY.key());
                    return new Other(shown);
                }
                if (target instanceof Fact fact && PARTY.equals(fact.type()) && call.getNameAsString().equals("victimOf")) {
                    readVictim();
                    return new Other(shown);
                }
                return new Other(call.getScope().isPresent() && target instanceof Fact ? shown : call.toString());
            }
            e.getChildNodes().forEach(child -> {
                if (child instanceof Expression inner) {
                    resolve(inner, scope);
                }
            });
            return new Other(e.toString());
        }

        /** A method of the incident: the helpers for extra attributes, hoursAfter, or a field's accessor. */
        private Ref incidentCall(MethodCallExpr call, String shown, Scope scope) {
            String method = call.getNameAsString();
            if ((method.equals("flag") || method.equals("number") || method.equals("text"))
                    && call.getArguments().size() == 1 && call.getArguments().get(0) instanceof StringLiteralExpr name) {
                String attribute = name.asString();
                read(attribute);
                attributeLines.putIfAbsent(attribute, scope.line());
                ValueType type = method.equals("flag") ? ValueType.BOOLEAN : method.equals("number") ? ValueType.DECIMAL : ValueType.TEXT;
                return new Read(attribute, type);
            }
            if (method.equals("decided") && call.getArguments().size() == 1
                    && call.getArguments().get(0) instanceof StringLiteralExpr decision) {
                String field = Commitment.Decision.FIELD_PREFIX + decision.asString();
                read(field);
                decisionLines.putIfAbsent(decision.asString(), scope.line());
                return new Read(field, ValueType.BOOLEAN);
            }
            if (method.equals("hasVictim")) {
                readVictim();
                if (call.getArguments().size() == 1 && call.getArguments().get(0) instanceof StringLiteralExpr state) {
                    literals.computeIfAbsent(IncidentField.VICTIM.key(), k -> new TreeSet<>()).add(state.asString());
                    literals.computeIfAbsent(IncidentField.COUNTRY.key(), k -> new TreeSet<>()).add(state.asString());
                }
                return new Other(shown);
            }
            if (method.equals("isAct")) {
                read(IncidentField.ACT.key());
                return new Other(shown);
            }
            if (method.equals("inArea")) {
                // where it happened decides it: each field of place, and the area's name for the worlds to try
                for (IncidentField place : List.of(IncidentField.COUNTRY, IncidentField.REGION, IncidentField.ZONE,
                        IncidentField.LATITUDE, IncidentField.LONGITUDE)) {
                    read(place.key());
                }
                if (call.getArguments().size() == 1 && call.getArguments().get(0) instanceof StringLiteralExpr area) {
                    literals.computeIfAbsent(Clause.AREAS, k -> new TreeSet<>()).add(area.asString());
                }
                return new Other(shown);
            }
            if (method.equals("inCountry")) {
                read(IncidentField.COUNTRY.key());
                for (Expression argument : call.getArguments()) {
                    if (argument instanceof StringLiteralExpr state) {
                        literals.computeIfAbsent(IncidentField.COUNTRY.key(), k -> new TreeSet<>()).add(state.asString());
                    }
                }
                return new Other(shown);
            }
            if (method.equals("hoursAfter")) {
                read(IncidentField.TIME.key());
                return new Other(shown);
            }
            if (call.getArguments().isEmpty()) {
                Optional<IncidentField> field = IncidentField.byKey(method);
                if (field.isPresent()) {
                    readField(field.get());
                    return new Read(field.get().key(), field.get().type());
                }
            }
            return new Other(shown);
        }

        private Ref member(Fact fact, String name, Scope scope) {
            if (INCIDENT.equals(fact.type())) {
                Optional<IncidentField> field = IncidentField.byKey(name);
                if (field.isPresent()) {
                    readField(field.get());
                    return new Read(field.get().key(), field.get().type());
                }
            } else if (HOLDS.equals(fact.type())) {
                if (name.equals("incident")) {
                    return new Fact(INCIDENT);
                }
                if (name.equals("term")) {
                    return new Term();
                }
            }
            return new Other(name);
        }

        /** The States attacked: the victim, or the country when no victim is given. */
        private void readVictim() {
            read(IncidentField.VICTIM.key());
            read(IncidentField.COUNTRY.key());
        }

        /** A field read as such; {@code country} so read holds one place (see {@link Clause#readsCountry}). */
        private void readField(IncidentField field) {
            readsCountry |= field == IncidentField.COUNTRY;
            read(field.key());
        }

        private void read(String key) {
            fieldsRead.add(key);
            reads++;
        }
    }

    /** A numeric literal's value as Java reads it (hexadecimal and octal included); null when out of range. */
    static Double number(LiteralStringValueExpr literal) {
        String digits = literal.getValue().replace("_", "");
        char last = Character.toLowerCase(digits.charAt(digits.length() - 1));
        if (last == 'l' || (literal instanceof DoubleLiteralExpr && (last == 'd' || last == 'f'))) {
            digits = digits.substring(0, digits.length() - 1);
        }
        try {
            return literal instanceof DoubleLiteralExpr ? Double.parseDouble(digits) : (double) Long.decode(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String simpleName(String type) {
        if (type == null) {
            return null;
        }
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    /** The text on one line: every run of whitespace becomes one space. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
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

    private static String complement(String operator) {
        return switch (operator) {
            case ">" -> "<=";
            case ">=" -> "<";
            case "<" -> ">=";
            case "<=" -> ">";
            case "==" -> "!=";
            default -> "==";
        };
    }
}
