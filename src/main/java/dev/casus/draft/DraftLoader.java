package dev.casus.draft;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.engine.ClauseTag;
import dev.casus.engine.RuleBase;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Commitment;
import dev.casus.yaml.SourceText;
import dev.casus.yaml.Suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads a draft folder, collecting every problem in draft.yaml and the DRL files in one pass. */
public final class DraftLoader {

    private static final long MAX_DRL_BYTES = 4_000_000;
    /**
     * How deep brackets (or prefix operators) may nest in a .drl file. The parsers recurse on each
     * level; on a default 1 MB thread stack the weakest of them (the Java parse of an {@code eval} or a
     * consequence) overflowed at about 150 levels (measured 2026-11-24), so 64 leaves a margin of two
     * and more, and is far above what a clause needs.
     */
    static final int MAX_NESTING = 64;

    private DraftLoader() {
    }

    /** Compiles {@code rules/<draft>/} with its clauses confined; throws {@link InvalidInputException} listing every problem. */
    public static CompiledDraft load(Path directory) {
        return load(directory, false);
    }

    /**
     * Compiles {@code rules/<draft>/}; throws {@link InvalidInputException} listing every problem.
     *
     * @param trustClauses when false (the default), a clause that uses anything but what a clause may
     *                     (fields, enums, literals, comparisons, the helpers and the actions) is a load
     *                     error; when true, clauses may run any Java, and only type errors are checked
     */
    public static CompiledDraft load(Path directory, boolean trustClauses) {
        Attempt attempt = attempt(directory, trustClauses);
        if (attempt.draft() == null) {
            throw new InvalidInputException(attempt.problems());
        }
        return attempt.draft();
    }

    /**
     * What loading a draft folder gave: the draft, or every problem found and, when its draft.yaml was
     * read without a problem, the extra attributes it declares (so that the case files that test a draft
     * whose clauses fail are still checked against them).
     *
     * @param draft      null when the draft did not load
     * @param attributes the attributes draft.yaml declares; empty when draft.yaml is missing or has a problem
     * @param problems   empty when the draft loaded
     */
    public record Attempt(CompiledDraft draft, Optional<List<AttributeDeclaration>> attributes, List<Problem> problems) {

        public Attempt {
            attributes = attributes.map(List::copyOf);
            problems = problems.stream().sorted().toList();
        }
    }

    /** As {@link #load(Path, boolean)}, but a draft that fails to load is returned with its problems, not thrown. */
    public static Attempt attempt(Path directory, boolean trustClauses) {
        List<Problem> problems = new ArrayList<>();
        Path dir = directory.normalize();
        if (!Files.isDirectory(dir)) {
            return new Attempt(null, Optional.empty(), List.of(new Problem(dir, 0, 0, "no such draft folder")));
        }
        Path yaml = dir.resolve("draft.yaml");
        DraftSpec spec = null;
        Optional<List<AttributeDeclaration>> declared = Optional.empty();
        ProjectVocabulary vocabulary = ProjectVocabulary.forDraft(dir, problems);
        if (Files.isRegularFile(yaml)) {
            spec = DraftSpec.read(yaml, problems, vocabulary);
            if (spec != null && problems.isEmpty()) {
                declared = Optional.of(withActs(spec.attributes(), vocabulary.acts()));
            }
        } else {
            problems.add(new Problem(yaml, 0, 0, "missing draft.yaml: every draft folder declares its title, parties and commitments there"));
        }
        List<Path> drlFiles;
        try (Stream<Path> files = Files.list(dir)) {
            drlFiles = files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, 0, "cannot list folder: " + e.getMessage()));
            return new Attempt(null, declared, problems);
        }
        if (drlFiles.isEmpty()) {
            problems.add(new Problem(dir, 0, 0, "no clauses: add at least one .drl file"));
        }
        Map<String, AttributeDeclaration> attributes = new LinkedHashMap<>();
        if (spec != null) {
            spec.attributes().forEach(a -> attributes.put(a.name(), a));
        }
        Set<String> extras = attributes.keySet();
        Set<String> commitmentIds = spec == null ? null
                : spec.commitments().stream().map(Commitment::id).collect(Collectors.toCollection(TreeSet::new));
        Map<Path, String> sources = new LinkedHashMap<>();
        Map<Path, String> packages = new LinkedHashMap<>();
        List<Clause> clauses = new ArrayList<>();
        Map<Path, Set<String>> outOfRange = new HashMap<>();
        for (Path file : drlFiles) {
            String text;
            try {
                text = SourceText.read(file, MAX_DRL_BYTES, ".drl files");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (text.isBlank()) {
                problems.add(new Problem(file, 0, 0, "the file is empty: write the draft's clauses in it, or remove it"));
                continue;
            }
            List<Problem> tooDeep = nesting(file, text);
            if (!tooDeep.isEmpty()) {
                // neither read nor compiled: the parsers would overflow their stack on it
                problems.addAll(tooDeep);
                continue;
            }
            sources.put(file, text);
            List<Problem> fileProblems = new ArrayList<>();
            CodeParses parses = new CodeParses();
            ClauseChecker checker = new ClauseChecker(file, text, attributes, vocabulary.acts(), vocabulary.constants(),
                    !trustClauses, fileProblems, parses).areas(vocabulary.allAreas().keySet());
            ClauseReader reader = new ClauseReader(file, text, extras,
                    commitmentIds == null ? Set.of() : commitmentIds, fileProblems, parses).constants(vocabulary.constants());
            ClauseReader.Parsed parsed;
            try {
                parsed = reader.read(checker);
            } catch (StackOverflowError | OutOfMemoryError e) {
                sources.remove(file);
                problems.addAll(fileProblems);
                problems.add(new Problem(file, reader.line(), 0, exhausted(e, "reading this clause")));
                continue;
            }
            outOfRange.put(file, checker.outOfRange());
            if (checker.refusedAny()) {
                // not compiled at all: Drools runs some of a file's code (its metadata) as it compiles it
                sources.remove(file);
            }
            if (commitmentIds == null) {
                fileProblems.removeIf(p -> p.message().contains("which draft.yaml does not declare"));
            }
            problems.addAll(fileProblems);
            if (parsed.packageName() != null && parsed.clauses().isEmpty()) {
                problems.add(new Problem(file, 0, 0, "the file holds no clause: write rules in it (rule \"...\" when ... then ... end), or remove it"));
            }
            packages.put(file, parsed.packageName());
            clauses.addAll(parsed.clauses());
        }
        checkOverrides(clauses, problems);
        RuleBase ruleBase = null;
        if (!sources.isEmpty()) {
            Map<String, ClauseTag> tags = new LinkedHashMap<>();
            clauses.forEach(c -> tags.put(c.rule(), new ClauseTag(c.id(), c.overrides(), c.file() + ":" + c.line(), c.conditionText())));
            List<Problem> compiled = new ArrayList<>();
            try {
                ruleBase = RuleBase.compile(dir.getFileName().toString(), sources, packages, tags,
                        commitmentIds == null ? Set.of() : commitmentIds, vocabulary.constants(), compiled);
            } catch (StackOverflowError | OutOfMemoryError e) {
                problems.add(new Problem(sources.size() == 1 ? sources.keySet().iterator().next() : dir, 0, 0, exhausted(e, "compiling the clauses")));
            }
            // one defect, one message: what the check already said on a line, the compiler does not say again
            Set<String> said = problems.stream().filter(p -> p.line() > 0).map(p -> p.file() + ":" + p.line()).collect(Collectors.toSet());
            compiled.removeIf(p -> said.contains(p.file() + ":" + p.line())
                    || outOfRange.getOrDefault(p.file(), Set.of()).stream().anyMatch(p.message()::contains));
            problems.addAll(compiled);
        }
        if (!problems.isEmpty() || ruleBase == null || spec == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem(dir, 0, 0, "the draft could not be compiled"));
            }
            return new Attempt(null, declared, problems);
        }
        Lexicon lexicon;
        try {
            lexicon = Lexicon.forDraft(dir);
        } catch (InvalidInputException e) {
            return new Attempt(null, declared, e.problems());
        }
        return new Attempt(new CompiledDraft(dir.getFileName().toString(), dir, spec, clauses, ruleBase, lexicon, !trustClauses),
                declared, List.of());
    }

    /**
     * The attributes a case file that tests the draft may give, and the acts the project's vocabulary.yaml
     * declares, as the values of a declaration named {@link AttributeDeclaration#ACTS}.
     */
    private static List<AttributeDeclaration> withActs(List<AttributeDeclaration> attributes, Set<String> acts) {
        if (acts.isEmpty()) {
            return attributes;
        }
        List<AttributeDeclaration> all = new ArrayList<>(attributes);
        all.add(new AttributeDeclaration(AttributeDeclaration.ACTS, dev.casus.vocabulary.ValueType.ENUM, new TreeSet<>(acts).stream().toList(),
                "the acts of the project's vocabulary.yaml"));
        return all;
    }

    /** Where a file nests deeper than {@link #MAX_NESTING}, one problem per place. */
    private static List<Problem> nesting(Path file, String text) {
        DrlText drl = new DrlText(text);
        List<Problem> found = new ArrayList<>();
        for (DrlText.Nesting deep : drl.nestedDeeperThan(MAX_NESTING)) {
            String what = deep.operators() ? deep.depth() + " prefix operators in a row (such as !!!x);"
                    : "brackets nested " + deep.depth() + " levels deep;";
            found.add(new Problem(file, drl.lineAt(deep.offset()), drl.columnAt(deep.offset()),
                    what + " a clause may nest at most " + MAX_NESTING));
        }
        return found;
    }

    /** A load that ran out of stack or memory on a user's file, said in a drafter's words. */
    private static String exhausted(VirtualMachineError e, String doing) {
        return e instanceof StackOverflowError
                ? "Casus ran out of stack " + doing + ": a clause is structured too deeply (StackOverflowError); "
                + "split long chains of conditions or operators into several clauses"
                : "Casus ran out of memory " + doing + " (" + e.getClass().getSimpleName() + "); make the clauses smaller";
    }

    /**
     * Precedence needs clause ids that name one clause each, and {@code @overrides} that names
     * existing clauses other than itself and never leads back to where it started.
     */
    private static void checkOverrides(List<Clause> clauses, List<Problem> problems) {
        Map<String, Clause> byId = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            Clause first = byId.putIfAbsent(clause.id(), clause);
            if (first != null) {
                problems.add(new Problem(clause.file(), clause.line(), 0, "clause id \"" + clause.id()
                        + "\" is used twice: rule \"" + clause.rule() + "\" and rule \"" + first.rule() + "\" ("
                        + first.file() + ":" + first.line() + "); give each clause its own @clause id, which @overrides and findings name"));
            }
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            for (String target : clause.overrides()) {
                if (!byId.containsKey(target)) {
                    problems.add(new Problem(clause.file(), clause.line(), 0, "clause " + clause.id()
                            + " overrides \"" + target + "\", but no clause has that id" + Suggest.hint(target, byId.keySet())));
                } else if (target.equals(clause.id())) {
                    problems.add(new Problem(clause.file(), clause.line(), 0, "clause " + clause.id() + " overrides itself"));
                } else {
                    targets.computeIfAbsent(clause.id(), k -> new ArrayList<>()).add(target);
                }
            }
        }
        Set<String> inReportedCycle = new HashSet<>();
        for (Clause clause : byId.values()) {
            if (inReportedCycle.contains(clause.id())) {
                continue;
            }
            List<String> cycle = cycleThrough(clause.id(), targets);
            if (!cycle.isEmpty()) {
                inReportedCycle.addAll(cycle);
                StringBuilder chain = new StringBuilder(clause.id());
                for (String next : cycle.subList(1, cycle.size())) {
                    chain.append(" overrides ").append(next).append(',').append(" which");
                }
                chain.append(" overrides ").append(clause.id());
                problems.add(new Problem(clause.file(), clause.line(), 0, "the @overrides of clause " + clause.id()
                        + " run in a cycle: " + chain + "; precedence must run one way, so remove one of these @overrides"));
            }
        }
    }

    /** The shortest cycle of {@code @overrides} from the clause back to itself, starting with it; empty if none. */
    private static List<String> cycleThrough(String start, Map<String, List<String>> targets) {
        Map<String, String> reachedFrom = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : targets.getOrDefault(at, List.of())) {
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    for (String step = at; !step.equals(start); step = reachedFrom.get(step)) {
                        cycle.add(0, step);
                    }
                    cycle.add(0, start);
                    return cycle;
                }
                if (!reachedFrom.containsKey(next)) {
                    reachedFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
