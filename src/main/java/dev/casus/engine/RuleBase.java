package dev.casus.engine;

import dev.casus.model.Problem;
import dev.casus.model.EvaluationException;
import dev.casus.model.Incident;
import dev.casus.vocabulary.IncidentField;
import dev.casus.model.Party;
import dev.casus.yaml.Suggest;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's clauses compiled into a Drools rule base, with Casus' precedence rules added.
 * Immutable and safe to share: each evaluation runs in a session of its own, disposed at the end.
 */
public final class RuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String DUPLICATE_RULE = "Duplicate rule name:";
    private static final String DECISION_RULES = "dev/casus/engine/decision.drl";
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern UNKNOWN_MEMBER = Pattern.compile("unable to resolve method using [\\w-]+: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error");
    private static final Pattern RULE_NAME = Pattern.compile("rule \"([^\"]+)\"");
    private static final Pattern PARSER_POSITION = Pattern.compile("^(?:\\[ERR \\d+]\\s*)?Line (\\d+):(-?\\d+)\\s+");
    private static final int LONGEST_SHOWN = 80;
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");

    private final KieBase kieBase;
    private final Map<String, ClauseTag> tags;
    private final Set<String> commitments;

    private RuleBase(KieBase kieBase, Map<String, ClauseTag> tags, Set<String> commitments) {
        this.kieBase = kieBase;
        this.tags = tags;
        this.commitments = commitments;
    }

    /**
     * Compiles the files; every compiler message becomes a {@link Problem} on the user's own file.
     * Returns null when there were errors.
     *
     * @param sources  each DRL file with its text
     * @param packages each DRL file's package, as its {@code package} line names it (null if none)
     * @param tags     each clause by its rule name
     */
    public static RuleBase compile(String draftId, Map<Path, String> sources, Map<Path, String> packages,
                                   Map<String, ClauseTag> tags, Set<String> commitments, List<Problem> problems) {
        return compile(draftId, sources, packages, tags, commitments, Map.of(), problems);
    }

    /**
     * As {@link #compile(String, Map, Map, Map, Set, List)}, with the named numbers of the project's
     * vocabulary.yaml, which clauses read as {@code constant("name")}.
     */
    public static RuleBase compile(String draftId, Map<Path, String> sources, Map<Path, String> packages,
                                   Map<String, ClauseTag> tags, Set<String> commitments, Map<String, Double> constants,
                                   List<Problem> problems) {
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("dev.casus.drafts", safe(draftId), "1.0." + BUILDS.incrementAndGet());
        List<Problem> found = build(ks, releaseId, sources, packages, constants);
        try {
            if (!found.isEmpty()) {
                problems.addAll(sources.size() > 1 ? diagnoseEachFile(ks, draftId, sources, packages, constants, found) : found);
                return null;
            }
            KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
            return new RuleBase(kieBase, Map.copyOf(tags), Set.copyOf(commitments));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * When a draft of several files fails, the compiler may blame a file for another's error: each
     * file is compiled alone, so that its errors land on it. What only the files together get wrong
     * (a rule name used in two files) is kept from the draft's own build.
     */
    private static List<Problem> diagnoseEachFile(KieServices ks, String draftId, Map<Path, String> sources,
                                                  Map<Path, String> packages, Map<String, Double> constants,
                                                  List<Problem> together) {
        List<Problem> alone = new ArrayList<>();
        for (Path file : sources.keySet()) {
            ReleaseId single = ks.newReleaseId("dev.casus.drafts", safe(draftId) + "-file", "1.0." + BUILDS.incrementAndGet());
            alone.addAll(build(ks, single, Map.of(file, sources.get(file)), packages, constants));
            ks.getRepository().removeKieModule(single);
        }
        List<Problem> out = new ArrayList<>(alone);
        for (Problem p : together) {
            if (p.message().startsWith(DUPLICATE_RULE)) {
                out.add(duplicateRule(p, p.message().substring(DUPLICATE_RULE.length()).strip(), sources));
            } else if (alone.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** A rule name used in two files: blamed on the later file, naming where the first use is. */
    private static Problem duplicateRule(Problem reported, String name, Map<Path, String> sources) {
        List<Problem> uses = new ArrayList<>();
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            int at = source.getValue().indexOf("rule \"" + name + "\"");
            if (at >= 0) {
                uses.add(new Problem(source.getKey(), lineOf(source.getValue(), at), 0, ""));
            }
        }
        if (uses.size() < 2) {
            return reported;
        }
        Problem first = uses.get(0);
        Problem later = uses.get(uses.size() - 1);
        return new Problem(later.file(), later.line(), 0, "rule name \"" + name + "\" is also used at " + first.file() + ":"
                + first.line() + "; give each rule of a draft its own name");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Builds the files into {@code releaseId}; every compiler error becomes a {@link Problem} on the user's own file. */
    private static List<Problem> build(KieServices ks, ReleaseId releaseId, Map<Path, String> sources, Map<Path, String> packages,
                                       Map<String, Double> constants) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Path> written = new HashMap<>();
        Set<String> preludes = new TreeSet<>();
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            String pkg = packages.get(source.getKey());
            String folder = pkg == null ? "" : pkg.replace('.', '/') + "/";
            String target = "src/main/resources/" + folder + source.getKey().getFileName();
            kfs.write(target, ConsequenceRewriter.rewrite(source.getValue()));
            written.put(target, source.getKey());
            if (pkg != null && preludes.add(pkg)) {
                kfs.write("src/main/resources/" + folder + "casus-prelude.drl", prelude(pkg, constants));
            }
        }
        kfs.write("src/main/resources/" + DECISION_RULES, resource(DECISION_RULES));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Problem> problems = new ArrayList<>();
        Path someFile = sources.keySet().stream().findFirst().orElseThrow();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.ERROR) {
                continue;
            }
            String text = message.getText() == null ? "" : message.getText();
            if (text.contains("Parser returned a null Package")) {
                if (problems.isEmpty()) {
                    problems.add(new Problem(someFile, 0, 0, "the file could not be parsed"));
                }
                continue;
            }
            Path file = written.get(message.getPath());
            int line = message.getLine();
            if (file == null) {
                file = locate(text, sources, someFile);
            }
            int column = 0;
            Matcher at = LINE_COLUMN.matcher(text);
            Matcher parser = PARSER_POSITION.matcher(text);
            if (parser.find()) {
                // the parser's own "Line 16:27": its column (0-based) goes into the location
                int parsedLine = Integer.parseInt(parser.group(1));
                int parsedColumn = Integer.parseInt(parser.group(2));
                line = parsedLine > 0 ? parsedLine : line;
                column = parsedColumn >= 0 ? parsedColumn + 1 : 0;
                text = text.substring(parser.end());
            } else if (at.find()) {
                line = line > 0 ? line : Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2)) + 1;
            }
            if (line <= 0 && sources.containsKey(file)) {
                int[] where = find(sources.get(file), text);
                line = where[0];
                column = where[1];
            }
            problems.add(new Problem(file, Math.max(line, 0), column, tidy(text)));
        }
        problems.removeIf(p -> p.message().equals("the file could not be parsed") && problems.size() > 1);
        return problems;
    }

    /** What one evaluation left standing: the conclusions, what each rested on, and the rules whose conclusions these are. */
    public record Outcome(List<Conclusion> conclusions,
                          Map<Conclusion, List<Object>> premises, Set<String> firedRules) {
    }

    /**
     * Evaluates one world: the parties and the incidents, with the named rules switched off, within
     * {@code bounds}.
     *
     * @throws EvaluationException when a clause fails, fires more often than the bounds allow, or the
     *                             deadline passes
     */
    public Outcome evaluate(List<Party> parties, List<Incident> incidents, Set<String> disabledRules, Bounds bounds) {
        if (bounds.expired()) {
            throw timedOut(bounds, null);
        }
        EvaluationContext context = newContext();
        KieSession session = newSession(context);
        FiringWatch watch = new FiringWatch(session, bounds);
        session.addEventListener(watch);
        try {
            parties.forEach(session::insert);
            incidents.forEach(session::insert);
            int fired = disabledRules.isEmpty() ? session.fireAllRules(bounds.maxFirings() + 1)
                    : session.fireAllRules(match -> !disabledRules.contains(match.getRule().getName()), bounds.maxFirings() + 1);
            if (watch.timedOut) {
                throw timedOut(bounds, watch.firing);
            }
            if (fired > bounds.maxFirings()) {
                throw looping(bounds, watch);
            }
            List<Conclusion> conclusions = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Conclusion c) {
                    conclusions.add(c);
                }
            }
            Map<Conclusion, List<Object>> premises = new HashMap<>();
            for (Conclusion c : conclusions) {
                premises.put(c, context.premises.getOrDefault(c, List.of()));
            }
            // a rule counts as fired when a conclusion of its stays: one withdrawn on the way, which
            // depends on the order the agenda took, does not count
            Set<String> firedRules = new TreeSet<>();
            conclusions.forEach(c -> firedRules.add(c.rule()));
            return new Outcome(conclusions, premises, firedRules);
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? watch.firing : e.getMatch().getRule().getName();
            throw bounds.expired() ? timedOut(bounds, rule) : failure(rule, e.getCause() == null ? e : e.getCause());
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw bounds.expired() ? timedOut(bounds, watch.firing) : failure(ruleNamedIn(e), e);
        } catch (Error e) {
            // what a trusted clause's own Java can throw (a StackOverflowError, an OutOfMemoryError, an
            // AssertionError...): the session is dropped, and the JVM goes on
            throw failure(watch.firing, e);
        } finally {
            session.dispose();
        }
    }

    /** Counts firings per rule, and halts the session once the deadline has passed. */
    private static final class FiringWatch extends DefaultAgendaEventListener {
        private final KieSession session;
        private final Bounds bounds;
        private final Map<String, Integer> counts = new HashMap<>();
        private String firing;
        private boolean timedOut;

        FiringWatch(KieSession session, Bounds bounds) {
            this.session = session;
            this.bounds = bounds;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
            bounds.firing(firing);
            counts.merge(firing, 1, Integer::sum);
            if (!timedOut && bounds.expired()) {
                timedOut = true;
                session.halt();
            }
        }
    }

    private EvaluationException looping(Bounds bounds, FiringWatch watch) {
        List<Map.Entry<String, Integer>> most = new ArrayList<>(watch.counts.entrySet());
        most.removeIf(e -> !tags.containsKey(e.getKey()));
        most.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        String limit = "; it may loop. Rules fired more than " + bounds.maxFirings() + " times in all, the limit for one world (--max-firings)";
        if (most.isEmpty()) {
            return new EvaluationException(null, "the precedence rules fired more than " + bounds.maxFirings()
                    + " times in one world" + limit, null);
        }
        int top = most.get(0).getValue();
        List<String> looping = most.stream().filter(e -> e.getValue() * 10 >= top).limit(5).map(e -> clauseName(e.getKey())).toList();
        String others = looping.size() > 1 ? ", with " + String.join(", ", looping.subList(1, looping.size())) : "";
        return new EvaluationException(idOf(most.get(0).getKey()), "clause " + looping.get(0) + " fired " + top
                + " times in one world" + others + limit, null);
    }

    private EvaluationException timedOut(Bounds bounds, String rule) {
        String where = rule == null ? "" : "; it was in clause " + clauseName(rule);
        return new EvaluationException(rule == null ? null : idOf(rule), "stopped after "
                + bounds.timeLimitText() + ", the time limit for one case (--case-timeout)" + where, null);
    }

    private String idOf(String rule) {
        ClauseTag clause = tags.get(rule);
        return clause == null ? rule : clause.id();
    }

    private String clauseName(String rule) {
        ClauseTag clause = tags.get(rule);
        return clause == null ? "'" + rule + "'" : clause.id() + " (" + clause.location() + ")";
    }

    /** Internal, for the benchmark's baselines: sessions on this rule base with none of Casus' work after firing. */
    public BareSessions bareSessions() {
        return new BareSessions(this);
    }

    EvaluationContext newContext() {
        return new EvaluationContext(tags, commitments);
    }

    /** A new session in which the clause actions work, recording into {@code context}. */
    KieSession newSession(EvaluationContext context) {
        KieSession session = kieBase.newKieSession();
        session.setGlobal(EvaluationContext.GLOBAL, context);
        return session;
    }

    private EvaluationException failure(String rule, Throwable cause) {
        ClauseTag clause = rule == null ? null : tags.get(rule);
        String id = clause == null ? rule : clause.id();
        String message = cause instanceof StackOverflowError ? "ran out of stack; it may recurse without end"
                : cause instanceof OutOfMemoryError ? "ran out of memory (" + cause.getMessage() + ")"
                : cause.getMessage() == null ? cause.getClass().getSimpleName()
                : firstLine(cause.getMessage()).replaceFirst("^\\[Error: (.*)]$", "$1");
        Matcher near = cause.getMessage() == null ? null : NEAR.matcher(cause.getMessage());
        if (near != null && near.find()) {
            message = message + " in '" + near.group(1).strip() + "'";
        }
        String where = clause == null ? "" : " (" + clause.location() + ")";
        return new EvaluationException(id, (id == null ? "a clause" : "clause " + id + where) + " failed: " + message, cause);
    }

    /** The rule a failure is about: named in the message, or the one whose conditions hold the failing expression. */
    private String ruleNamedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            for (String rule : tags.keySet()) {
                if (message.contains("\"" + rule + "\"") || message.contains("[Rule name='" + rule + "'")) {
                    return rule;
                }
            }
            Matcher near = NEAR.matcher(message);
            if (near.find()) {
                String expression = near.group(1).strip();
                for (Map.Entry<String, ClauseTag> clause : tags.entrySet()) {
                    if (clause.getValue().conditions().contains(expression)) {
                        return clause.getKey();
                    }
                }
            }
        }
        return null;
    }

    private static String prelude(String pkg, Map<String, Double> constants) {
        StringBuilder constant = new StringBuilder();
        if (!constants.isEmpty()) {
            // the project's named numbers; the loader has checked the names a clause gives
            constant.append("function double constant(String name) {\n");
            new TreeMap<>(constants).forEach((name, value) -> constant.append("    if (\"").append(name).append("\".equals(name)) { return ")
                    .append(Double.toString(value)).append("d; }\n"));
            constant.append("    return 0d;\n}\n");
        }
        return "package " + pkg + ";\n"
                + "import dev.casus.model.*;\n"
                + "import function dev.casus.engine.ClauseActions.holds;\n"
                + "import function dev.casus.engine.ClauseActions.holdsNot;\n"
                + "import function dev.casus.engine.ClauseActions.activate;\n"
                + "import function dev.casus.engine.ClauseActions.withhold;\n"
                + "global " + EvaluationContext.class.getName() + " " + EvaluationContext.GLOBAL + ";\n"
                + constant;
    }

    private static String resource(String name) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    /** Where in the source a message without a line points: its expression, else the unknown name. */
    private static int[] find(String source, String text) {
        List<String> needles = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.find()) {
            needles.add(expression.group(1).strip());
        }
        Matcher member = UNKNOWN_MEMBER.matcher(text);
        if (member.find()) {
            String type = member.group(1).substring(member.group(1).lastIndexOf('.') + 1);
            needles.add(type + "." + member.group(2));
            needles.add(member.group(2));
        }
        for (String needle : needles) {
            int at = source.indexOf(needle);
            if (at >= 0) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (source.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                return new int[] {line, at - lineStart + 1};
            }
        }
        return new int[] {0, 0};
    }

    /** The file a message without a path is about: the one holding its expression or its rule. */
    private static Path locate(String text, Map<Path, String> sources, Path fallback) {
        for (Pattern p : List.of(EXPRESSION, RULE_NAME)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String needle = p == RULE_NAME ? "\"" + m.group(1) + "\"" : m.group(1).strip();
                for (Map.Entry<Path, String> source : sources.entrySet()) {
                    if (source.getValue().contains(needle)) {
                        return source.getKey();
                    }
                }
            }
        }
        return fallback;
    }

    /** Drools' message in a drafter's words where it is recognised, else on one line without its position prefix. */
    private static String tidy(String text) {
        Matcher member = UNKNOWN_MEMBER.matcher(text);
        if (member.find()) {
            String type = member.group(1).substring(member.group(1).lastIndexOf('.') + 1);
            String name = member.group(2);
            Matcher expression = EXPRESSION.matcher(text);
            String where = expression.find() && expression.group(1).strip().length() <= 80
                    ? " in '" + expression.group(1).strip() + "'" : "";
            String[] constants = enumConstants(member.group(1));
            if (constants.length > 0) {
                String near = Suggest.nearest(name, java.util.Arrays.asList(constants));
                return "unknown value " + type + "." + name + where
                        + (near == null ? "" : " (did you mean " + type + "." + near + "?)") + "; see docs/vocabulary.md";
            }
            List<String> known = type.equals("Incident")
                    ? java.util.Arrays.stream(IncidentField.values()).map(IncidentField::key).toList()
                    : java.util.Arrays.stream(recordComponents(member.group(1))).toList();
            return "unknown field '" + name + "' of " + type + where + Suggest.hint(name, known)
                    + (type.equals("Incident") ? "; see docs/vocabulary.md" : "");
        }
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.find() && text.contains("[Error: java.lang.StackOverflowError]")) {
            return "the compiler ran out of stack on '" + shorten(expression.group(1).strip())
                    + "': it is structured too deeply (StackOverflowError); split long chains of conditions or operators into several clauses";
        }
        String oneLine = text.replaceAll("\\[ERR \\d+] ", "").replaceAll("\\s*\\n\\s*", " ").strip();
        oneLine = LINE_COLUMN.matcher(oneLine).replaceAll("").replaceAll("\\s+", " ").strip();
        Matcher analysed = EXPRESSION.matcher(oneLine);
        if (analysed.find() && analysed.group(1).strip().length() > LONGEST_SHOWN) {
            oneLine = oneLine.substring(0, analysed.start(1)) + shorten(analysed.group(1).strip()) + oneLine.substring(analysed.end(1));
        }
        return oneLine;
    }

    /** An expression shown in a message: its start, when it is too long to read on one line. */
    private static String shorten(String expression) {
        return expression.length() <= LONGEST_SHOWN ? expression : expression.substring(0, LONGEST_SHOWN - 3) + "...";
    }

    private static String[] enumConstants(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (type.isEnum()) {
                return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not one of ours: no suggestion
        }
        return new String[0];
    }

    private static String[] recordComponents(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (type.isRecord()) {
                return java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // not one of ours: no suggestion
        }
        return new String[0];
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
