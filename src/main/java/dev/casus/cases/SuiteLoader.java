package dev.casus.cases;

import dev.casus.api.FindingKind;

import dev.casus.model.Case;
import dev.casus.model.Case.Expectation;
import dev.casus.model.Uncertain;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Described;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;
import dev.casus.yaml.MappingReader;
import dev.casus.yaml.Suggest;
import dev.casus.model.Commitment;
import dev.casus.yaml.YamlNode;
import dev.casus.yaml.YamlReader;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a case file. Problems in the file as a whole (YAML syntax, the drafts it names) make the
 * whole suite invalid; problems in one case make that case a {@link Suite.BadCase}, and the rest run.
 */
public final class SuiteLoader {

    private static final Set<String> TOP = Set.of("drafts", "strict", "cases");
    private static final Set<String> CASE = Set.of("id", "title", "incident", "timeline", "scenarios", "updates", "expect", "expectFor");
    private static final Set<String> UPDATE = Set.of("at", "note", "expect");
    private static final Set<String> EXPECT = Set.of("active", "inactive", "conditional", "undetermined",
            "holds", "holdsNot", "conflict", "findings", "silent");
    private static final Set<String> FINDING = Set.of("kind", "clause");
    private static final Set<String> RANGE = Set.of("from", "to");
    private static final Set<String> ALL = Set.of("all");

    private final Path file;
    private final Set<String> knownDrafts;
    private final Map<String, List<AttributeDeclaration>> attributesByDraft;
    /** False when a draft this file tests has attributes that are not known: extra attributes are then not checked. */
    private boolean attributesKnown = true;
    /** The acts the project's vocabulary.yaml declares, beyond the built-in ones. */
    private final Set<String> declaredActs = new TreeSet<>();

    private SuiteLoader(Path file, Set<String> knownDrafts, Map<String, List<AttributeDeclaration>> attributesByDraft) {
        this.file = file;
        this.knownDrafts = knownDrafts;
        this.attributesByDraft = attributesByDraft;
    }

    /**
     * Reads a suite.
     *
     * @param knownDrafts       every draft id that exists, loaded or not
     * @param attributesByDraft the extra attributes of each draft whose draft.yaml could be read, loaded or
     *                          not; a draft of {@code knownDrafts} missing here has attributes that are not
     *                          known (its draft.yaml is broken), so an extra attribute of a file that tests it
     *                          is not reported as unknown, and not read
     * @throws InvalidInputException when the file as a whole cannot be used
     */
    public static Suite load(Path file, Set<String> knownDrafts, Map<String, List<AttributeDeclaration>> attributesByDraft) {
        return new SuiteLoader(file, knownDrafts, attributesByDraft).read();
    }

    private Suite read() {
        YamlNode root = YamlReader.read(file);
        List<Problem> problems = new ArrayList<>();
        MappingReader top = MappingReader.of(file, root, problems, "a case file").allowOnly(TOP);
        List<String> drafts = top.texts("drafts");
        if (!top.has("drafts")) {
            top.missing("drafts");
        } else if (top.node("drafts") instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
            top.problem(seq, "'drafts' names no draft: list the drafts this file tests, e.g. drafts: ["
                    + knownDrafts.stream().sorted().findFirst().orElse("coalition") + "]");
        }
        for (String draft : drafts) {
            if (!knownDrafts.contains(draft)) {
                String hint = Suggest.hint(draft, knownDrafts);
                if (hint.isEmpty()) {
                    hint = knownDrafts.isEmpty() ? ": the rules folder has no drafts"
                            : "; the drafts are " + String.join(", ", new TreeSet<>(knownDrafts));
                }
                top.problem(top.node("drafts"), "no draft '" + draft + "' in the rules folder" + hint);
            }
        }
        boolean strict = false;
        YamlNode strictNode = top.node("strict");
        if (strictNode != null) {
            if (strictNode instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
                strict = Boolean.parseBoolean(s.text());
            } else {
                top.problem(strictNode, "'strict' must be true or false");
            }
        }
        List<YamlNode> caseNodes = top.list("cases", true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, AttributeDeclaration> attributes = new TreeMap<>();
        for (String draft : drafts) {
            List<AttributeDeclaration> declared = attributesByDraft.get(draft);
            if (declared == null) {
                attributesKnown = false;
            } else {
                declared.forEach(a -> {
                    if (a.name().equals(AttributeDeclaration.ACTS)) {
                        declaredActs.addAll(a.values());
                    } else if (a.name().startsWith(Commitment.Decision.FIELD_PREFIX) && attributes.containsKey(a.name())) {
                        // a case may name as taking a decision only a party that may take it in every draft the file tests
                        AttributeDeclaration first = attributes.get(a.name());
                        attributes.put(a.name(), new AttributeDeclaration(a.name(), first.type(),
                                first.values().stream().filter(a.values()::contains).toList(), first.description()));
                    } else {
                        attributes.putIfAbsent(a.name(), a);
                    }
                });
            }
        }
        List<Case> cases = new ArrayList<>();
        List<Suite.BadCase> bad = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (YamlNode node : caseNodes) {
            index++;
            List<Problem> caseProblems = new ArrayList<>();
            Case c = readCase(node, index, drafts, attributes, caseProblems);
            String id = c == null ? "#" + index : c.id();
            if (c != null && !ids.add(id)) {
                caseProblems.add(new Problem(file, node.line(), node.column(), "case id '" + id + "' is used twice in this file"));
            }
            if (caseProblems.isEmpty() && c != null) {
                cases.add(c);
            } else {
                bad.add(new Suite.BadCase(id, node.line(), caseProblems));
            }
        }
        return new Suite(file, drafts, strict, cases, bad);
    }

    private Case readCase(YamlNode node, int index, List<String> drafts, Map<String, AttributeDeclaration> attributes,
                         List<Problem> problems) {
        MappingReader c = MappingReader.of(file, node, problems, "case #" + index).allowOnly(CASE);
        String id = c.text("id", true);
        if (id == null) {
            id = "#" + index;
        }
        String title = c.text("title", false);
        List<Case.Event> events = new ArrayList<>();
        if (c.has("incident") && c.has("timeline")) {
            c.problem(c.node("timeline"), "case " + id + " gives both 'incident' and 'timeline': use one");
        } else if (c.has("incident")) {
            events.add(readEvent(c.node("incident"), "e1", attributes, problems));
        } else if (c.has("timeline")) {
            int n = 0;
            for (YamlNode e : c.list("timeline", true)) {
                events.add(readEvent(e, "e" + (++n), attributes, problems));
            }
            if (n == 0) {
                c.problem(c.node("timeline"), "case " + id + " has an empty timeline");
            }
        } else if (!c.has("scenarios")) {
            c.problem(null, "case " + id + " needs an 'incident' or a 'timeline'");
        }
        List<Case.Scenario> scenarios = c.has("scenarios")
                ? readScenarios(c, id, events, attributes, problems) : List.of();
        List<Case.Update> updates = c.has("updates") ? readUpdates(c, id, events, attributes, problems) : List.of();
        Set<String> eventIds = new HashSet<>();
        for (Case.Event e : events) {
            if (!eventIds.add(e.id())) {
                problems.add(new Problem(file, e.line(), 0, "incident id '" + e.id() + "' is used twice in case " + id));
            }
        }
        List<Expectation> expectations = c.has("expect") ? readExpectations(c.node("expect"), problems) : List.of();
        Map<String, List<Expectation>> specific = new LinkedHashMap<>();
        if (c.has("expectFor")) {
            MappingReader byDraft = MappingReader.of(file, c.node("expectFor"), problems, "expectFor");
            for (YamlNode.Entry entry : byDraft.mapping().entries().values()) {
                if (!drafts.contains(entry.key())) {
                    problems.add(new Problem(file, entry.line(), entry.column(), "expectFor names draft '" + entry.key()
                            + "', which this file does not test" + Suggest.hint(entry.key(), drafts)));
                }
                specific.put(entry.key(), readExpectations(entry.value(), problems));
            }
        }
        return new Case(id, title == null ? id : title, file, c.mapping().line(), events, expectations, specific, scenarios, updates);
    }

    /**
     * The named accounts of a case's incident: each a mapping of the fields it states differently from
     * the case's {@code incident} (a null value leaves the field out), or, with no {@code incident},
     * its full set of facts.
     */
    private List<Case.Scenario> readScenarios(MappingReader c, String id, List<Case.Event> base,
                                              Map<String, AttributeDeclaration> attributes, List<Problem> problems) {
        YamlNode node = c.node("scenarios");
        if (c.has("timeline")) {
            c.problem(node, "case " + id + " gives a timeline and scenarios: a scenario changes a single incident; "
                    + "give each account of a timeline as a case of its own");
            return List.of();
        }
        if (!(node instanceof YamlNode.Mapping accounts)) {
            c.problem(node, "'scenarios' must be a mapping of named accounts, such as "
                    + "scenarios: {turkish-account: {country: TR}, russian-account: {zone: high-seas}}, not "
                    + (node instanceof YamlNode.Scalar s && s.text() == null ? "empty" : node.shape()));
            return List.of();
        }
        if (accounts.entries().isEmpty()) {
            c.problem(node, "case " + id + " has 'scenarios' but names no account: give two or more, or drop 'scenarios'");
            return List.of();
        }
        Case.Event shared = base.isEmpty() ? new Case.Event("e1", new TreeMap<>(), c.mapping().line()) : base.get(0);
        List<Case.Scenario> out = new ArrayList<>();
        for (YamlNode.Entry entry : accounts.entries().values()) {
            String what = "scenario '" + entry.key() + "'";
            MappingReader s = MappingReader.of(file, entry.value(), problems, what);
            if (!(entry.value() instanceof YamlNode.Mapping)) {
                continue;
            }
            String title = s.text("title", false);
            int before = problems.size();
            Map<String, Uncertain> changes = readFields(s, what, attributes, problems, true);
            if (problems.size() > before) {
                continue;
            }
            if (changes.isEmpty()) {
                problems.add(new Problem(file, entry.line(), entry.column(), what + " changes nothing: give the fields "
                        + "this account states" + (base.isEmpty() ? "" : " differently from the case's incident")));
                continue;
            }
            Map<String, Uncertain> fields = new TreeMap<>(shared.fields());
            changes.forEach((field, value) -> {
                if (value == null) {
                    fields.remove(field);
                } else {
                    fields.put(field, value);
                }
            });
            if (fields.equals(shared.fields())) {
                problems.add(new Problem(file, entry.line(), entry.column(), what + " changes nothing: "
                        + (base.isEmpty() ? "it states no fact" : "every field it gives is as the case's incident states it")));
                continue;
            }
            out.add(new Case.Scenario(entry.key(), title == null ? entry.key() : title,
                    List.of(new Case.Event(shared.id(), new TreeMap<>(fields), s.mapping().line())), entry.line()));
        }
        return out;
    }

    /**
     * What became known about a single incident, date by date: each update an {@code at} (a day or an
     * ISO-8601 time, after the incident's own time and after the update before it), the fields it states
     * anew (as a scenario states them), an optional {@code note}, and what the case expects as of then.
     */
    private List<Case.Update> readUpdates(MappingReader c, String id, List<Case.Event> events,
                                          Map<String, AttributeDeclaration> attributes, List<Problem> problems) {
        YamlNode node = c.node("updates");
        if (c.has("timeline")) {
            c.problem(node, "case " + id + " gives a timeline and updates: updates say what became known about a single "
                    + "incident; in a timeline each incident has its own time");
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            c.problem(node, "'updates' must be a list of what became known when, such as "
                    + "updates: [{at: 2001-10-02, attribution: confirmed}], not "
                    + (node instanceof YamlNode.Scalar s && s.text() == null ? "empty" : node.shape()));
            return List.of();
        }
        Instant happened = null;
        if (!events.isEmpty() && events.get(0).fields().get(IncidentField.TIME.key()) instanceof Uncertain.Exactly t
                && t.value() instanceof Instant time) {
            happened = time;
        }
        List<Case.Update> out = new ArrayList<>();
        Case.Update previous = null;
        for (YamlNode item : list.items()) {
            String what = "an update";
            MappingReader u = MappingReader.of(file, item, problems, what);
            if (!(item instanceof YamlNode.Mapping)) {
                continue;
            }
            int before = problems.size();
            String at = u.text("at", false);
            Instant from = null;
            if (at == null) {
                u.problem(u.mapping(), "an update needs 'at': the day (or time) it became known, e.g. at: 2001-10-02");
            } else {
                from = IncidentField.parseTime(at);
                if (from == null) {
                    u.problem(u.node("at"), "'at' must be a day such as 2001-10-02 or an ISO-8601 time such as "
                            + "2001-10-02T14:00:00Z, not '" + at + "'");
                } else if (Case.Update.before(at, from, happened)) {
                    u.problem(u.node("at"), "update at " + at + " comes before the incident itself (" + happened
                            + "): an update says what became known after it happened");
                } else if (previous != null && !from.isAfter(previous.from())) {
                    u.problem(u.node("at"), "update at " + at + (from.equals(previous.from()) ? " has the same date as"
                            : " comes before") + " the update at " + previous.at() + " (line " + previous.line()
                            + "): give updates in the order they became known, one per date");
                }
            }
            what = "update" + (at == null ? "" : " at " + at);
            Map<String, Uncertain> changes = readFields(u, what, attributes, problems, true, UPDATE);
            List<Expectation> expected = List.of();
            if (u.has("expect")) {
                expected = readExpectations(u.node("expect"), problems);
                for (Expectation e : expected) {
                    if (e.kind() == Expectation.Kind.FINDING || e.kind() == Expectation.Kind.SILENT) {
                        problems.add(new Problem(file, e.line(), 0, what + " expects " + e.describe()
                                + ": findings are of everything known, so expect them under the case's 'expect'"));
                    }
                }
            }
            if (changes.isEmpty() && problems.size() == before) {
                u.problem(u.mapping(), what + " changes nothing: give the fields that became known, e.g. attribution: confirmed");
            }
            if (problems.size() > before) {
                continue;
            }
            Case.Update update = new Case.Update(at, from, new TreeMap<>(changes), u.text("note", false), expected, u.mapping().line());
            out.add(update);
            previous = update;
        }
        return out;
    }

    private Case.Event readEvent(YamlNode node, String defaultId, Map<String, AttributeDeclaration> attributes,
                                List<Problem> problems) {
        MappingReader e = MappingReader.of(file, node, problems, "an incident");
        String id = e.text("id", false);
        Map<String, Uncertain> fields = readFields(e, "an incident", attributes, problems, false);
        return new Case.Event(id == null ? defaultId : id, new TreeMap<>(fields), e.mapping().line());
    }

    /**
     * The fields of an incident (with its {@code id}), or of a scenario (with its {@code title}); in a
     * scenario a field given as null maps to null: the account leaves it out.
     */
    private Map<String, Uncertain> readFields(MappingReader e, String what, Map<String, AttributeDeclaration> attributes,
                                              List<Problem> problems, boolean scenario) {
        return readFields(e, what, attributes, problems, scenario, Set.of(scenario ? "title" : "id"));
    }

    /** As above, for a mapping whose own keys (besides the fields) are {@code ownKeys}. */
    private Map<String, Uncertain> readFields(MappingReader e, String what, Map<String, AttributeDeclaration> attributes,
                                              List<Problem> problems, boolean scenario, Set<String> ownKeys) {
        Set<String> allowed = new TreeSet<>(ownKeys);
        allowed.add("extra");
        allowed.add("decisions");
        Arrays.stream(IncidentField.values()).forEach(f -> allowed.add(f.key()));
        if (scenario) {
            for (YamlNode.Entry entry : e.mapping().entries().values()) {
                if (!allowed.contains(entry.key())) {
                    problems.add(new Problem(file, entry.line(), entry.column(), what + " changes unknown field '"
                            + entry.key() + "'" + Suggest.hint(entry.key(), allowed) + "; see docs/vocabulary.md"));
                }
            }
        } else {
            e.allowOnly(allowed);
        }
        Map<String, Uncertain> fields = new TreeMap<>();
        for (IncidentField field : IncidentField.values()) {
            YamlNode value = e.node(field.key());
            if (value != null) {
                if (scenario && value instanceof YamlNode.Scalar s && s.text() == null) {
                    fields.put(field.key(), null);
                    continue;
                }
                List<String> names = enumNames(field);
                if (field == IncidentField.ACT && !declaredActs.isEmpty()) {
                    names = new ArrayList<>(names);
                    names.addAll(declaredActs);
                }
                Uncertain u = readValue(value, field.key(), field.type(), names, problems);
                if (u != null) {
                    fields.put(field.key(), u);
                }
            }
        }
        if (e.has("extra")) {
            MappingReader extra = MappingReader.of(file, e.node("extra"), problems, "extra");
            for (YamlNode.Entry entry : extra.mapping().entries().values()) {
                AttributeDeclaration declared = attributes.get(entry.key());
                if (declared == null && !attributesKnown) {
                    continue;
                }
                if (declared == null) {
                    Set<String> named = new TreeSet<>(attributes.keySet());
                    named.removeIf(k -> k.startsWith(Commitment.Decision.FIELD_PREFIX));
                    problems.add(new Problem(file, entry.line(), entry.column(), "unknown attribute '" + entry.key()
                            + "': the drafts this file tests declare "
                            + (named.isEmpty() ? "no extra attributes" : String.join(", ", named))
                            + Suggest.hint(entry.key(), named)));
                    continue;
                }
                if (scenario && entry.value() instanceof YamlNode.Scalar s && s.text() == null) {
                    fields.put(entry.key(), null);
                    continue;
                }
                Uncertain u = readValue(entry.value(), entry.key(), declared.type(), declared.values(), problems);
                if (u != null) {
                    fields.put(entry.key(), u);
                }
            }
        }
        if (e.has("decisions")) {
            readDecisions(MappingReader.of(file, e.node("decisions"), problems, "decisions"), attributes, fields, scenario, problems);
        }
        return fields;
    }

    /**
     * A case's {@code decisions:}: by decision id, {@code yes} (taken), {@code no} (not taken), {@code unknown},
     * or a list of the answers still possible; each is the incident field {@code decisions.<id>}.
     */
    private void readDecisions(MappingReader decisions, Map<String, AttributeDeclaration> attributes,
                               Map<String, Uncertain> fields, boolean scenario, List<Problem> problems) {
        Set<String> declared = new TreeSet<>();
        attributes.keySet().stream().filter(k -> k.startsWith(Commitment.Decision.FIELD_PREFIX))
                .forEach(k -> declared.add(k.substring(Commitment.Decision.FIELD_PREFIX.length())));
        for (YamlNode.Entry entry : decisions.mapping().entries().values()) {
            String field = Commitment.Decision.FIELD_PREFIX + entry.key();
            if (!declared.contains(entry.key())) {
                if (attributesKnown) {
                    problems.add(new Problem(file, entry.line(), entry.column(), "unknown decision '" + entry.key()
                            + "': the drafts this file tests declare " + (declared.isEmpty() ? "no decisions"
                            : "the decisions " + String.join(", ", declared)) + Suggest.hint(entry.key(), declared)));
                }
                continue;
            }
            YamlNode value = entry.value();
            if (scenario && value instanceof YamlNode.Scalar s && s.text() == null) {
                fields.put(field, null);
                continue;
            }
            if (value instanceof YamlNode.Scalar s && "unknown".equals(s.text())) {
                fields.put(field, new Uncertain.Unknown());
            } else if (value instanceof YamlNode.Mapping) {
                if (takenBy(MappingReader.of(file, value, problems, "decisions." + entry.key()), entry.key(),
                        attributes.get(field), problems)) {
                    fields.put(field, new Uncertain.Exactly(true));
                }
            } else if (value instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                List<Object> answers = new ArrayList<>();
                for (YamlNode item : seq.items()) {
                    Boolean answer = answer(item, entry.key(), problems);
                    if (answer != null && !answers.contains(answer)) {
                        answers.add(answer);
                    }
                }
                if (!answers.isEmpty()) {
                    fields.put(field, answers.size() == 1 ? new Uncertain.Exactly(answers.get(0)) : new Uncertain.OneOf(answers));
                }
            } else {
                Boolean answer = answer(value, entry.key(), problems);
                if (answer != null) {
                    fields.put(field, new Uncertain.Exactly(answer));
                }
            }
        }
    }

    /**
     * A decision stated as taken by named parties, {@code {by: [PL, LT]}}: each must be a party that may take it
     * (any party of the drafts for {@code by: party}, or the one party draft.yaml names). True when all are.
     */
    private boolean takenBy(MappingReader taken, String decision, AttributeDeclaration declared, List<Problem> problems) {
        taken.allowOnly(Set.of("by"));
        YamlNode by = taken.node("by");
        List<YamlNode> named = by instanceof YamlNode.Sequence seq ? seq.items()
                : by == null || (by instanceof YamlNode.Scalar s && s.text() == null) ? List.of() : List.of(by);
        if (named.isEmpty()) {
            taken.problem(by == null ? taken.mapping() : by, "decision '" + decision
                    + "' stated as a mapping names the parties that took it, e.g. {by: [PL]}");
        }
        List<String> takers = declared == null ? List.of() : declared.values();
        boolean valid = !named.isEmpty();
        for (YamlNode node : named) {
            String party = node instanceof YamlNode.Scalar s ? s.text() : null;
            if (party == null || !takers.contains(party)) {
                valid = false;
                String what = party == null ? node.shape() : "'" + party + "'";
                problem(node, takers.isEmpty()
                        ? "decision '" + decision + "' is not taken by a party (" + (declared == null ? "" : declared.description())
                                + "): state it yes, no or unknown"
                        : "decision '" + decision + "' is taken by " + what + ", which is not a party that may take it in the drafts"
                                + " this file tests (" + String.join(", ", takers) + ")",
                        problems);
            }
        }
        return valid;
    }

    private Boolean answer(YamlNode node, String decision, List<Problem> problems) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            String text = s.text().strip();
            if (text.equals("yes") || (s.kind() == YamlNode.Scalar.Kind.BOOLEAN && Boolean.parseBoolean(text))) {
                return true;
            }
            if (text.equals("no") || (s.kind() == YamlNode.Scalar.Kind.BOOLEAN && !Boolean.parseBoolean(text))) {
                return false;
            }
        }
        problem(node, "decision '" + decision + "' is yes (taken), no (not taken) or unknown, not "
                + (node instanceof YamlNode.Scalar s && s.text() != null ? "'" + s.text() + "'" : node.shape()), problems);
        return null;
    }

    private static List<String> enumNames(IncidentField field) {
        return field.allowedValues().stream().map(Described::yamlName).toList();
    }

    private Uncertain readValue(YamlNode node, String name, ValueType type, List<String> enumValues, List<Problem> problems) {
        if (node instanceof YamlNode.Scalar s && "unknown".equals(s.text()) && s.kind() == YamlNode.Scalar.Kind.STRING) {
            return new Uncertain.Unknown();
        }
        if (type == ValueType.STATES) {
            return readStates(node, name, problems);
        }
        if (name.equals(IncidentField.COUNTRY.key()) && severalPlaces(node)) {
            return onePlaceAsText(readStates(node, name, problems));
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> values = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                Object v = scalar(item, name, type, enumValues, problems);
                if (v != null && !values.contains(v)) {
                    values.add(v);
                }
            }
            if (seq.items().isEmpty()) {
                problem(node, "'" + name + "' lists no alternatives", problems);
                return null;
            }
            return values.size() == 1 ? new Uncertain.Exactly(values.get(0)) : new Uncertain.OneOf(values);
        }
        if (node instanceof YamlNode.Mapping) {
            if (!type.isNumeric()) {
                problem(node, "'" + name + "' is not a number, so it cannot be given as a range", problems);
                return null;
            }
            List<Problem> before = new ArrayList<>(problems);
            MappingReader range = MappingReader.of(file, node, problems, "the range of '" + name + "'").allowOnly(RANGE);
            Object from = range.has("from") ? scalar(range.node("from"), name, type, enumValues, problems) : null;
            Object to = range.has("to") ? scalar(range.node("to"), name, type, enumValues, problems) : null;
            if (!range.has("from")) {
                range.missing("from");
            }
            if (!range.has("to")) {
                range.missing("to");
            }
            if (from == null || to == null || problems.size() > before.size()) {
                return null;
            }
            double a = ((Number) from).doubleValue();
            double b = ((Number) to).doubleValue();
            if (a > b) {
                problem(node, "the range of '" + name + "' runs from " + from + " down to " + to + ": write the smaller end as 'from'", problems);
                return null;
            }
            return a == b ? new Uncertain.Exactly(from) : new Uncertain.Between(a, b);
        }
        Object v = scalar(node, name, type, enumValues, problems);
        return v == null ? null : new Uncertain.Exactly(v);
    }

    /** A country given with {@code all}: {@code {all: [DK, SE]}}, alone or among alternatives. */
    private static boolean severalPlaces(YamlNode node) {
        return node instanceof YamlNode.Mapping || node instanceof YamlNode.Sequence seq
                && seq.items().stream().anyMatch(item -> !(item instanceof YamlNode.Scalar));
    }

    /** Countries as read by {@link #readStates}, each one place given as its code, several as their list. */
    private static Uncertain onePlaceAsText(Uncertain read) {
        if (read instanceof Uncertain.Exactly exactly) {
            return new Uncertain.Exactly(onePlace(exactly.value()));
        }
        if (read instanceof Uncertain.OneOf oneOf) {
            return new Uncertain.OneOf(oneOf.values().stream().map(SuiteLoader::onePlace).toList());
        }
        return read;
    }

    private static Object onePlace(Object states) {
        return states instanceof List<?> list && list.size() == 1 ? list.get(0) : states;
    }

    /** What several values of a field at once are, for messages. */
    private static String atOnce(String name) {
        return name.equals(IncidentField.COUNTRY.key()) ? "the countries where it happened at once" : "the States attacked at once";
    }

    /**
     * States attacked: {@code UA}; {@code {all: [PL, LT]}} for several at once; a list for
     * alternatives ({@code [PL, LT]}: one of them, not known which), whose entries may be {@code {all: ...}}.
     */
    private Uncertain readStates(YamlNode node, String name, List<Problem> problems) {
        if (node instanceof YamlNode.Sequence seq) {
            if (seq.items().isEmpty()) {
                problem(node, "'" + name + "' lists no alternatives", problems);
                return null;
            }
            int before = problems.size();
            List<Object> alternatives = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Sequence) {
                    problem(item, "an alternative of '" + name + "' is a list: write " + atOnce(name) + " as {all: [...]}", problems);
                    continue;
                }
                List<String> states = allOf(item, name, problems);
                if (states != null && !alternatives.contains(states)) {
                    alternatives.add(states);
                }
            }
            if (problems.size() > before) {
                return null;
            }
            return alternatives.size() == 1 ? new Uncertain.Exactly(alternatives.get(0)) : new Uncertain.OneOf(alternatives);
        }
        List<String> states = allOf(node, name, problems);
        return states == null ? null : new Uncertain.Exactly(states);
    }

    /** One State ({@code UA}) or several at once ({@code {all: [PL, LT]}}), sorted; null after a problem. */
    private List<String> allOf(YamlNode node, String name, List<Problem> problems) {
        if (node instanceof YamlNode.Mapping) {
            int before = problems.size();
            MappingReader all = MappingReader.of(file, node, problems, "'" + name + "'");
            for (YamlNode.Entry e : all.mapping().entries().values()) {
                if (!ALL.contains(e.key())) {
                    problems.add(new Problem(file, e.line(), e.column(), "unknown key '" + e.key() + "' in '" + name + "'"
                            + Suggest.hint(e.key(), ALL) + ": write " + atOnce(name) + " as {all: [PL, LT]}, "
                            + "and alternatives (one of them, not known which) as [PL, LT]"));
                }
            }
            if (!all.has("all")) {
                if (problems.size() == before) {
                    all.missing("all");
                }
                return null;
            }
            YamlNode list = all.node("all");
            if (!(list instanceof YamlNode.Sequence seq)) {
                problem(list, "'all' of '" + name + "' must be a list of States, e.g. {all: [PL, LT]}", problems);
                return null;
            }
            if (seq.items().isEmpty()) {
                problem(list, "'all' of '" + name + "' lists no States: name at least one, e.g. {all: [PL, LT]}", problems);
                return null;
            }
            TreeSet<String> states = new TreeSet<>();
            for (YamlNode item : seq.items()) {
                String state = state(item, name, problems);
                if (state != null) {
                    states.add(state);
                }
            }
            return problems.size() > before ? null : List.copyOf(states);
        }
        String state = state(node, name, problems);
        return state == null ? null : List.of(state);
    }

    private String state(YamlNode node, String name, List<Problem> problems) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING && s.text() != null
                && s.text().matches("[A-Za-z][A-Za-z0-9-]*")) {
            return s.text();
        }
        String shown = node instanceof YamlNode.Scalar s && s.text() != null ? "'" + s.text() + "'"
                : node instanceof YamlNode.Sequence ? "a list" : node instanceof YamlNode.Mapping ? "a mapping" : "nothing";
        problem(node, "'" + name + "' must name a State by its code, such as UA (a party id of the draft), not " + shown, problems);
        return null;
    }

    /** A single value of the field's type: an enum constant, Integer, Double, Boolean, String or Instant. */
    private Object scalar(YamlNode node, String name, ValueType type, List<String> enumValues, List<Problem> problems) {
        if (!(node instanceof YamlNode.Scalar s) || s.text() == null) {
            problem(node, "'" + name + "' needs a value here", problems);
            return null;
        }
        String text = s.text();
        switch (type) {
            case ENUM -> {
                String spelled = text.toLowerCase(Locale.ROOT).replace('_', '-');
                IncidentField field = IncidentField.byKey(name).orElse(null);
                if (field != null) {
                    for (Described d : field.allowedValues()) {
                        if (d.yamlName().equals(spelled)) {
                            return d;
                        }
                    }
                    // with a draft whose draft.yaml is broken, the project's acts are not known: not reported, not run
                    if (field == IncidentField.ACT && (declaredActs.contains(text) || !attributesKnown)) {
                        return text;
                    }
                } else if (enumValues.contains(text)) {
                    return text;
                }
                problem(node, "unknown value '" + text + "' for " + name + Suggest.hint(spelled, enumValues)
                        + "; allowed: " + String.join(", ", enumValues), problems);
                return null;
            }
            case INTEGER -> {
                if (s.kind() == YamlNode.Scalar.Kind.INTEGER) {
                    BigInteger n = new BigInteger(text);
                    if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                        problem(node, "'" + name + "' must be a whole number from 0 up, not " + text, problems);
                        return null;
                    }
                    return n.intValue();
                }
                problem(node, "'" + name + "' must be a whole number, not '" + text + "'", problems);
                return null;
            }
            case DECIMAL -> {
                if (s.kind() == YamlNode.Scalar.Kind.INTEGER || s.kind() == YamlNode.Scalar.Kind.DECIMAL) {
                    double d = Double.parseDouble(text);
                    if (Double.isInfinite(d)) {
                        problem(node, "'" + name + "' is too large a number: " + text, problems);
                        return null;
                    }
                    double limit = name.equals(IncidentField.LATITUDE.key()) ? 90 : name.equals(IncidentField.LONGITUDE.key()) ? 180 : -1;
                    if (limit > 0 && Math.abs(d) > limit) {
                        problem(node, "'" + name + "' is in degrees from " + (int) -limit + " to " + (int) limit
                                + (limit == 90 ? " (south negative)" : " (west negative)") + ", not " + text, problems);
                        return null;
                    }
                    if (d < 0 && name.equals(IncidentField.DAMAGE.key())) {
                        problem(node, "'" + name + "' must be a number from 0 up, not " + text, problems);
                        return null;
                    }
                    return d;
                }
                problem(node, "'" + name + "' must be a number, not '" + text + "'", problems);
                return null;
            }
            case BOOLEAN -> {
                if (s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
                    return Boolean.parseBoolean(text);
                }
                problem(node, "'" + name + "' must be true or false, not '" + text + "'", problems);
                return null;
            }
            case TIME -> {
                Instant t = IncidentField.parseTime(text);
                if (t == null) {
                    problem(node, "'" + name + "' must be an ISO-8601 time such as 2026-03-01T04:00:00Z, not '" + text + "'", problems);
                }
                return t;
            }
            default -> {
                return text;
            }
        }
    }

    private List<Expectation> readExpectations(YamlNode node, List<Problem> problems) {
        MappingReader x = MappingReader.of(file, node, problems, "expect").allowOnly(EXPECT);
        List<Expectation> out = new ArrayList<>();
        for (Expectation.Kind kind : Expectation.Kind.values()) {
            if (!x.has(kind.key())) {
                continue;
            }
            YamlNode value = x.node(kind.key());
            switch (kind) {
                case SILENT -> {
                    if (value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
                        if (Boolean.parseBoolean(s.text())) {
                            out.add(new Expectation(kind, "", null, value.line()));
                        }
                    } else {
                        problem(value, "'silent' must be true or false", problems);
                    }
                }
                case FINDING -> {
                    List<YamlNode> items = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
                    for (YamlNode item : items) {
                        MappingReader f = MappingReader.of(file, item, problems, "an expected finding").allowOnly(FINDING);
                        String findingKind = f.text("kind", true);
                        String clause = f.text("clause", false);
                        if (findingKind != null && !FINDING_KINDS.contains(findingKind)) {
                            f.problem(f.node("kind"), "unknown finding kind '" + findingKind + "'"
                                    + Suggest.hint(findingKind, FINDING_KINDS) + "; kinds: " + String.join(", ", FINDING_KINDS));
                        } else if (findingKind != null) {
                            out.add(new Expectation(kind, clause == null ? "" : clause, findingKind, item.line()));
                        }
                    }
                }
                default -> {
                    List<YamlNode> items = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
                    for (YamlNode item : items) {
                        if (!(item instanceof YamlNode.Scalar s) || s.text() == null) {
                            problem(item, "each entry of '" + kind.key() + "' must be a single value", problems);
                            continue;
                        }
                        boolean isCommitment = kind.ordinal() <= Expectation.Kind.UNDETERMINED.ordinal();
                        if (isCommitment && !s.text().matches("[^/\\s]+/[^/\\s]+")) {
                            problem(item, "'" + s.text() + "' must name a party's commitment as party/commitment, e.g. FR/consult", problems);
                            continue;
                        }
                        out.add(new Expectation(kind, s.text(), null, item.line()));
                    }
                }
            }
        }
        return out;
    }

    /** The finding kinds a case may expect, as case files spell them. */
    private static final List<String> FINDING_KINDS = dev.casus.api.FindingKind.labels();

    private void problem(YamlNode at, String message, List<Problem> problems) {
        problems.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), message));
    }

}
