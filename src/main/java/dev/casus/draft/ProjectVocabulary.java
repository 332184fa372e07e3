package dev.casus.draft;

import dev.casus.model.Act;
import dev.casus.model.Described;
import dev.casus.model.Problem;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.yaml.MappingReader;
import dev.casus.yaml.Suggest;
import dev.casus.yaml.YamlNode;
import dev.casus.yaml.YamlReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The project's {@code rules/vocabulary.yaml}, beside the draft folders: extra attributes, extra acts and
 * party groups that every draft of the project sees. A draft folder loaded alone reads the file of its
 * parent folder.
 *
 * @param file       the file read; null when the project has none
 * @param attributes the extra attributes it declares, in file order
 * @param where      where each attribute is declared, as {@code path:line:col}
 * @param acts       the acts it declares beyond {@link Act}, by their names in case files
 * @param groups     the party groups by id
 * @param constants  the named numbers, read in clauses as {@code constant("name")}
 * @param areas      the named areas it declares, besides {@link Area#BUILT_IN}
 */
record ProjectVocabulary(Path file, List<AttributeDeclaration> attributes, Map<String, String> where, Set<String> acts,
                         Map<String, Group> groups, Map<String, Double> constants, Map<String, Area> areas) {

    static final String FILE_NAME = "vocabulary.yaml";
    static final ProjectVocabulary NONE = new ProjectVocabulary(null, List.of(), Map.of(), Set.of(), Map.of(), Map.of(), Map.of());

    private static final Set<String> TOP = Set.of("attributes", "acts", "groups", "constants", "areas");
    private static final Set<String> ACT = Set.of("description");
    private static final Set<String> GROUP = Set.of("name", "members");
    private static final Set<String> MEMBER = Set.of("id", "name", "since", "until");
    private static final Pattern ACT_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern STATE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    /** A party group such as the members of NATO, each with the days it was a member. */
    record Group(String id, String name, List<Member> members) {
    }

    /** A member of a group: a party id, and its first and last day as a member (null: open). */
    record Member(String id, String name, LocalDate since, LocalDate until) {
    }

    ProjectVocabulary {
        attributes = List.copyOf(attributes);
        where = Map.copyOf(where);
        acts = Set.copyOf(acts);
        groups = Map.copyOf(groups);
        constants = Map.copyOf(constants);
        areas = Map.copyOf(areas);
    }

    /** The areas clauses may name: the built-in ones and the project's. */
    Map<String, Area> allAreas() {
        Map<String, Area> all = new java.util.TreeMap<>(Area.BUILT_IN);
        all.putAll(areas);
        return all;
    }

    /** The vocabulary of the project a draft folder belongs to: its parent folder's vocabulary.yaml, or none. */
    static ProjectVocabulary forDraft(Path draftFolder, List<Problem> problems) {
        Path file = draftFolder.normalize().resolveSibling(FILE_NAME);
        return Files.isRegularFile(file) ? read(file, problems) : NONE;
    }

    /** Reads the file; every problem is located and added to {@code problems}. */
    static ProjectVocabulary read(Path file, List<Problem> problems) {
        YamlNode root;
        try {
            root = YamlReader.read(file);
        } catch (dev.casus.model.InvalidInputException e) {
            problems.addAll(e.problems());
            return NONE;
        }
        MappingReader top = MappingReader.of(file, root, problems, FILE_NAME).allowOnly(TOP);
        List<AttributeDeclaration> attributes = new ArrayList<>();
        Map<String, String> where = new LinkedHashMap<>();
        if (top.has("attributes")) {
            attributes.addAll(DraftSpec.readAttributes(file, top.node("attributes"), problems));
            if (top.node("attributes") instanceof YamlNode.Mapping m) {
                m.entries().values().forEach(e -> where.put(e.key(), file + ":" + e.line() + ":" + e.column()));
            }
        }
        Set<String> acts = new HashSet<>();
        if (top.has("acts")) {
            List<String> builtIn = Arrays.stream(Act.values()).map(Described::yamlName).toList();
            MappingReader all = MappingReader.of(file, top.node("acts"), problems, "acts");
            for (YamlNode.Entry entry : all.mapping().entries().values()) {
                String name = entry.key();
                if (builtIn.contains(name)) {
                    problems.add(new Problem(file, entry.line(), entry.column(), "act '" + name
                            + "' is already a built-in act: remove it here, and write act: " + name + " in cases and Act."
                            + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + " in clauses"));
                } else if (!ACT_NAME.matcher(name).matches()) {
                    problems.add(new Problem(file, entry.line(), entry.column(), "act '" + name
                            + "' must be written in lower case with hyphens, such as grey-zone-harassment"));
                } else {
                    MappingReader.of(file, entry.value(), problems, "act '" + name + "'").allowOnly(ACT).text("description", true);
                    acts.add(name);
                }
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        if (top.has("groups")) {
            MappingReader all = MappingReader.of(file, top.node("groups"), problems, "groups");
            for (YamlNode.Entry entry : all.mapping().entries().values()) {
                MappingReader g = MappingReader.of(file, entry.value(), problems, "group '" + entry.key() + "'").allowOnly(GROUP);
                List<Member> members = new ArrayList<>();
                Set<String> ids = new HashSet<>();
                for (YamlNode node : g.list("members", true)) {
                    MappingReader m = MappingReader.of(file, node, problems, "a member of group '" + entry.key() + "'").allowOnly(MEMBER);
                    String id = m.text("id", true);
                    if (id != null && !STATE.matcher(id).matches()) {
                        m.problem(m.node("id"), "member '" + id + "' must be a State's code, such as PL");
                        id = null;
                    }
                    if (id != null && !ids.add(id)) {
                        m.problem(m.node("id"), "member '" + id + "' is listed twice in group '" + entry.key() + "'");
                    }
                    LocalDate since = DraftSpec.date(m, "since");
                    LocalDate until = DraftSpec.date(m, "until");
                    if (since != null && until != null && until.isBefore(since)) {
                        m.problem(m.node("until"), "member " + id + " is a member until " + until + ", before it becomes one on "
                                + since + ": 'until' is its last day as a member and cannot come before 'since'");
                    } else if (id != null) {
                        members.add(new Member(id, m.text("name", false), since, until));
                    }
                }
                groups.put(entry.key(), new Group(entry.key(), g.text("name", false), List.copyOf(members)));
            }
        }
        Map<String, Double> constants = new LinkedHashMap<>();
        if (top.has("constants")) {
            MappingReader all = MappingReader.of(file, top.node("constants"), problems, "constants");
            for (YamlNode.Entry entry : all.mapping().entries().values()) {
                if (!CONSTANT_NAME.matcher(entry.key()).matches()) {
                    problems.add(new Problem(file, entry.line(), entry.column(), "constant '" + entry.key()
                            + "' must be a single word of letters, digits, '-' or '_', such as mass-casualty"));
                } else if (entry.value() instanceof YamlNode.Scalar s
                        && (s.kind() == YamlNode.Scalar.Kind.INTEGER || s.kind() == YamlNode.Scalar.Kind.DECIMAL)
                        && Double.isFinite(Double.parseDouble(s.text()))) {
                    constants.put(entry.key(), Double.parseDouble(s.text()));
                } else {
                    YamlNode v = entry.value();
                    problems.add(new Problem(file, v.line(), v.column(), "constant '" + entry.key() + "' must be a number, such as "
                            + entry.key() + ": 10, not " + (v instanceof YamlNode.Scalar s && s.text() != null ? "'" + s.text() + "'" : v.shape())));
                }
            }
        }
        Map<String, Area> areas = top.has("areas") ? Area.read(file, top.node("areas"), false, problems) : Map.of();
        return new ProjectVocabulary(file, attributes, where, acts, groups, constants, areas);
    }

    /** A group by id, or a problem at {@code at} naming the groups there are. */
    Group group(String id, MappingReader reader, YamlNode at) {
        Group group = groups.get(id);
        if (group == null) {
            reader.problem(at, "no group '" + id + "'" + (groups.isEmpty()
                    ? ": declare it under groups: in rules/" + FILE_NAME
                    : " in " + file + Suggest.hint(id, groups.keySet()) + "; the groups are " + String.join(", ", new java.util.TreeSet<>(groups.keySet()))));
        }
        return group;
    }
}
