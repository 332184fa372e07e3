package dev.casus.engine;

import dev.casus.Problem;
import dev.casus.draft.Clause;
import dev.casus.evaluation.EvaluationException;
import dev.casus.model.Conclusion;
import dev.casus.model.Incident;
import dev.casus.model.IncidentField;
import dev.casus.model.Overridden;
import dev.casus.model.Party;
import dev.casus.yaml.Suggest;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.drools.core.common.InternalWorkingMemory;

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
    private static final String DECISION_RULES = "dev/casus/engine/decision.drl";
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern UNKNOWN_MEMBER = Pattern.compile("unable to resolve method using [\\w-]+: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error");
    private static final Pattern RULE_NAME = Pattern.compile("rule \"([^\"]+)\"");
    private static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");

    private final KieBase kieBase;
    private final Map<String, Clause> clausesByRule;
    private final Set<String> commitments;

    private RuleBase(KieBase kieBase, Map<String, Clause> clausesByRule, Set<String> commitments) {
        this.kieBase = kieBase;
        this.clausesByRule = clausesByRule;
        this.commitments = commitments;
    }

    /**
     * Compiles the files; every compiler message becomes a {@link Problem} on the user's own file.
     * Returns null when there were errors.
     *
     * @param sources  each DRL file with its text
     * @param packages each DRL file's package, as its {@code package} line names it (null if none)
     */
    public static RuleBase compile(String draftId, Map<Path, String> sources, Map<Path, String> packages,
                                   List<Clause> clauses, Set<String> commitments, List<Problem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("dev.casus.drafts", safe(draftId), "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, Path> written = new HashMap<>();
        Set<String> preludes = new TreeSet<>();
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            String pkg = packages.get(source.getKey());
            String folder = pkg == null ? "" : pkg.replace('.', '/') + "/";
            String target = "src/main/resources/" + folder + source.getKey().getFileName();
            kfs.write(target, source.getValue());
            written.put(target, source.getKey());
            if (pkg != null && preludes.add(pkg)) {
                kfs.write("src/main/resources/" + folder + "casus-prelude.drl", prelude(pkg));
            }
        }
        kfs.write("src/main/resources/" + DECISION_RULES, resource(DECISION_RULES));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        boolean failed = false;
        Path someFile = sources.keySet().stream().findFirst().orElse(Path.of(draftId));
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() != Message.Level.ERROR) {
                continue;
            }
            failed = true;
            String text = message.getText() == null ? "" : message.getText();
            if (text.contains("Parser returned a null Package")) {
                continue;
            }
            Path file = written.get(message.getPath());
            int line = message.getLine();
            if (file == null) {
                file = locate(text, sources, someFile);
            }
            int column = 0;
            Matcher at = LINE_COLUMN.matcher(text);
            if (at.find()) {
                line = line > 0 ? line : Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2)) + 1;
            }
            if (line <= 0 && sources.containsKey(file)) {
                int[] found = find(sources.get(file), text);
                line = found[0];
                column = found[1];
            }
            problems.add(new Problem(file, Math.max(line, 0), column, tidy(text)));
        }
        if (failed) {
            ks.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        Map<String, Clause> byRule = new LinkedHashMap<>();
        clauses.forEach(c -> byRule.put(c.rule(), c));
        return new RuleBase(kieBase, Map.copyOf(byRule), Set.copyOf(commitments));
    }

    /** What one evaluation left standing: the conclusions, the overridden ones, and what each rested on. */
    public record Outcome(List<Conclusion> conclusions, List<Overridden> overridden,
                          Map<Conclusion, List<Object>> premises, Set<String> firedRules) {
    }

    /**
     * Evaluates one world: the parties and the incidents, with the named rules switched off.
     *
     * @throws EvaluationException when a clause fails
     */
    public Outcome evaluate(List<Party> parties, List<Incident> incidents, Set<String> disabledRules) {
        EvaluationContext context = newContext();
        KieSession session = newSession(context);
        ClauseActions.CONTEXT.set(context);
        try {
            parties.forEach(session::insert);
            incidents.forEach(session::insert);
            if (disabledRules.isEmpty()) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> !disabledRules.contains(match.getRule().getName()));
            }
            List<Conclusion> conclusions = new ArrayList<>();
            List<Overridden> overridden = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Conclusion c) {
                    conclusions.add(c);
                } else if (fact instanceof Overridden o) {
                    overridden.add(o);
                }
            }
            Map<Conclusion, List<Object>> premises = new HashMap<>();
            for (Conclusion c : conclusions) {
                premises.put(c, context.premises.getOrDefault(c, List.of()));
            }
            context.firedRules.removeIf(rule -> !clausesByRule.containsKey(rule));
            return new Outcome(conclusions, overridden, premises, Set.copyOf(context.firedRules));
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? context.currentRule : e.getMatch().getRule().getName();
            throw failure(rule, e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            throw failure(ruleNamedIn(e), e);
        } finally {
            ClauseActions.CONTEXT.remove();
            session.dispose();
        }
    }

    /** Internal, for the benchmark's baselines: sessions on this rule base with none of Casus' work after firing. */
    public BareSessions bareSessions() {
        return new BareSessions(this);
    }

    EvaluationContext newContext() {
        return new EvaluationContext(clausesByRule, commitments);
    }

    /** A new session in which the clause actions work, recording into {@code context}. */
    KieSession newSession(EvaluationContext context) {
        KieSession session = kieBase.newKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                // The agenda's helper carries the firing match; it is captured here because the
                // agenda hands out another one once the consequence inserts a fact.
                context.helper = ((InternalWorkingMemory) event.getKieRuntime()).getAgenda().getKnowledgeHelper();
                context.currentRule = event.getMatch().getRule().getName();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                context.firedRules.add(event.getMatch().getRule().getName());
                context.helper = null;
            }
        });
        return session;
    }

    private EvaluationException failure(String rule, Throwable cause) {
        Clause clause = rule == null ? null : clausesByRule.get(rule);
        String id = clause == null ? rule : clause.id();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : firstLine(cause.getMessage()).replaceFirst("^\\[Error: (.*)]$", "$1");
        Matcher near = cause.getMessage() == null ? null : NEAR.matcher(cause.getMessage());
        if (near != null && near.find()) {
            message = message + " in '" + near.group(1).strip() + "'";
        }
        String where = clause == null ? "" : " (" + clause.file() + ":" + clause.line() + ")";
        return new EvaluationException(id, (id == null ? "a clause" : "clause " + id + where) + " failed: " + message, cause);
    }

    /** The rule a failure is about: named in the message, or the one whose conditions hold the failing expression. */
    private String ruleNamedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            for (String rule : clausesByRule.keySet()) {
                if (message.contains("\"" + rule + "\"") || message.contains("[Rule name='" + rule + "'")) {
                    return rule;
                }
            }
            Matcher near = NEAR.matcher(message);
            if (near.find()) {
                String expression = near.group(1).strip();
                for (Map.Entry<String, Clause> clause : clausesByRule.entrySet()) {
                    if (clause.getValue().conditionText().contains(expression)) {
                        return clause.getKey();
                    }
                }
            }
        }
        return null;
    }

    private static String prelude(String pkg) {
        return "package " + pkg + ";\n"
                + "import dev.casus.model.*;\n"
                + "import function dev.casus.engine.ClauseActions.holds;\n"
                + "import function dev.casus.engine.ClauseActions.holdsNot;\n"
                + "import function dev.casus.engine.ClauseActions.activate;\n"
                + "import function dev.casus.engine.ClauseActions.withhold;\n";
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
        String oneLine = text.replaceAll("\\[ERR \\d+] ", "").replaceAll("\\s*\\n\\s*", " ").strip();
        return LINE_COLUMN.matcher(oneLine).replaceAll("").replaceAll("\\s+", " ").strip();
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
