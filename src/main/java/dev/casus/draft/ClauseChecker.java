package dev.casus.draft;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.casus.engine.Deadlines;
import dev.casus.model.Act;
import dev.casus.model.Described;
import dev.casus.model.Holds;
import dev.casus.model.Incident;
import dev.casus.model.Party;
import dev.casus.model.Problem;
import dev.casus.model.Role;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;
import dev.casus.yaml.Suggest;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a DRL file's clauses before they compile, on the parser's descriptors and the parsed
 * expressions (the Drools constraint parser for conditions, a Java parse for the code inside them
 * and for consequences); nothing is matched as text.
 *
 * <p>Two checks. <b>Confinement</b> (unless the draft is trusted): a clause may read the incident's
 * and the parties' fields, the vocabulary's enums and constants, and literals; compare and combine
 * them ({@code in}, {@code not in}, arithmetic, logical operators); use the helpers {@code flag},
 * {@code number}, {@code text}, {@code hoursAfter}, {@code hasVictim}, {@code victimOf}, {@code inCountry},
 * {@code countryOf}, {@code decided}, {@code isAct} and
 * {@code constant}; match {@code Incident}, {@code Party} and
 * {@code Holds} facts, with {@code not}, {@code exists}, {@code forall}, {@code or}, {@code accumulate}
 * with the standard functions and {@code collect}; and conclude with the four actions, whose arguments
 * are literals or the variables its conditions bind. Everything else is refused, one problem per
 * offence, naming what was used. <b>Type errors</b> (always): a comparison of text with a number, an
 * enum, a truth value or a time (which mvel accepts and then fails on, or never matches), an attribute
 * read with the helper of another type, a division by a zero literal, and a deadline that does not parse
 * or is not positive.
 */
final class ClauseChecker {

    private static final Set<String> ACTIONS = Set.of("holds", "holdsNot", "activate", "withhold");
    private static final Set<String> ATTRIBUTE_HELPERS = Set.of("flag", "number", "text");
    private static final List<String> HELPERS = List.of("flag", "number", "text", "hoursAfter", "hasVictim", "victimOf",
            "inCountry", "countryOf", "decided", "isAct", "constant", "inArea");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> COLLECTION_FUNCTIONS = Set.of("collectList", "collectSet");
    private static final List<String> ACCUMULATE_FUNCTIONS =
            List.of("count", "sum", "min", "max", "average", "collectList", "collectSet");
    private static final Set<String> CONTEXT = Set.of("drools", "kcontext");
    private static final Set<String> NUMBER_VALUES = Set.of("intValue", "longValue", "doubleValue", "floatValue",
            "shortValue", "byteValue");
    private static final Set<Class<?>> FACTS = Set.of(Incident.class, Party.class, Holds.class);
    private static final Set<Class<?>> ACCUMULATED = Set.of(Object.class, Number.class, Integer.class, Long.class,
            Double.class, List.class, Set.class, Collection.class);
    private static final Set<Class<?>> COLLECTED = Set.of(List.class, ArrayList.class, Collection.class,
            Set.class, HashSet.class, LinkedList.class);
    private static final Set<Class<?>> CASTS = Set.of(int.class, long.class, double.class, float.class, short.class,
            byte.class, boolean.class, char.class, String.class);
    private static final String CONSEQUENCES = "a consequence is one of holds, holdsNot, activate and withhold";
    private static final Map<String, Optional<Class<?>>> TYPES = new ConcurrentHashMap<>();
    /**
     * How many conditions one pattern may hold. Drools chains one network node per condition, and
     * walks that chain recursively when a session starts: on a 1 MB thread stack 3,000 ran and 5,000
     * overflowed (measured 2026-11-24), so 500 leaves a margin of six, far above what a clause needs.
     */
    static final int MAX_CONDITIONS = 500;

    private final Path file;
    private final DrlText text;
    private final Map<String, AttributeDeclaration> attributes;
    private final Set<String> acts;
    private final Map<String, Double> constants;
    private Set<String> areas = new TreeSet<>(Area.BUILT_IN.keySet());
    private final boolean confined;
    private final List<Problem> problems;
    private int refusals;
    private final Set<String> outOfRange = new HashSet<>();
    private final Set<AttributeDescr> fileAttributes = Collections.newSetFromMap(new IdentityHashMap<>());
    private final CodeParses parses;

    /**
     * @param attributes the draft's extra attributes by name
     * @param confined   false for a trusted draft: only type errors are checked
     * @param problems   where every problem found goes
     * @param parses     the parses of this file's code, shared with its {@link ClauseReader}
     */
    ClauseChecker(Path file, String source, Map<String, AttributeDeclaration> attributes, boolean confined,
                  List<Problem> problems, CodeParses parses) {
        this(file, source, attributes, Set.of(), Map.of(), confined, problems, parses);
    }

    /**
     * @param acts      the acts the project's vocabulary.yaml declares, which {@code isAct} may name
     * @param constants the named numbers it declares, which {@code constant} reads
     */
    ClauseChecker(Path file, String source, Map<String, AttributeDeclaration> attributes, Set<String> acts,
                  Map<String, Double> constants, boolean confined, List<Problem> problems, CodeParses parses) {
        this.constants = Map.copyOf(constants);
        this.acts = new TreeSet<>(acts);
        Arrays.stream(Act.values()).forEach(a -> this.acts.add(a.yamlName()));
        this.parses = parses;
        this.file = file;
        this.text = new DrlText(source);
        this.attributes = attributes;
        this.confined = confined;
        this.problems = problems;
    }

    /** The areas {@code inArea} may name: the built-in ones and those of the project's vocabulary.yaml. */
    ClauseChecker areas(Set<String> named) {
        this.areas = new TreeSet<>(named);
        return this;
    }

    // the file ------------------------------------------------------------------------------------

    /** What the file declares outside its rules: imports, functions, globals, types, queries, attributes. */
    void checkFile(PackageDescr pkg) {
        fileAttributes.addAll(pkg.getAttributes());
        if (!confined) {
            return;
        }
        for (ImportDescr i : pkg.getImports()) {
            refuseFile(i, "imports " + i.getTarget() + ", which a clause may not use: clauses need no imports");
        }
        for (FunctionImportDescr i : pkg.getFunctionImports()) {
            refuseFile(i, "imports the function " + i.getTarget() + ", which a clause may not use");
        }
        for (AccumulateImportDescr i : pkg.getAccumulateImports()) {
            refuseFile(i, "imports the accumulate function " + i.getTarget() + ", which a clause may not use");
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            refuseFile(f, "declares the function " + f.getName() + ", which a clause may not use");
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            refuseFile(g, "declares the global " + g.getIdentifier() + ", which a clause may not use");
        }
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
            refuseFile(t, "declares the type " + t.getTypeName() + ", which a clause may not use");
        }
        for (EnumDeclarationDescr e : pkg.getEnumDeclarations()) {
            refuseFile(e, "declares the enum " + e.getTypeName() + ", which a clause may not use");
        }
        for (EntryPointDeclarationDescr e : pkg.getEntryPointDeclarations()) {
            refuseFile(e, "declares the entry point " + e.getEntryPointId() + ", which a clause may not use");
        }
        for (WindowDeclarationDescr w : pkg.getWindowDeclarations()) {
            refuseFile(w, "declares the window " + w.getName() + ", which a clause may not use");
        }
        for (AttributeDescr a : pkg.getAttributes()) {
            refuseFile(a, "sets the attribute " + a.getName() + " for every rule, which a clause may not use");
        }
        if (pkg.getUnit() != null) {
            refuseFile(pkg.getUnit(), "declares the rule unit " + pkg.getUnit().getTarget() + ", which a clause may not use");
        }
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                refuseFile(rule, "declares the query \"" + rule.getName() + "\", which a clause may not use");
            }
        }
    }

    /**
     * True when the file uses something a clause may not. Such a file must not be compiled: Drools
     * evaluates some of it (metadata values) as it compiles.
     */
    boolean refusedAny() {
        return refusals > 0;
    }

    /**
     * The number literals (digits as written, without a sign) reported as too large for what they are
     * compared with: the compiler's own messages about them say the same again, wherever it puts them.
     */
    Set<String> outOfRange() {
        return Collections.unmodifiableSet(outOfRange);
    }

    private void refuseFile(BaseDescr at, String message) {
        refusals++;
        int line = Math.max(0, at.getLine());
        int column = line > 0 && at.getColumn() >= 0 ? at.getColumn() + 1 : 0;
        problems.add(new Problem(file, line, column, "the file " + message));
    }

    // a clause ------------------------------------------------------------------------------------

    /** One rule, read as the clause {@code clauseId}: its attributes, metadata, conditions and consequence. */
    void checkClause(RuleDescr rule, String clauseId) {
        new ClauseWalk(rule, clauseId).check();
    }

    /** What a value in a clause is, as far as the check needs to know. */
    private enum Tag { FACT, NUMBER, TEXT, BOOLEAN, ENUM, TIME, NULL, TYPE, OTHER, UNKNOWN, REFUSED }

    /**
     * A value's kind.
     *
     * @param type    the fact class, enum class, type named, or the value's Java class
     * @param written the expression as written (a parsed node, or text), shown in messages
     * @param literal the literal's value (String, Double, Boolean), or null
     * @param values  the values an enum attribute read with {@code text} may take
     */
    private record Kind(Tag tag, Class<?> type, Object written, Object literal, List<String> values) {

        static Kind of(Tag tag, Class<?> type, Object written) {
            return new Kind(tag, type, written, null, List.of());
        }

        static Kind literal(Tag tag, Class<?> type, Object written, Object value) {
            return new Kind(tag, type, written, value, List.of());
        }

        /** The expression as written, on one line; rendered only for a message. */
        String shown() {
            return written instanceof Node node ? ClauseReader.compact(node.toString()) : String.valueOf(written);
        }

        boolean refused() {
            return tag == Tag.REFUSED;
        }
    }

    /** The value of a whole-number literal past the range of {@code long}, which Java and mvel cannot read. */
    private record Unreadable(boolean negative) {
    }

    private static final Kind UNKNOWN = Kind.of(Tag.UNKNOWN, null, "");
    private static final Kind REFUSED = Kind.of(Tag.REFUSED, null, "");

    /**
     * Where an expression stands: its text, the file offset of that text's first character (exactly,
     * or only approximately when {@code exact} is false), the type of the pattern it constrains (null
     * outside a pattern), and whether it is in a consequence. In a {@code header} (of a loop or an
     * if, already refused) declarations and assignments are not refused a second time.
     */
    private record Where(String text, int offset, boolean exact, Class<?> pattern, boolean consequence, boolean header) {

        Where inHeader() {
            return new Where(text, offset, exact, pattern, consequence, true);
        }
    }

    /** The check of one clause, with the variables its conditions bind. */
    private final class ClauseWalk {

        private final RuleDescr rule;
        private final String clause;
        private final Map<String, Kind> bindings = new HashMap<>();

        ClauseWalk(RuleDescr rule, String clause) {
            this.rule = rule;
            this.clause = clause;
        }

        void check() {
            if (confined) {
                header();
            }
            bind(rule.getLhs());
            if (rule.getLhs() != null) {
                for (BaseDescr element : rule.getLhs().getDescrs()) {
                    condition(element);
                }
            }
            consequence();
        }

        // header: attributes, inheritance, named consequences, metadata ----------------------------

        private void header() {
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                if (!fileAttributes.contains(attribute)) {
                    refuse(at(attribute), "sets the rule attribute " + attribute.getName() + ", which a clause may not use"
                            + (attribute.getName().equals("salience") ? ": precedence is declared with @overrides" : ""));
                }
            }
            if (rule.getParentName() != null) {
                refuse(ruleStart(), "extends rule \"" + rule.getParentName() + "\", which a clause may not use");
            }
            for (String name : rule.getNamedConsequences().keySet()) {
                refuse(ruleStart(), "has the named consequence then[" + name + "], which a clause may not use: " + CONSEQUENCES);
            }
            for (String name : rule.getAnnotationNames()) {
                AnnotationDescr annotation = rule.getAnnotation(name);
                int at = text.annotationOffset(rule, name);
                at = at < 0 ? ruleStart() : at;
                if (typeNamed(name).filter(Class::isAnnotation).isPresent()) {
                    refuse(at, "uses the Java annotation @" + name + ", which a clause may not use");
                    continue;
                }
                for (Object value : annotation.getValueMap().values()) {
                    metadata(name, value, at);
                }
            }
        }

        /** Drools evaluates metadata values as expressions when it compiles, so they are checked like code. */
        private void metadata(String name, Object value, int at) {
            if (value instanceof Object[] array) {
                Arrays.stream(array).forEach(v -> metadata(name, v, at));
            } else if (value instanceof Collection<?> values) {
                values.forEach(v -> metadata(name, v, at));
            } else if (value != null) {
                String written = value.toString();
                ParseResult<Expression> parsed = parses.metadata(written);
                if (!parsed.isSuccessful() || !(parsed.getResult().orElse(null) instanceof ArrayCreationExpr array)
                        || array.getInitializer().isEmpty()) {
                    refuse(at, "gives @" + name + " the value " + ClauseReader.compact(written)
                            + ", which a clause may not use: metadata are literals, such as \"Art. 1\"");
                    return;
                }
                Where where = new Where(written, at, false, null, false, false);
                array.getInitializer().get().getValues().forEach(v -> expression(v, where));
            }
        }

        // conditions -----------------------------------------------------------------------------

        /** Binds every pattern and accumulated variable first, as a constraint may use one bound later. */
        private void bind(BaseDescr descr) {
            if (descr instanceof PatternDescr pattern) {
                Class<?> type = typeNamed(pattern.getObjectType()).orElse(null);
                if (pattern.getIdentifier() != null) {
                    bindings.put(pattern.getIdentifier(), type == null ? UNKNOWN : Kind.of(Tag.FACT, type, pattern.getIdentifier()));
                }
                if (pattern.getSource() != null) {
                    bind(pattern.getSource());
                }
            } else if (descr instanceof AccumulateDescr accumulate) {
                bind(accumulate.getInput());
                for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                    if (function.getBind() != null) {
                        bindings.put(function.getBind(), COLLECTION_FUNCTIONS.contains(function.getFunction())
                                ? Kind.of(Tag.FACT, Collection.class, function.getBind())
                                : Kind.of(Tag.NUMBER, Double.class, function.getBind()));
                    }
                }
            } else if (descr instanceof CollectDescr collect) {
                bind(collect.getInputPattern());
            } else if (descr instanceof ConditionalElementDescr element) {
                element.getDescrs().forEach(child -> bind((BaseDescr) child));
            }
        }

        private void condition(BaseDescr descr) {
            if (descr instanceof PatternDescr pattern) {
                pattern(pattern);
            } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                    || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
                ((ConditionalElementDescr) descr).getDescrs().forEach(child -> condition((BaseDescr) child));
            } else if (descr instanceof EvalDescr eval) {
                String content = String.valueOf(eval.getContent());
                int start = Math.max(0, eval.getStartCharacter());
                int at = text.source().indexOf(content, start);
                javaText(content, at >= 0 ? at : start, at >= 0, null);
            } else if (descr instanceof AccumulateDescr accumulate) {
                accumulate(accumulate);
            } else if (descr != null) {
                refuse(at(descr), "uses " + describe(descr) + ", which a clause may not use");
            }
        }

        private void pattern(PatternDescr pattern) {
            Optional<Class<?>> type = typeNamed(pattern.getObjectType());
            PatternSourceDescr source = pattern.getSource();
            Set<Class<?>> allowed = source == null ? FACTS : source instanceof AccumulateDescr ? ACCUMULATED
                    : source instanceof CollectDescr ? COLLECTED : Set.of();
            if (type.isPresent() && !allowed.isEmpty() && !allowed.contains(type.get())) {
                refuse(at(pattern), "matches " + type.get().getName() + (source == null ? " facts" : " results")
                        + ", which a clause may not use: clauses match Incident, Party and Holds");
            }
            if (!pattern.getBehaviors().isEmpty()) {
                refuse(at(pattern), "uses a sliding window, which a clause may not use");
            }
            if (!pattern.getAnnotations().isEmpty()) {
                refuse(at(pattern), "annotates a pattern with @" + pattern.getAnnotations().iterator().next().getName()
                        + ", which a clause may not use");
            }
            if (source instanceof AccumulateDescr accumulate) {
                accumulate(accumulate);
            } else if (source instanceof CollectDescr collect) {
                condition(collect.getInputPattern());
            } else if (source instanceof FromDescr from) {
                refuse(at(pattern), "takes facts from '" + ClauseReader.compact(String.valueOf(from.getExpression()))
                        + "', which a clause may not do: clauses match Incident, Party and Holds facts");
            } else if (source instanceof EntryPointDescr entryPoint) {
                refuse(at(pattern), "takes facts from the entry point \"" + entryPoint.getEntryId() + "\", which a clause may not use");
            } else if (source != null) {
                refuse(at(pattern), "takes facts from " + describe(source) + ", which a clause may not use");
            }
            int conditions = 0;
            for (BaseDescr constraint : pattern.getDescrs()) {
                String expression = constraint instanceof ExprConstraintDescr e ? e.getExpression() : null;
                conditions += expression == null ? 1 : parses.constraint(expression).map(ClauseChecker::conditions).orElse(1);
            }
            if (conditions > MAX_CONDITIONS) {
                problem(at(pattern), "clause " + clause + " holds " + conditions + " conditions in one pattern; a pattern may hold at most "
                        + MAX_CONDITIONS + ": split the clause into several");
            }
            Class<?> constrained = type.orElse(null);
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr e) {
                    constraint(e.getExpression(), e.getStartCharacter(), constraint, constrained);
                } else if (constraint instanceof BindingDescr b) {
                    constraint(b.getVariable() + " : " + b.getExpression(), -1, constraint, constrained);
                } else {
                    refuse(at(constraint), "uses " + describe(constraint) + ", which a clause may not use");
                }
            }
        }

        private void accumulate(AccumulateDescr accumulate) {
            if (!accumulate.isExternalFunction()) {
                refuse(at(accumulate), "accumulates with code of its own (init, action, result), which a clause may not use: "
                        + "use " + String.join(", ", ACCUMULATE_FUNCTIONS));
            }
            condition(accumulate.getInput());
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                String name = function.getFunction();
                int start = Math.max(0, accumulate.getStartCharacter());
                int nameAt = text.source().indexOf(name, start);
                if (!ACCUMULATE_FUNCTIONS.contains(name)) {
                    refuse(nameAt >= 0 ? nameAt : start, "accumulates with " + name + ", which a clause may not use: use "
                            + String.join(", ", ACCUMULATE_FUNCTIONS) + Suggest.hint(name, ACCUMULATE_FUNCTIONS));
                }
                for (String parameter : function.getParams()) {
                    int at = text.source().indexOf(parameter, nameAt >= 0 ? nameAt : start);
                    javaText(parameter, at >= 0 ? at : start, at >= 0, null);
                }
            }
        }

        /** A pattern's constraint, taken apart by the Drools constraint parser; its atoms are Java expressions. */
        private void constraint(String expression, int start, BaseDescr descr, Class<?> pattern) {
            Optional<ConstraintConnectiveDescr> parsed = parses.constraint(expression);
            if (parsed.isEmpty()) {
                // the compiler parses constraints with the same parser, and reports the error
                return;
            }
            ConstraintConnectiveDescr tree = parsed.get();
            boolean exact = start >= 0 && text.source().startsWith(expression, start);
            new Atoms(expression, exact ? start : at(descr), exact, pattern).walk(tree);
        }

        /** The atoms of one constraint, located in its text in order. */
        private final class Atoms {
            private final String expression;
            private final int start;
            private final boolean exact;
            private final Class<?> pattern;
            private int cursor;

            Atoms(String expression, int start, boolean exact, Class<?> pattern) {
                this.expression = expression;
                this.start = start;
                this.exact = exact;
                this.pattern = pattern;
            }

            void walk(BaseDescr node) {
                if (node instanceof ConstraintConnectiveDescr connective) {
                    connective.getDescrs().forEach(this::walk);
                } else if (node instanceof RelationalExprDescr relation) {
                    int before = cursor;
                    Located left = atom(relation.getLeft());
                    Located right = atom(relation.getRight());
                    String operator = relation.getOperator();
                    int at = left.offset() >= 0 ? left.offset() : start + (exact ? before : 0);
                    if (!COMPARISONS.contains(operator)) {
                        String parameters = relation.getParameters() == null || relation.getParameters().isEmpty() ? ""
                                : "[" + String.join(", ", relation.getParameters()) + "]";
                        refuse(at, "uses the operator " + (relation.isNegated() ? "not " : "") + operator + parameters
                                + ", which a clause may not use: compare with ==, !=, <, <=, >, >=, in or not in");
                    } else {
                        range(left.kind(), right.kind(), right.offset());
                        range(right.kind(), left.kind(), left.offset());
                        compare(left.kind(), operator, right.kind(), at);
                    }
                } else {
                    atom(node);
                }
            }

            private record Located(Kind kind, int offset) {
            }

            private Located atom(BaseDescr node) {
                if (node instanceof AtomicExprDescr atomic) {
                    return java(atomic.getExpression());
                }
                if (node instanceof BindingDescr binding) {
                    Located bound = java(binding.getExpression());
                    bindings.put(binding.getVariable(), bound.kind().refused() ? UNKNOWN
                            : new Kind(bound.kind().tag(), bound.kind().type(), binding.getVariable(), null, bound.kind().values()));
                    return bound;
                }
                if (node instanceof ConstraintConnectiveDescr || node instanceof RelationalExprDescr) {
                    walk(node);
                    return new Located(Kind.of(Tag.BOOLEAN, Boolean.class, ""), -1);
                }
                return new Located(UNKNOWN, -1);
            }

            private Located java(String atom) {
                int found = expression.indexOf(atom, cursor);
                if (found < 0) {
                    found = expression.indexOf(atom);
                }
                boolean here = exact && found >= 0;
                if (found >= 0) {
                    cursor = Math.max(cursor, found + atom.length());
                }
                int offset = here ? start + found : start;
                return new Located(javaText(atom, offset, here, pattern), offset);
            }
        }

        /** Java code inside a condition: parsed, then checked; code that does not parse as Java is refused. */
        private Kind javaText(String code, int offset, boolean exact, Class<?> pattern) {
            ParseResult<Expression> parsed = parses.expression(code);
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                refuse(offset, "uses '" + ClauseReader.compact(code) + "', which a clause may not use: "
                        + "Casus cannot read it as the fields, helpers and operators a clause may use");
                return REFUSED;
            }
            return expression(parsed.getResult().get(), new Where(code, offset, exact, pattern, false, false));
        }

        // consequence ----------------------------------------------------------------------------

        private void consequence() {
            if (!(rule.getConsequence() instanceof String body) || body.isBlank()) {
                return;
            }
            String code = body.strip();
            int at = text.consequenceOffset(rule, code);
            String wrapped = "{" + code + "\n}";
            Where where = at < 0 ? new Where(wrapped, text.offsetOfLine(rule.getConsequenceLine()), false, null, true, false)
                    : new Where(wrapped, at - 1, true, null, true, false);
            ParseResult<BlockStmt> parsed = parses.consequence(code);
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                unreadable(parsed, where);
                return;
            }
            for (Statement statement : parsed.getResult().get().getStatements()) {
                statement(statement, where);
            }
        }

        /**
         * A consequence that is not Java: Drools' own {@code modify(...) {...}} blocks, or a syntax error.
         * Names the word that starts the statement the parser stopped in.
         */
        private void unreadable(ParseResult<BlockStmt> parsed, Where where) {
            if (!confined) {
                return;
            }
            JavaToken token = parsed.getProblems().stream().findFirst().flatMap(p -> p.getLocation())
                    .map(TokenRange::getBegin).orElse(null);
            JavaToken head = null;
            int depth = 0;
            for (JavaToken t = token; t != null; t = t.getPreviousToken().orElse(null)) {
                String s = t.getText();
                if (s.equals(")") || s.equals("]")) {
                    depth++;
                } else if (s.equals("(") || s.equals("[")) {
                    depth--;
                } else if (depth <= 0 && (s.equals(";") || s.equals("{") || s.equals("}"))) {
                    break;
                }
                if (t.getCategory().isIdentifier() || t.getCategory().isKeyword()) {
                    head = t;
                }
            }
            if (head != null && !ACTIONS.contains(head.getText())) {
                String used = head.getText().equals("modify") ? "a modify block" : head.getText();
                refuse(offset(head.getRange().map(r -> r.begin).orElse(null), where),
                        "uses " + used + " in its consequence, which a clause may not use: " + CONSEQUENCES);
            } else {
                int at = token == null ? where.offset() + 1 : offset(token.getRange().map(r -> r.begin).orElse(null), where);
                refuse(at, "has a consequence that Casus cannot read as Java, so cannot check: " + CONSEQUENCES);
            }
        }

        private void statement(Statement statement, Where where) {
            if (statement instanceof EmptyStmt) {
                return;
            }
            if (statement instanceof BlockStmt block) {
                block.getStatements().forEach(inner -> statement(inner, where));
                return;
            }
            if (statement instanceof ExpressionStmt expressionStatement) {
                Expression e = expressionStatement.getExpression();
                if (e instanceof MethodCallExpr call && call.getScope().isEmpty() && ACTIONS.contains(call.getNameAsString())) {
                    action(call, where);
                } else {
                    expression(e, where);
                }
                return;
            }
            refuse(offset(statement, where), "uses " + describe(statement) + " in its consequence, which a clause may not use: "
                    + CONSEQUENCES);
            inside(statement, where);
        }

        /** What a refused statement holds: its statements, and the code in its header. */
        private void inside(Node node, Where where) {
            for (Node child : node.getChildNodes()) {
                if (child instanceof Statement inner) {
                    statement(inner, where);
                } else if (child instanceof Expression inner) {
                    expression(inner, where.inHeader());
                } else {
                    inside(child, where);
                }
            }
        }

        private void action(MethodCallExpr call, Where where) {
            String name = call.getNameAsString();
            List<Expression> arguments = call.getArguments();
            for (Expression argument : arguments) {
                if (argument instanceof LiteralExpr) {
                    continue;
                }
                if (argument instanceof NameExpr n) {
                    if (CONTEXT.contains(n.getNameAsString())) {
                        refuse(offset(argument, where), "passes " + n + " to " + name
                                + ", which a clause may not do: Casus passes the rule context itself");
                    }
                    continue;
                }
                Kind kind = expression(argument, where);
                if (!kind.refused()) {
                    refuse(offset(argument, where), "passes '" + ClauseReader.compact(argument.toString()) + "' to " + name
                            + ", which a clause may not do: an action takes text in quotes and the variables its conditions bind");
                }
            }
            if (name.equals("activate") && arguments.size() == 3 && arguments.get(2) instanceof StringLiteralExpr deadline) {
                try {
                    Deadlines.parse(deadline.asString());
                } catch (IllegalArgumentException e) {
                    problem(offset(deadline, where), "clause " + clause + ": " + e.getMessage());
                }
            }
        }

        // expressions ----------------------------------------------------------------------------

        private Kind expression(Expression e, Where where) {
            if (e instanceof EnclosedExpr enclosed) {
                return expression(enclosed.getInner(), where);
            }
            Node shown = e;
            if (e instanceof StringLiteralExpr s) {
                return Kind.literal(Tag.TEXT, String.class, shown, s.asString());
            }
            if (e instanceof TextBlockLiteralExpr t) {
                return Kind.literal(Tag.TEXT, String.class, shown, t.asString());
            }
            if (e instanceof CharLiteralExpr c) {
                return Kind.literal(Tag.TEXT, String.class, shown, c.getValue());
            }
            if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
                Double value = ClauseReader.number((LiteralStringValueExpr) e);
                return Kind.literal(Tag.NUMBER, Double.class, shown, value == null ? new Unreadable(false) : value);
            }
            if (e instanceof BooleanLiteralExpr b) {
                return Kind.literal(Tag.BOOLEAN, Boolean.class, shown, b.getValue());
            }
            if (e instanceof NullLiteralExpr) {
                return Kind.of(Tag.NULL, null, shown);
            }
            if (e instanceof ThisExpr) {
                return where.pattern() == null ? UNKNOWN : Kind.of(Tag.FACT, where.pattern(), shown);
            }
            if (e instanceof NameExpr name) {
                return name(name, where);
            }
            if (e instanceof FieldAccessExpr access) {
                return fieldAccess(access, shown, where);
            }
            if (e instanceof MethodCallExpr call) {
                return call(call, shown, where);
            }
            if (e instanceof UnaryExpr unary) {
                return unary(unary, shown, where);
            }
            if (e instanceof BinaryExpr binary) {
                return binary(binary, shown, where);
            }
            if (e instanceof ConditionalExpr conditional) {
                expression(conditional.getCondition(), where);
                Kind then = expression(conditional.getThenExpr(), where);
                expression(conditional.getElseExpr(), where);
                return then.literal() == null ? then : Kind.of(then.tag(), then.type(), shown);
            }
            if (e instanceof CastExpr cast) {
                Kind inner = expression(cast.getExpression(), where);
                Optional<Class<?>> to = castType(cast.getTypeAsString());
                if (to.isEmpty()) {
                    refuse(offset(e, where), "casts to " + cast.getTypeAsString() + ", which a clause may not use");
                    return REFUSED;
                }
                return inner.refused() ? inner : Kind.of(to.get() == String.class ? Tag.TEXT
                        : to.get() == boolean.class ? Tag.BOOLEAN : to.get() == char.class ? Tag.TEXT : Tag.NUMBER, to.get(), shown);
            }
            if (e instanceof AssignExpr assign) {
                expression(assign.getValue(), where);
                if (!where.header()) {
                    refuse(offset(e, where), "assigns to " + assign.getTarget() + ", which a clause may not do"
                            + (where.consequence() ? ": " + CONSEQUENCES : ""));
                }
                return REFUSED;
            }
            if (e instanceof VariableDeclarationExpr declaration) {
                declaration.getVariables().forEach(v -> v.getInitializer().ifPresent(i -> expression(i, where)));
                if (!where.header()) {
                    refuse(offset(e, where), "declares the variable " + String.join(", ",
                            declaration.getVariables().stream().map(VariableDeclarator::getNameAsString).toList())
                            + ", which a clause may not do" + (where.consequence() ? ": " + CONSEQUENCES : ""));
                }
                return REFUSED;
            }
            if (e instanceof ObjectCreationExpr creation) {
                creation.getArguments().forEach(a -> expression(a, where));
                String type = creation.getTypeAsString();
                refuse(offset(e, where), "creates a new " + typeNamed(type).map(Class::getName).orElse(type)
                        + ", which a clause may not do");
                return REFUSED;
            }
            for (Node child : e.getChildNodes()) {
                // a type (the scope of a method reference, say) is named by the refusal itself
                if (child instanceof Expression inner && !(inner instanceof TypeExpr)) {
                    expression(inner, where);
                }
            }
            refuse(offset(e, where), "uses " + describe(e) + ", which a clause may not use");
            return REFUSED;
        }

        private Kind name(NameExpr name, Where where) {
            String n = name.getNameAsString();
            if (CONTEXT.contains(n)) {
                refuse(offset(name, where), "uses " + n + ", which a clause may not use"
                        + (where.consequence() ? ": " + CONSEQUENCES : ""));
                return REFUSED;
            }
            if (bindings.containsKey(n)) {
                return bindings.get(n);
            }
            if (where.pattern() != null) {
                Optional<Kind> member = member(where.pattern(), n, n);
                if (member.isPresent()) {
                    return member.get();
                }
                Optional<Method> property = property(where.pattern(), n);
                if (property.isPresent()) {
                    refuse(offset(name, where), "calls " + property.get().getDeclaringClass().getName() + "."
                            + property.get().getName() + ", which a clause may not use");
                    return REFUSED;
                }
            }
            return typeNamed(n).map(type -> Kind.of(Tag.TYPE, type, n)).orElse(Kind.of(Tag.UNKNOWN, null, n));
        }

        private Kind fieldAccess(FieldAccessExpr access, Node shown, Where where) {
            if (isName(access.getScope())) {
                Optional<Class<?>> type = typeNamed(dotted(access));
                if (type.isPresent()) {
                    return Kind.of(Tag.TYPE, type.get(), shown);
                }
            }
            Kind owner = expression(access.getScope(), where);
            String field = access.getNameAsString();
            switch (owner.tag()) {
                case REFUSED:
                    return REFUSED;
                case TYPE: {
                    Optional<Kind> constant = constant(owner.type(), field, shown);
                    if (constant.isPresent()) {
                        return constant.get();
                    }
                    if (owner.type().isEnum() && isVocabulary(owner.type())) {
                        // no such value: the compiler reports it, with the nearest one
                        return Kind.of(Tag.UNKNOWN, null, shown);
                    }
                    refuse(offset(access, where), "uses " + owner.type().getName() + "." + field + ", which a clause may not use");
                    return REFUSED;
                }
                case FACT: {
                    Optional<Kind> member = member(owner.type(), field, shown);
                    if (member.isPresent()) {
                        return member.get();
                    }
                    Optional<Method> property = property(owner.type(), field);
                    if (property.isPresent()) {
                        refuse(offset(access, where), "calls " + property.get().getDeclaringClass().getName() + "."
                                + property.get().getName() + ", which a clause may not use");
                        return REFUSED;
                    }
                    // no such field: the compiler reports it, with the nearest one
                    return Kind.of(Tag.UNKNOWN, null, shown);
                }
                case UNKNOWN:
                    refuse(offset(access, where), "uses " + ClauseReader.compact(shown.toString()) + ", which a clause may not use");
                    return REFUSED;
                default:
                    refuse(offset(access, where), "uses " + javaName(owner) + "." + field + ", which a clause may not use");
                    return REFUSED;
            }
        }

        private Kind call(MethodCallExpr call, Node shown, Where where) {
            String method = call.getNameAsString();
            if (call.getScope().isEmpty() && where.consequence() && ACTIONS.contains(method)) {
                action(call, where);
                return REFUSED;
            }
            if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr context
                    && CONTEXT.contains(context.getNameAsString())) {
                call.getArguments().forEach(a -> expression(a, where));
                refuse(offset(call, where), "calls " + context + "." + method + ", which a clause may not use"
                        + (where.consequence() ? ": " + CONSEQUENCES : ""));
                return REFUSED;
            }
            List<Kind> arguments = new ArrayList<>();
            call.getArguments().forEach(a -> arguments.add(expression(a, where)));
            if (call.getScope().isEmpty() && method.equals("constant") && arguments.size() == 1 && !where.consequence()) {
                return namedConstant(call, arguments.get(0), shown, where);
            }
            if (call.getScope().isEmpty()) {
                if (where.pattern() != null) {
                    Optional<Kind> allowed = method(where.pattern(), call, arguments, shown, where);
                    if (allowed.isPresent()) {
                        return allowed.get();
                    }
                }
                refuse(offset(call, where), "calls " + (where.pattern() == null ? method : qualified(where.pattern(), method))
                        + ", which a clause may not use"
                        + (where.consequence() ? ": " + CONSEQUENCES
                        : Suggest.hint(method, HELPERS).isEmpty() ? "" : ": the helpers are flag, number, text, hoursAfter, hasVictim, victimOf, inCountry, countryOf, decided, isAct, constant and inArea"
                        + Suggest.hint(method, HELPERS)));
                return REFUSED;
            }
            Expression scope = call.getScope().get();
            Kind owner = isName(scope) ? typeNamed(dotted(scope))
                    .map(type -> Kind.of(Tag.TYPE, type, scope.toString())).orElseGet(() -> expression(scope, where))
                    : expression(scope, where);
            switch (owner.tag()) {
                case REFUSED:
                    return REFUSED;
                case FACT: {
                    Optional<Kind> allowed = method(owner.type(), call, arguments, shown, where);
                    if (allowed.isPresent()) {
                        return allowed.get();
                    }
                    refuse(offset(call, where), "calls " + qualified(owner.type(), method) + ", which a clause may not use"
                            + (owner.type() == Incident.class ? Suggest.hint(method, HELPERS) : ""));
                    return REFUSED;
                }
                case TYPE:
                    refuse(offset(call, where), "calls " + qualified(owner.type(), method) + ", which a clause may not use");
                    return REFUSED;
                case UNKNOWN:
                    refuse(offset(call, where), "calls " + ClauseReader.compact(scope.toString()) + "." + method
                            + ", which a clause may not use");
                    return REFUSED;
                default:
                    refuse(offset(call, where), "calls " + qualified(owner.type() == null ? Object.class : owner.type(), method)
                            + ", which a clause may not use");
                    return REFUSED;
            }
        }

        private Kind unary(UnaryExpr unary, Node shown, Where where) {
            Kind inner = expression(unary.getExpression(), where);
            switch (unary.getOperator()) {
                case LOGICAL_COMPLEMENT:
                    return inner.refused() ? inner : Kind.of(Tag.BOOLEAN, Boolean.class, shown);
                case MINUS:
                    return inner.literal() instanceof Double d ? Kind.literal(Tag.NUMBER, Double.class, shown, -d)
                            : inner.literal() instanceof Unreadable u ? Kind.literal(Tag.NUMBER, Double.class, shown, new Unreadable(!u.negative()))
                            : inner.refused() ? inner : Kind.of(Tag.NUMBER, Double.class, shown);
                case PLUS:
                case BITWISE_COMPLEMENT:
                    return inner.refused() ? inner : Kind.literal(Tag.NUMBER, Double.class, shown, inner.literal());
                default:
                    if (!where.header()) {
                        refuse(offset(unary, where), "changes " + unary.getExpression() + " with " + unary.getOperator().asString()
                                + ", which a clause may not do");
                    }
                    return REFUSED;
            }
        }

        private Kind binary(BinaryExpr binary, Node shown, Where where) {
            Kind left = expression(binary.getLeft(), where);
            Kind right = expression(binary.getRight(), where);
            BinaryExpr.Operator operator = binary.getOperator();
            if ((operator == BinaryExpr.Operator.DIVIDE || operator == BinaryExpr.Operator.REMAINDER)
                    && right.literal() instanceof Double zero && zero == 0) {
                problem(offset(binary.getRight(), where), "clause " + clause + " divides by zero in '" + ClauseReader.compact(shown.toString())
                        + "', which fails or never matches in every case: divide by a number other than 0");
            }
            if (COMPARISONS.contains(operator.asString())) {
                range(left, right, offset(binary.getRight(), where));
                range(right, left, offset(binary.getLeft(), where));
                compare(left, operator.asString(), right, offset(binary, where));
                return Kind.of(Tag.BOOLEAN, Boolean.class, shown);
            }
            range(null, left, offset(binary.getLeft(), where));
            range(null, right, offset(binary.getRight(), where));
            if (left.refused() || right.refused()) {
                return REFUSED;
            }
            if (operator == BinaryExpr.Operator.PLUS && (left.tag() == Tag.TEXT || right.tag() == Tag.TEXT)
                    && !(joinable(left) && joinable(right))) {
                Kind other = joinable(left) ? right : left;
                Expression at = joinable(left) ? binary.getRight() : binary.getLeft();
                refuse(offset(at, where), "joins text with " + other.shown() + ", which calls "
                        + qualified(other.type() == null ? Object.class : other.type(), "toString") + ", which a clause may not use");
                return REFUSED;
            }
            return switch (operator) {
                case AND, OR -> Kind.of(Tag.BOOLEAN, Boolean.class, shown);
                case PLUS -> left.tag() == Tag.TEXT || right.tag() == Tag.TEXT ? Kind.of(Tag.TEXT, String.class, shown)
                        : Kind.of(Tag.NUMBER, Double.class, shown);
                default -> Kind.of(Tag.NUMBER, Double.class, shown);
            };
        }

        /** What text may be joined with: text, numbers, truth values and null, which need no toString of any class. */
        private static boolean joinable(Kind kind) {
            return kind.tag() == Tag.TEXT || kind.tag() == Tag.NUMBER || kind.tag() == Tag.BOOLEAN || kind.tag() == Tag.NULL;
        }

        // the vocabulary -------------------------------------------------------------------------

        /** A field of a fact a clause may read, as a name or a property; empty for anything else. */
        private Optional<Kind> member(Class<?> fact, String name, Object shown) {
            if (fact == Incident.class) {
                if (name.equals("id")) {
                    return Optional.of(Kind.of(Tag.TEXT, String.class, shown));
                }
                if (name.equals("extra")) {
                    return Optional.of(Kind.of(Tag.OTHER, Map.class, shown));
                }
                return IncidentField.byKey(name).map(f -> valueKind(f.type(), f.enumType(), shown));
            }
            if (fact == Party.class) {
                return switch (name) {
                    case "id", "name" -> Optional.of(Kind.of(Tag.TEXT, String.class, shown));
                    case "role" -> Optional.of(Kind.of(Tag.ENUM, Role.class, shown));
                    case "conditions" -> Optional.of(Kind.of(Tag.OTHER, List.class, shown));
                    default -> Optional.empty();
                };
            }
            if (fact == Holds.class) {
                return switch (name) {
                    case "term" -> Optional.of(Kind.of(Tag.TEXT, String.class, shown));
                    case "incident" -> Optional.of(Kind.of(Tag.FACT, Incident.class, shown));
                    default -> Optional.empty();
                };
            }
            if (Number.class.isAssignableFrom(fact) && NUMBER_VALUES.contains(name)) {
                return Optional.of(Kind.of(Tag.NUMBER, Double.class, shown));
            }
            if (Collection.class.isAssignableFrom(fact)) {
                return switch (name) {
                    case "size" -> Optional.of(Kind.of(Tag.NUMBER, Integer.class, shown));
                    case "empty" -> Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
                    default -> Optional.empty();
                };
            }
            return Optional.empty();
        }

        /** A method of a fact a clause may call: a field's accessor, or a documented helper; empty for anything else. */
        private Optional<Kind> method(Class<?> fact, MethodCallExpr call, List<Kind> arguments, Object shown, Where where) {
            String name = call.getNameAsString();
            if (arguments.isEmpty()) {
                Optional<Kind> accessor = member(fact, name, shown);
                if (accessor.isPresent()) {
                    return accessor;
                }
                if (Collection.class.isAssignableFrom(fact) && name.equals("isEmpty")) {
                    return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
                }
            }
            if (fact == Incident.class && arguments.size() == 1) {
                if (ATTRIBUTE_HELPERS.contains(name)) {
                    return Optional.of(attribute(call, name, arguments.get(0), shown, where));
                }
                if (name.equals("hoursAfter")) {
                    return Optional.of(Kind.of(Tag.NUMBER, Long.class, shown));
                }
                if (name.equals("isAct")) {
                    Kind argument = arguments.get(0);
                    if (!(argument.literal() instanceof String act)) {
                        if (!Set.of(Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                            problem(offset(call, where), "clause " + clause + " calls isAct with " + argument.shown() + ", which is "
                                    + argumentKind(argument) + ": name the act in quotes as case files write it, e.g. isAct(\"balloon-overflight\")");
                        }
                    } else if (!acts.contains(act)) {
                        problem(offset(call, where), "clause " + clause + " calls isAct(\"" + act + "\"), but there is no act '" + act
                                + "' among the built-in acts and those rules/vocabulary.yaml declares" + Suggest.hint(act, acts)
                                + "; it would never match");
                    }
                    return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
                }
                if (name.equals("inArea")) {
                    Kind argument = arguments.get(0);
                    if (!(argument.literal() instanceof String area)) {
                        if (!Set.of(Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                            problem(offset(call, where), "clause " + clause + " calls inArea with " + argument.shown() + ", which is "
                                    + argumentKind(argument) + ": name the area in quotes, e.g. inArea(\"north-atlantic-treaty-area\")");
                        }
                    } else if (!areas.contains(area)) {
                        problem(offset(call, where), "clause " + clause + " calls inArea(\"" + area + "\"), but there is no area '" + area
                                + "' among the built-in areas and those rules/vocabulary.yaml declares" + Suggest.hint(area, areas)
                                + "; the areas are " + String.join(", ", areas));
                    }
                    return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
                }
                if (name.equals("decided")) {
                    Kind argument = arguments.get(0);
                    if (!(argument.literal() instanceof String) && !Set.of(Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                        problem(offset(call, where), "clause " + clause + " calls decided with " + argument.shown() + ", which is "
                                + argumentKind(argument) + ": name a decision draft.yaml declares, in quotes, e.g. decided(\"request\")");
                    }
                    return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
                }
                if (name.equals("hasVictim")) {
                    Kind argument = arguments.get(0);
                    if (!Set.of(Tag.TEXT, Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                        problem(offset(call, where), "clause " + clause + " calls hasVictim with " + argument.shown() + ", which is "
                                + argumentKind(argument) + ": name a State in quotes, e.g. hasVictim(\"UA\"), or a party's id, hasVictim($p.id)");
                    }
                    return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
                }
            }
            if (fact == Incident.class && !arguments.isEmpty() && name.equals("inCountry")) {
                for (Kind argument : arguments) {
                    if (!Set.of(Tag.TEXT, Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                        problem(offset(call, where), "clause " + clause + " calls inCountry with " + argument.shown() + ", which is "
                                + argumentKind(argument) + ": name countries in quotes, e.g. inCountry(\"UA\") or inCountry(\"PL\", \"LT\"), "
                                + "or a party's id, inCountry($p.id)");
                    }
                }
                return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
            }
            if (fact == Party.class && arguments.size() == 1 && name.equals("countryOf")) {
                Kind argument = arguments.get(0);
                if (!(argument.tag() == Tag.FACT && argument.type() == Incident.class)
                        && !Set.of(Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                    problem(offset(call, where), "clause " + clause + " calls countryOf with " + argument.shown() + ", which is "
                            + argumentKind(argument) + ": give it the incident, e.g. $i : Incident(...) and Party(countryOf($i)); "
                            + "for a country by its code, write Incident(inCountry(\"UA\"))");
                }
                return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
            }
            if (fact == Party.class && arguments.size() == 1 && name.equals("victimOf")) {
                Kind argument = arguments.get(0);
                if (!(argument.tag() == Tag.FACT && argument.type() == Incident.class)
                        && !Set.of(Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                    problem(offset(call, where), "clause " + clause + " calls victimOf with " + argument.shown() + ", which is "
                            + argumentKind(argument) + ": give it the incident, e.g. $i : Incident(...) and Party(victimOf($i)); "
                            + "for a State by its code, write Incident(hasVictim(\"UA\"))");
                }
                return Optional.of(Kind.of(Tag.BOOLEAN, Boolean.class, shown));
            }
            return Optional.empty();
        }

        /** {@code constant("name")}: a number that the project's vocabulary.yaml names. */
        private Kind namedConstant(MethodCallExpr call, Kind argument, Object shown, Where where) {
            if (!(argument.literal() instanceof String name)) {
                if (!Set.of(Tag.UNKNOWN, Tag.REFUSED).contains(argument.tag())) {
                    problem(offset(call, where), "clause " + clause + " calls constant with " + argument.shown() + ", which is "
                            + argumentKind(argument) + ": name the constant in quotes, e.g. constant(\"mass-casualty\")");
                }
                return Kind.of(Tag.NUMBER, Double.class, shown);
            }
            if (!constants.containsKey(name)) {
                problem(offset(call, where), "clause " + clause + " reads constant '" + name + "', which rules/vocabulary.yaml does not declare"
                        + (constants.isEmpty() ? ": declare it under constants:, e.g. constants: {" + name + ": 10}"
                        : Suggest.hint(name, constants.keySet()) + "; the constants are " + String.join(", ", new TreeSet<>(constants.keySet()))));
                return Kind.of(Tag.NUMBER, Double.class, shown);
            }
            return Kind.literal(Tag.NUMBER, Double.class, shown, constants.get(name));
        }

        /** {@code flag}, {@code number} or {@code text}: checked against the attribute's declared type. */
        private Kind attribute(MethodCallExpr call, String helper, Kind argument, Object shown, Where where) {
            Kind read = switch (helper) {
                case "flag" -> Kind.of(Tag.BOOLEAN, Boolean.class, shown);
                case "number" -> Kind.of(Tag.NUMBER, Double.class, shown);
                default -> Kind.of(Tag.TEXT, String.class, shown);
            };
            if (!(argument.literal() instanceof String name) || !attributes.containsKey(name)) {
                return read;
            }
            AttributeDeclaration declared = attributes.get(name);
            boolean fits = switch (helper) {
                case "flag" -> declared.type() == ValueType.BOOLEAN;
                case "number" -> declared.type().isNumeric();
                default -> declared.type() == ValueType.TEXT || declared.type() == ValueType.ENUM;
            };
            if (!fits) {
                String right = declared.type() == ValueType.BOOLEAN ? "flag" : declared.type().isNumeric() ? "number" : "text";
                problem(offset(call, where), "clause " + clause + " reads attribute '" + name + "', which draft.yaml declares as "
                        + describe(declared.type()) + ", with " + helper + "(...), which gives "
                        + (helper.equals("flag") ? "false" : helper.equals("number") ? "0" : "its value as text")
                        + " for it: write " + right + "(\"" + name + "\")");
            }
            return declared.type() == ValueType.ENUM && helper.equals("text")
                    ? new Kind(Tag.TEXT, String.class, shown, null, declared.values()) : read;
        }

        // type errors ----------------------------------------------------------------------------

        /**
         * A comparison the compiler accepts but that fails in every case or never matches: text against a
         * number, an enum, a truth value or a time; a string that is not a value of an enum attribute.
         * Other mismatches (an enum against a number, two different enums) the compiler reports itself.
         */
        private void compare(Kind left, String operator, Kind right, int at) {
            if (left.tag() == Tag.TEXT && right.tag() == Tag.TEXT) {
                listed(left, operator, right, at);
                listed(right, operator, left, at);
                return;
            }
            boolean leftText = left.tag() == Tag.TEXT;
            if (leftText == (right.tag() == Tag.TEXT)) {
                return;
            }
            Kind textual = leftText ? left : right;
            Kind other = leftText ? right : left;
            if (other.tag() == Tag.FACT && other.type() == List.class && "victim".equals(String.valueOf(other.shown()).replaceAll(".*[.$]", ""))) {
                problem(at, "clause " + clause + " compares " + other.shown() + ", which lists the States attacked, with "
                        + textual.shown() + ", which never matches: write hasVictim(" + textual.shown() + ")");
                return;
            }
            if (!Set.of(Tag.NUMBER, Tag.BOOLEAN, Tag.ENUM, Tag.TIME).contains(other.tag())) {
                return;
            }
            String message;
            if (textual.literal() instanceof String value && other.literal() == null) {
                message = "compares " + other.shown() + ", which is " + describe(other) + ", with the text \"" + value + "\""
                        + fixText(other, operator, value);
            } else if (other.literal() != null) {
                String value = other.literal() instanceof Unreadable || other.literal() instanceof Double d && d.isInfinite() ? other.shown()
                        : other.literal() instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue())
                        : other.literal() instanceof Described d ? d.yamlName() : String.valueOf(other.literal());
                String what = switch (other.tag()) {
                    case NUMBER -> "the number " + value;
                    case ENUM -> other.shown() + ", which is " + describe(other) + ", so it never matches";
                    default -> other.shown();
                };
                message = "compares " + textual.shown() + ", which is text, with " + what
                        + ": write the value in quotes, e.g. " + textual.shown() + " " + operator + " \"" + value + "\"";
            } else {
                message = "compares " + other.shown() + ", which is " + describe(other) + ", with " + textual.shown()
                        + ", which is text" + (other.tag() == Tag.ENUM ? ", so it never matches" : "");
            }
            problem(at, "clause " + clause + " " + message);
        }

        /** How to compare a field of {@code other}'s type with what the drafter wrote as text. */
        private String fixText(Kind other, String operator, String value) {
            switch (other.tag()) {
                case ENUM: {
                    String constant = enumConstant(other.type(), value);
                    return ", which never matches" + (constant == null
                            ? ": write a value of " + other.type().getSimpleName() + ", such as " + other.type().getSimpleName() + "."
                            + ((Enum<?>) other.type().getEnumConstants()[0]).name() + " (docs/vocabulary.md lists them)"
                            : ": write " + constant);
                }
                case NUMBER:
                    return isNumber(value) ? ": write the number without quotes, " + other.shown() + " " + operator + " " + value.strip()
                            : ": compare it with a number, e.g. " + other.shown() + " " + operator + " 10";
                case BOOLEAN:
                    return ": write " + other.shown() + " for true, or !" + other.shown() + " for false";
                default:
                    return ": compare times with hoursAfter, e.g. $later.hoursAfter($earlier) <= 72";
            }
        }

        /**
         * A number literal that its subject cannot hold, which mvel rejects twice over or compares as
         * infinity: past a whole-number field's range, past the range of a whole number as written
         * (without a decimal point), or infinite as a decimal. {@code subject} is what it is compared
         * with, or null when it is an operand of arithmetic.
         */
        private void range(Kind subject, Kind number, int at) {
            Object value = number.literal();
            if (number.tag() != Tag.NUMBER || !(value instanceof Double || value instanceof Unreadable)
                    || subject != null && Set.of(Tag.TEXT, Tag.BOOLEAN, Tag.ENUM, Tag.TIME).contains(subject.tag())) {
                // compared with what is not a number: compare() says so
                return;
            }
            boolean negative = value instanceof Double d ? d < 0 : ((Unreadable) value).negative();
            String size = " is too " + (negative ? "small" : "large") + " for ";
            String written = number.shown();
            String name = subject == null ? null : subject.shown();
            int before = problems.size();
            boolean whole = subject != null && subject.tag() == Tag.NUMBER && subject.type() == Integer.class;
            if (whole && (value instanceof Unreadable || (Double) value > Integer.MAX_VALUE || (Double) value < Integer.MIN_VALUE)) {
                problem(at, "clause " + clause + ": " + written + size + name + ", a whole number "
                        + (negative ? "from " + Integer.MIN_VALUE : "up to " + Integer.MAX_VALUE));
            } else if (value instanceof Unreadable) {
                problem(at, "clause " + clause + ": " + written + size + (name == null ? "a whole number" : name + " as written")
                        + ": a number without a decimal point is " + (negative ? "at least " + Long.MIN_VALUE : "at most " + Long.MAX_VALUE)
                        + "; write it with one, e.g. " + written + ".0");
            } else if (((Double) value).isInfinite()) {
                problem(at, "clause " + clause + ": " + written + size + (name == null ? "a number" : name + ", a number")
                        + (negative ? " from about -1.8e308" : " up to about 1.8e308"));
            }
            if (problems.size() > before) {
                outOfRange.add(written.replaceFirst("^[-+]\\s*", ""));
            }
        }

        /** A string compared with an enum attribute read with {@code text} must be one of its values. */
        private void listed(Kind attribute, String operator, Kind value, int at) {
            if (attribute.values().isEmpty() || !(value.literal() instanceof String s) || attribute.values().contains(s)
                    || !(operator.equals("==") || operator.equals("!="))) {
                return;
            }
            problem(at, "clause " + clause + " compares " + attribute.shown() + " with \"" + s + "\", which is not one of its values ("
                    + String.join(", ", attribute.values()) + "), so it never matches" + Suggest.hint(s, attribute.values()));
        }

        // reporting ------------------------------------------------------------------------------

        private void refuse(int offset, String message) {
            if (confined) {
                refusals++;
                problem(offset, "clause " + clause + " " + message);
            }
        }

        private void problem(int offset, String message) {
            if (offset < 0) {
                problems.add(new Problem(file, Math.max(0, rule.getLine()), 0, message));
            } else {
                problems.add(new Problem(file, text.lineAt(offset), text.columnAt(offset), message));
            }
        }

        private int ruleStart() {
            return rule.getStartCharacter() >= 0 ? rule.getStartCharacter() : -1;
        }

        /** A descriptor's offset in the file: its start, else its line and column, else -1. */
        private int at(BaseDescr descr) {
            if (descr.getStartCharacter() >= 0) {
                return descr.getStartCharacter();
            }
            if (descr.getLine() > 0) {
                return text.offsetOf(descr.getLine(), Math.max(0, descr.getColumn()) + 1);
            }
            return ruleStart();
        }
    }

    // helpers ----------------------------------------------------------------------------------------

    /** The conditions a constraint joins with {@code &&}, {@code ||} or {@code ,}: its leaves. */
    private static int conditions(BaseDescr node) {
        if (node instanceof ConstraintConnectiveDescr connective) {
            int sum = 0;
            for (BaseDescr child : connective.getDescrs()) {
                sum += conditions(child);
            }
            return Math.max(1, sum);
        }
        return 1;
    }

    private static int offset(Node node, Where where) {
        return offset(node.getBegin().orElse(null), where);
    }

    private static int offset(Position position, Where where) {
        if (!where.exact() || position == null) {
            return where.offset();
        }
        int at = 0;
        for (int line = 1; line < position.line; line++) {
            int next = where.text().indexOf('\n', at);
            if (next < 0) {
                break;
            }
            at = next + 1;
        }
        return where.offset() + Math.min(where.text().length(), at + position.column - 1);
    }

    /** {@code a.b.c} for a chain of names, without the pretty printer. */
    private static String dotted(Expression e) {
        if (e instanceof NameExpr name) {
            return name.getNameAsString();
        }
        FieldAccessExpr access = (FieldAccessExpr) e;
        return dotted(access.getScope()) + "." + access.getNameAsString();
    }

    private static boolean isName(Expression e) {
        return e instanceof NameExpr || e instanceof FieldAccessExpr f && isName(f.getScope());
    }

    /**
     * The class a name in a clause stands for: a simple name in the vocabulary's package or in
     * {@code java.lang} (DRL imports both), or a qualified name under {@code java.}, {@code javax.} or
     * {@code dev.casus.}. Classes are looked up without being initialised.
     */
    private static Optional<Class<?>> typeNamed(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        if (name.indexOf('.') < 0) {
            if (!Character.isUpperCase(name.charAt(0))) {
                return Optional.empty();
            }
            return TYPES.computeIfAbsent(name, n -> load("dev.casus.model." + n).or(() -> load("java.lang." + n)));
        }
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("dev.casus.")) {
            return TYPES.computeIfAbsent(name, ClauseChecker::load);
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, ClauseChecker.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** An enum constant of the vocabulary, or a constant a vocabulary type declares. */
    private static boolean isVocabulary(Class<?> type) {
        return type.getPackageName().equals(Incident.class.getPackageName());
    }

    private static Optional<Kind> constant(Class<?> type, String name, Object shown) {
        if (!isVocabulary(type)) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> (Enum<?>) c).filter(c -> c.name().equals(name)).findFirst()
                    .map(c -> Kind.literal(Tag.ENUM, type, shown, c));
        }
        try {
            Field field = type.getField(name);
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                Class<?> t = field.getType();
                ValueType valueType = t == String.class ? ValueType.TEXT : t == boolean.class ? ValueType.BOOLEAN
                        : t.isPrimitive() ? ValueType.DECIMAL : null;
                return valueType == null ? Optional.empty() : Optional.of(valueKind(valueType, null, shown));
            }
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Kind valueKind(ValueType type, Class<?> enumType, Object shown) {
        return switch (type) {
            case BOOLEAN -> Kind.of(Tag.BOOLEAN, Boolean.class, shown);
            case INTEGER -> Kind.of(Tag.NUMBER, Integer.class, shown);
            case DECIMAL -> Kind.of(Tag.NUMBER, Double.class, shown);
            case TEXT -> Kind.of(Tag.TEXT, String.class, shown);
            case ENUM -> Kind.of(Tag.ENUM, enumType, shown);
            case TIME -> Kind.of(Tag.TIME, Instant.class, shown);
            case STATES -> Kind.of(Tag.FACT, List.class, shown);
        };
    }

    private static Optional<Class<?>> castType(String name) {
        return CASTS.stream().filter(c -> c.getSimpleName().equals(name) || c.getName().equals(name)).findFirst();
    }

    /** {@code java.lang.System.exit}: the class that declares the method, when it has one of that name. */
    private static String qualified(Class<?> type, String method) {
        Class<?> boxed = type.isPrimitive() ? Object.class : type;
        for (Method m : boxed.getMethods()) {
            if (m.getName().equals(method)) {
                return m.getDeclaringClass().getName() + "." + method;
            }
        }
        return boxed.getName() + "." + method;
    }

    private static String javaName(Kind kind) {
        return kind.type() == null ? kind.shown() : kind.type().getName();
    }

    /** The enum constant a drafter meant by a string: its case-file spelling, its name, or the nearest of either. */
    private static String enumConstant(Class<?> type, String value) {
        String simple = type.getSimpleName();
        List<String> spellings = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            Enum<?> constant = (Enum<?>) c;
            String yaml = constant instanceof Described d ? d.yamlName() : constant.name();
            if (yaml.equalsIgnoreCase(value.strip()) || constant.name().equalsIgnoreCase(value.strip().replace('-', '_').replace(' ', '_'))) {
                return simple + "." + constant.name();
            }
            spellings.add(yaml);
        }
        String near = Suggest.nearest(value, spellings);
        if (near == null) {
            return null;
        }
        for (Object c : type.getEnumConstants()) {
            Enum<?> constant = (Enum<?>) c;
            if ((constant instanceof Described d ? d.yamlName() : constant.name()).equals(near)) {
                return simple + "." + constant.name();
            }
        }
        return null;
    }

    /** A method that mvel may call for a property of that name: {@code name()}, {@code getName()} or {@code isName()}. */
    private static Optional<Method> property(Class<?> type, String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Set<String> names = Set.of(name, "get" + capital, "is" + capital);
        return Arrays.stream(type.getMethods()).filter(m -> m.getParameterCount() == 0 && names.contains(m.getName())).findFirst();
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value.strip());
            return !value.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String describe(Kind kind) {
        return switch (kind.tag()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case TIME -> "a time";
            case ENUM -> article(kind.type().getSimpleName()) + " " + kind.type().getSimpleName();
            default -> "text";
        };
    }

    private static String describe(ValueType type) {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case TEXT -> "text";
            case ENUM -> "one of a list of values";
            case TIME -> "a time";
            case STATES -> "a list of States";
        };
    }

    /** What a helper's argument is, in words: "a number", "an Incident", "text". */
    private static String argumentKind(Kind kind) {
        if (kind.tag() == Tag.FACT || kind.tag() == Tag.OTHER) {
            String name = kind.type() == null ? "Object" : kind.type().getSimpleName();
            return article(name) + " " + name;
        }
        return describe(kind);
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    /** What a construct is, in a few words, from its descriptor or node class: "an if statement", "a lambda". */
    private static String describe(Object construct) {
        if (construct instanceof ForStmt || construct instanceof ForEachStmt) {
            return "a for loop";
        }
        if (construct instanceof WhileStmt) {
            return "a while loop";
        }
        if (construct instanceof DoStmt) {
            return "a do loop";
        }
        if (construct instanceof IfStmt) {
            return "an if statement";
        }
        if (construct instanceof TryStmt) {
            return "a try block";
        }
        if (construct instanceof ThrowStmt) {
            return "throw";
        }
        if (construct instanceof ReturnStmt) {
            return "return";
        }
        if (construct instanceof SwitchStmt || construct instanceof SwitchExpr) {
            return "a switch";
        }
        if (construct instanceof SynchronizedStmt) {
            return "a synchronized block";
        }
        if (construct instanceof LocalClassDeclarationStmt || construct instanceof LocalRecordDeclarationStmt) {
            return "a class declaration";
        }
        if (construct instanceof BreakStmt || construct instanceof ContinueStmt) {
            return construct instanceof BreakStmt ? "break" : "continue";
        }
        if (construct instanceof AssertStmt) {
            return "assert";
        }
        if (construct instanceof LambdaExpr) {
            return "a lambda";
        }
        if (construct instanceof MethodReferenceExpr reference) {
            return "the method reference " + reference;
        }
        if (construct instanceof ClassExpr c) {
            return c + "";
        }
        if (construct instanceof InstanceOfExpr i) {
            return "instanceof " + i.getType();
        }
        if (construct instanceof ArrayCreationExpr || construct instanceof ArrayInitializerExpr) {
            return "an array";
        }
        if (construct instanceof ArrayAccessExpr a) {
            return "the index " + a;
        }
        if (construct instanceof Node node) {
            return "'" + ClauseReader.compact(node.toString()) + "'";
        }
        String name = construct.getClass().getSimpleName().replaceFirst("Descr$", "");
        return "the DRL construct " + name.toLowerCase(Locale.ROOT);
    }
}
