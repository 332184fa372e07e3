package dev.casus.properties;

import dev.casus.api.FindingKind;
import dev.casus.draft.DraftSpecs;
import dev.casus.model.Described;
import dev.casus.model.Role;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Valid case files and draft.yaml files for the fuzz properties to mutate: the repository's own
 * (cases/*.yaml, rules/*&#47;draft.yaml), cut down to a few cases, and generated ones that use every
 * field of the vocabulary, every form of uncertain value and every kind of expectation.
 */
final class FuzzDocuments {

    /** The draft that generated case files test; its attributes have every type. */
    static final String FUZZ_DRAFT = "fuzz";
    static final List<AttributeDeclaration> FUZZ_ATTRIBUTES = List.of(
            new AttributeDeclaration("nuclear-used", ValueType.BOOLEAN, List.of(), "nuclear weapons were used"),
            new AttributeDeclaration("aircraft", ValueType.INTEGER, List.of(), "aircraft taking part"),
            new AttributeDeclaration("cost", ValueType.DECIMAL, List.of(), "cost in millions"),
            new AttributeDeclaration("operation", ValueType.TEXT, List.of(), "the operation's name"),
            new AttributeDeclaration("coercion", ValueType.ENUM, List.of("none", "trade-embargo", "energy-cutoff"), "coercion"));

    private static final Path CASES = Path.of("cases");
    private static final Path RULES = Path.of("rules");
    private static final List<String> PARTIES = List.of("UA", "RU", "FR", "DE", "UK", "TR", "MON");
    private static final List<String> COMMITMENTS = List.of("consult", "assist", "sanctions", "verify", "protest");
    private static final List<String> TERMS = List.of("aggression", "armed attack", "repeated violation", "breach");
    private static final List<String> CLAUSES = List.of("Art. 1", "Art. 2", "Art. 4(2)", "Para. 4");

    private FuzzDocuments() {
    }

    // the repository -----------------------------------------------------------------------

    /** The drafts of the repository's rules folder, with the fuzz draft. */
    static Set<String> knownDrafts() {
        Set<String> drafts = new TreeSet<>(repositoryDrafts().keySet());
        drafts.add(FUZZ_DRAFT);
        return drafts;
    }

    /** The extra attributes of each draft, as the case loader is given them. */
    static Map<String, List<AttributeDeclaration>> attributesByDraft() {
        Map<String, List<AttributeDeclaration>> out = new LinkedHashMap<>();
        repositoryDrafts().forEach((id, file) -> out.put(id, DraftSpecs.read(file).attributes()));
        out.put(FUZZ_DRAFT, FUZZ_ATTRIBUTES);
        return out;
    }

    /** rules/<id>/draft.yaml by draft id. */
    private static Map<String, Path> repositoryDrafts() {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path dir : list(RULES)) {
            if (Files.isRegularFile(dir.resolve("draft.yaml"))) {
                out.put(dir.getFileName().toString(), dir.resolve("draft.yaml"));
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // case files ---------------------------------------------------------------------------

    /** Case files: the repository's, each cut to one to three of its cases, or generated. */
    static Arbitrary<Tuple2<String, YamlTree>> caseFiles() {
        List<Path> files = list(CASES).stream().filter(f -> f.toString().endsWith(".yaml")).toList();
        List<YamlTree> trees = files.stream().map(YamlTree::read).toList();
        Arbitrary<Tuple2<String, YamlTree>> repository = Combinators.combine(
                        Arbitraries.integers().between(0, files.size() - 1),
                        Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(3))
                .as((f, picks) -> Tuple.of(files.get(f).toString(), cutCases(trees.get(f), picks)));
        Arbitrary<Tuple2<String, YamlTree>> generated = generatedCaseFile().map(t -> Tuple.of("generated case file", t));
        return Arbitraries.frequencyOf(Tuple.of(1, repository), Tuple.of(2, generated));
    }

    private static YamlTree cutCases(YamlTree file, List<Integer> picks) {
        YamlTree copy = file.copy();
        int at = copy.keys.indexOf("cases");
        List<YamlTree> all = copy.children.get(at).children;
        List<YamlTree> kept = picks.stream().map(i -> all.get(i % all.size()).copy()).toList();
        copy.children.set(at, YamlTree.list(kept));
        return copy;
    }

    private static Arbitrary<YamlTree> generatedCaseFile() {
        Arbitrary<YamlTree> drafts = Arbitraries.of(
                YamlTree.list(YamlTree.scalar(FUZZ_DRAFT)).flow(),
                YamlTree.list(YamlTree.scalar(FUZZ_DRAFT), YamlTree.scalar("coalition")).flow(),
                YamlTree.scalar(FUZZ_DRAFT));
        return Combinators.combine(drafts, Arbitraries.of("", "true", "false"), caseEntry().list().ofMinSize(1).ofMaxSize(3))
                .as((d, strict, cases) -> {
                    YamlTree file = YamlTree.map("drafts", d);
                    if (!strict.isEmpty()) {
                        file.put("strict", strict);
                    }
                    List<YamlTree> numbered = new ArrayList<>();
                    for (int i = 0; i < cases.size(); i++) {
                        YamlTree c = cases.get(i).copy();
                        c.children.set(0, YamlTree.scalar("case-" + (i + 1)));
                        numbered.add(c);
                    }
                    return file.put("cases", YamlTree.list(numbered));
                });
    }

    private static Arbitrary<YamlTree> caseEntry() {
        Arbitrary<YamlTree> events = Arbitraries.frequencyOf(
                Tuple.of(3, incident("").map(i -> YamlTree.map("incident", i))),
                Tuple.of(1, Combinators.combine(incident("v1"), incident("v2")).as((a, b) ->
                        YamlTree.map("timeline", YamlTree.list(a, b)))));
        return Combinators.combine(events, expectations(), Arbitraries.of(false, false, true), Arbitraries.of(true, false))
                .as((e, expect, forDraft, titled) -> {
                    YamlTree c = YamlTree.map("id", "case");
                    if (titled) {
                        c.put("title", YamlTree.quoteIfNeeded("A case \"with\" a title: the fuzzer's"));
                    }
                    c.put(e.keys.get(0), e.children.get(0));
                    c.put("expect", expect);
                    if (forDraft) {
                        c.put("expectFor", YamlTree.map(FUZZ_DRAFT, expect.copy()));
                    }
                    return c;
                });
    }

    /** An incident giving some of the fields, each as a value, alternatives, a range or unknown, and extras. */
    private static Arbitrary<YamlTree> incident(String id) {
        Arbitrary<List<Tuple2<String, YamlTree>>> fields = Arbitraries.of(IncidentField.values())
                .flatMap(f -> value(f.type(), f.allowedValues().stream().map(Described::yamlName).toList())
                        .map(v -> Tuple.of(f.key(), v)))
                .list().ofMinSize(1).ofMaxSize(6).uniqueElements(Tuple2::get1);
        Arbitrary<List<Tuple2<String, YamlTree>>> extras = Arbitraries.of(FUZZ_ATTRIBUTES)
                .flatMap(a -> value(a.type(), a.values()).map(v -> Tuple.of(a.name(), v)))
                .list().ofMaxSize(3).uniqueElements(Tuple2::get1);
        return Combinators.combine(fields, extras, Arbitraries.of(true, false)).as((f, x, flow) -> {
            YamlTree incident = YamlTree.map();
            if (!id.isEmpty()) {
                incident.put("id", id);
            }
            f.forEach(t -> incident.put(t.get1(), t.get2()));
            if (!x.isEmpty()) {
                YamlTree extra = YamlTree.map();
                x.forEach(t -> extra.put(t.get1(), t.get2()));
                incident.put("extra", extra);
            }
            incident.flow = flow;
            return incident;
        });
    }

    /** A valid value of a type: certain, alternatives, a range for numbers, or unknown. */
    private static Arbitrary<YamlTree> value(ValueType type, List<String> enumValues) {
        Arbitrary<String> one = switch (type) {
            case ENUM -> Arbitraries.of(enumValues);
            case TEXT -> Arbitraries.of("UA", "RU", "PL", "Kyiv", "\"Zaporizhzhia region\"");
            case STATES -> Arbitraries.of("UA", "PL", "LT", "{all: [DK, SE]}");
            case INTEGER -> Arbitraries.integers().between(0, 50).map(String::valueOf);
            case DECIMAL -> Arbitraries.of("0", "0.5", "12.25", "1e3", "100");
            case BOOLEAN -> Arbitraries.of("true", "false");
            case TIME -> Arbitraries.of("2026-05-01T02:00:00Z", "2026-05-02T01:00:00+02:00", "2026-05-03");
        };
        Arbitrary<YamlTree> certain = one.map(YamlTree::scalar);
        Arbitrary<YamlTree> alternatives = one.list().ofMinSize(1).ofMaxSize(3)
                .map(vs -> YamlTree.list(vs.stream().map(YamlTree::scalar).toList()).flow());
        Arbitrary<YamlTree> range = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 30))
                .as((a, b) -> YamlTree.map("from", String.valueOf(a), "to", String.valueOf(a + b)).flow());
        Arbitrary<YamlTree> unknown = Arbitraries.just(YamlTree.scalar("unknown"));
        return type.isNumeric()
                ? Arbitraries.frequencyOf(Tuple.of(4, certain), Tuple.of(1, alternatives), Tuple.of(2, range), Tuple.of(1, unknown))
                : Arbitraries.frequencyOf(Tuple.of(4, certain), Tuple.of(2, alternatives), Tuple.of(1, unknown));
    }

    private static Arbitrary<YamlTree> expectations() {
        Arbitrary<String> commitment = Combinators.combine(Arbitraries.of(PARTIES), Arbitraries.of(COMMITMENTS))
                .as((p, c) -> p + "/" + c);
        Arbitrary<Tuple2<String, YamlTree>> listed = Combinators.combine(
                        Arbitraries.of("active", "inactive", "conditional", "undetermined"), commitment.list().ofMinSize(1).ofMaxSize(3))
                .as((k, cs) -> Tuple.of(k, scalars(cs)));
        Arbitrary<Tuple2<String, YamlTree>> terms = Combinators.combine(Arbitraries.of("holds", "holdsNot"),
                        Arbitraries.of(TERMS).list().ofMinSize(1).ofMaxSize(2))
                .as((k, ts) -> Tuple.of(k, scalars(ts)));
        Arbitrary<Tuple2<String, YamlTree>> conflict = Arbitraries.of(CLAUSES).list().ofMinSize(1).ofMaxSize(2)
                .map(cs -> Tuple.of("conflict", scalars(cs)));
        Arbitrary<Tuple2<String, YamlTree>> findings = Combinators.combine(Arbitraries.of(FindingKind.labels()), Arbitraries.of(CLAUSES))
                .as((k, c) -> YamlTree.map("kind", k, "clause", YamlTree.quoteIfNeeded(c)).flow())
                .list().ofMinSize(1).ofMaxSize(2).map(fs -> Tuple.of("findings", YamlTree.list(fs)));
        Arbitrary<Tuple2<String, YamlTree>> silent = Arbitraries.of("true", "false").map(b -> Tuple.of("silent", YamlTree.scalar(b)));
        return Arbitraries.oneOf(listed, terms, conflict, findings, silent).list().ofMinSize(1).ofMaxSize(4)
                .uniqueElements(Tuple2::get1)
                .map(entries -> {
                    YamlTree expect = YamlTree.map();
                    entries.forEach(t -> expect.put(t.get1(), t.get2()));
                    return expect;
                });
    }

    private static YamlTree scalars(List<String> values) {
        return YamlTree.list(values.stream().map(YamlTree::quoteIfNeeded).map(YamlTree::scalar).toList()).flow();
    }

    // draft.yaml ---------------------------------------------------------------------------

    /** draft.yaml files: the repository's, or generated. */
    static Arbitrary<Tuple2<String, YamlTree>> draftFiles() {
        List<Path> files = new ArrayList<>(repositoryDrafts().values());
        files.add(Path.of("src/test/resources/hostile/_base/rules/pact/draft.yaml"));
        List<YamlTree> trees = files.stream().map(YamlTree::read).toList();
        Arbitrary<Tuple2<String, YamlTree>> repository = Arbitraries.integers().between(0, files.size() - 1)
                .map(i -> Tuple.of(files.get(i).toString(), trees.get(i)));
        Arbitrary<Tuple2<String, YamlTree>> generated = generatedDraft().map(t -> Tuple.of("generated draft.yaml", t));
        return Arbitraries.frequencyOf(Tuple.of(1, repository), Tuple.of(2, generated));
    }

    private static Arbitrary<YamlTree> generatedDraft() {
        Arbitrary<YamlTree> source = Combinators.combine(Arbitraries.of("North Atlantic Treaty (1949)", "Charter of the United Nations"),
                        Arbitraries.of("", "Art. 5", "Art. 51"), Arbitraries.of("", "model for the trigger"))
                .as((instrument, article, note) -> {
                    YamlTree s = YamlTree.map("instrument", YamlTree.quoteIfNeeded(instrument));
                    if (!article.isEmpty()) {
                        s.put("article", YamlTree.quoteIfNeeded(article));
                    }
                    if (!note.isEmpty()) {
                        s.put("note", note);
                    }
                    return s;
                });
        Arbitrary<YamlTree> attributes = Arbitraries.of(FUZZ_ATTRIBUTES).list().ofMaxSize(3).uniqueElements().map(as -> {
            YamlTree all = YamlTree.map();
            for (AttributeDeclaration a : as) {
                YamlTree declared = YamlTree.map("type", a.type().name().toLowerCase(Locale.ROOT));
                if (!a.values().isEmpty()) {
                    declared.put("values", scalars(a.values()));
                }
                declared.put("description", YamlTree.quoteIfNeeded(a.description()));
                all.put(a.name(), declared);
            }
            return all;
        });
        Arbitrary<List<String>> partyIds = Arbitraries.of(PARTIES).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        Arbitrary<List<String>> commitmentIds = Arbitraries.of(COMMITMENTS).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        return Combinators.combine(source.list().ofMaxSize(2), attributes, partyIds, commitmentIds,
                        Arbitraries.of(Role.class).list().ofSize(4), Arbitraries.of("24h", "72h", "7d", "PT36H", "").list().ofSize(3),
                        Arbitraries.integers().between(0, 100).list().ofSize(4), Arbitraries.of(true, false))
                .as((sources, attrs, parties, commitments, roles, deadlines, picks, flow) -> {
                    YamlTree draft = YamlTree.map("title", "Fuzz Pact", "version", "\"0.1\"", "model", "a pact for fuzzing");
                    if (!sources.isEmpty()) {
                        draft.put("sources", YamlTree.list(sources));
                    }
                    if (!attrs.children.isEmpty()) {
                        draft.put("attributes", attrs);
                    }
                    List<YamlTree> partyNodes = new ArrayList<>();
                    for (int i = 0; i < parties.size(); i++) {
                        YamlTree p = YamlTree.map("id", parties.get(i), "name", "Party " + parties.get(i),
                                "role", roles.get(i).yamlName());
                        if (picks.get(i) % 3 == 0) {
                            p.put("conditions", YamlTree.list(YamlTree.map("text", "needs a mandate of parliament",
                                    "commitments", scalars(List.of(commitments.get(picks.get(i) % commitments.size()))))));
                        }
                        p.flow = flow && !p.keys.contains("conditions");
                        partyNodes.add(p);
                    }
                    draft.put("parties", YamlTree.list(partyNodes));
                    List<YamlTree> commitmentNodes = new ArrayList<>();
                    for (int i = 0; i < commitments.size(); i++) {
                        YamlTree c = YamlTree.map("id", commitments.get(i), "wording", "\"Do " + commitments.get(i) + ", at once.\"");
                        if (!deadlines.get(i).isEmpty()) {
                            c.put("deadline", deadlines.get(i));
                        }
                        if (picks.get(i) % 2 == 0) {
                            c.put("parties", scalars(List.of(parties.get(picks.get(i) % parties.size()))));
                        }
                        commitmentNodes.add(c);
                    }
                    return draft.put("commitments", YamlTree.list(commitmentNodes));
                });
    }
}
