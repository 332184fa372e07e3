package dev.casus.draft;

import dev.casus.model.InvalidInputException;

import dev.casus.model.Problem;
import dev.casus.engine.Deadlines;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Commitment;
import dev.casus.model.Party.Condition;
import dev.casus.model.Party;
import dev.casus.model.Role;
import dev.casus.vocabulary.ValueType;
import dev.casus.yaml.MappingReader;
import dev.casus.yaml.Suggest;
import dev.casus.yaml.YamlNode;
import dev.casus.yaml.YamlReader;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The contents of a draft.yaml, read with every problem located. */
record DraftSpec(String title, String version, String model, List<Source> sources,
                 List<AttributeDeclaration> attributes, List<Party> parties, List<Commitment> commitments, InForce inForce,
                 List<Commitment.Decision> decisions, Set<String> acts) {

    private static final Set<String> TOP = Set.of("title", "version", "model", "sources", "attributes", "parties", "commitments",
            "inForce", "decisions");
    private static final Set<String> DECISION = Set.of("id", "by", "text");
    /** The {@code by} of a decision any party may take: "whenever, in the opinion of any of them". */
    private static final String ANY_PARTY = "party";
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern BODY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> IN_FORCE = Set.of("from", "until");
    private static final Set<String> SOURCE = Set.of("instrument", "article", "note");
    private static final Set<String> ATTRIBUTE = Set.of("type", "values", "description");
    private static final Set<String> PARTY = Set.of("id", "name", "role", "conditions", "since", "until");
    private static final Set<String> GROUP_PARTY = Set.of("group", "role");
    private static final Set<String> CONDITION = Set.of("text", "commitments", "decision");
    private static final Set<String> COMMITMENT = Set.of("id", "wording", "deadline", "parties", "awaits", "discretion");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern LOOSE_ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** A party's condition that a case may state met or not, under its decision id. */
    private record Approval(String party, String name, Condition condition, MappingReader reader) {
    }

    private record ConditionCheck(MappingReader reader, List<String> commitments) {
    }

    static DraftSpec read(Path file, List<Problem> problems) {
        return read(file, problems, ProjectVocabulary.NONE);
    }

    /** Reads a draft.yaml that also sees the attributes and party groups of the project's vocabulary.yaml. */
    static DraftSpec read(Path file, List<Problem> problems, ProjectVocabulary vocabulary) {
        YamlNode root;
        try {
            root = YamlReader.read(file);
        } catch (dev.casus.model.InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
        MappingReader top = MappingReader.of(file, root, problems, "draft.yaml").allowOnly(TOP);
        String title = top.text("title", true);
        String version = top.text("version", false);
        String model = top.text("model", false);
        InForce inForce = InForce.ALWAYS;
        if (top.has("inForce")) {
            MappingReader f = MappingReader.of(file, top.node("inForce"), problems, "inForce").allowOnly(IN_FORCE);
            LocalDate from = date(f, "from");
            LocalDate until = date(f, "until");
            if (top.node("inForce") instanceof YamlNode.Mapping && !f.has("from")) {
                f.problem(null, "inForce needs 'from': the day the draft enters into force, such as from: 1949-08-24");
            }
            if (from != null && until != null && until.isBefore(from)) {
                f.problem(f.node("until"), "inForce runs until " + until + ", before it enters into force on " + from
                        + ": 'until' is the last day in force and cannot come before 'from'");
            } else if (from != null) {
                inForce = new InForce(from, until);
            }
        }

        List<Source> sources = new ArrayList<>();
        for (YamlNode node : top.list("sources", false)) {
            MappingReader s = MappingReader.of(file, node, problems, "a source").allowOnly(SOURCE);
            sources.add(new Source(s.text("instrument", true), s.text("article", false), s.text("note", false)));
        }

        List<AttributeDeclaration> attributes = new ArrayList<>(vocabulary.attributes());
        if (top.has("attributes")) {
            List<AttributeDeclaration> own = readAttributes(file, top.node("attributes"), problems);
            Map<String, YamlNode.Entry> entries = top.node("attributes") instanceof YamlNode.Mapping m ? m.entries() : Map.of();
            for (AttributeDeclaration a : own) {
                AttributeDeclaration shared = vocabulary.attributes().stream().filter(v -> v.name().equals(a.name())).findFirst().orElse(null);
                YamlNode.Entry entry = entries.get(a.name());
                if (shared == null) {
                    attributes.add(a);
                } else if (shared.type() != a.type() || !shared.values().equals(a.values())) {
                    problems.add(new Problem(file, entry == null ? 0 : entry.line(), entry == null ? 0 : entry.column(), "attribute '"
                            + a.name() + "' is declared here as " + describe(a) + " and in " + vocabulary.where().get(a.name())
                            + " as " + describe(shared) + ": remove one of them, or give it another name"));
                }
            }
        }

        List<Party> parties = new ArrayList<>();
        Set<String> partyIds = new HashSet<>();
        List<ConditionCheck> conditionChecks = new ArrayList<>();
        List<Approval> approvals = new ArrayList<>();
        for (YamlNode node : top.list("parties", true)) {
            if (node instanceof YamlNode.Mapping m && m.entries().containsKey("group")) {
                MappingReader g = MappingReader.of(file, node, problems, "a party group").allowOnly(GROUP_PARTY);
                Role role = role(g);
                String groupId = g.text("group", true);
                ProjectVocabulary.Group group = groupId == null ? null : vocabulary.group(groupId, g, g.node("group"));
                if (group != null) {
                    for (ProjectVocabulary.Member member : group.members()) {
                        if (!partyIds.add(member.id())) {
                            g.problem(g.node("group"), "party '" + member.id() + "' of group '" + groupId + "' is declared twice");
                        } else if (role != null) {
                            parties.add(new Party(member.id(), member.name(), role, List.of(), member.since(), member.until()));
                        }
                    }
                }
                continue;
            }
            MappingReader p = MappingReader.of(file, node, problems, "a party").allowOnly(PARTY);
            String id = p.text("id", true);
            Role role = role(p);
            List<Condition> conditions = new ArrayList<>();
            for (YamlNode c : p.list("conditions", false)) {
                MappingReader cr = MappingReader.of(file, c, problems, "a condition").allowOnly(CONDITION);
                List<String> applies = cr.texts("commitments");
                String decision = cr.text("decision", false);
                if (decision != null && !ID.matcher(decision).matches()) {
                    cr.problem(cr.node("decision"), "decision id '" + decision + "' must be a single word of letters, digits, '-' or '_'");
                    decision = null;
                }
                Condition condition = new Condition(cr.text("text", true), new LinkedHashSet<>(applies), decision);
                conditions.add(condition);
                if (decision != null && id != null) {
                    approvals.add(new Approval(id, p.text("name", false), condition, cr));
                }
                conditionChecks.add(new ConditionCheck(cr, applies));
            }
            if (id != null && !partyIds.add(id)) {
                p.problem(p.node("id"), "party '" + id + "' is declared twice");
            }
            LocalDate since = date(p, "since");
            LocalDate until = date(p, "until");
            boolean datesAgree = since == null || until == null || !until.isBefore(since);
            if (!datesAgree) {
                p.problem(p.node("until"), "party " + (id == null ? "" : id + " ") + "is a party until " + until
                        + ", before it becomes one on " + since + ": 'until' is its last day as a party and cannot come before 'since'");
            }
            if (id != null && role != null && datesAgree) {
                parties.add(new Party(id, p.text("name", false), role, conditions, since, until));
            }
        }

        Map<String, Commitment.Decision> decisions = decisions(file, top, parties, partyIds, problems);
        for (Approval a : approvals) {
            // a party's condition with a decision id is a decision that party takes, which a case may state
            if (decisions.containsKey(a.condition().decision())) {
                a.reader().problem(a.reader().node("decision"), "decision '" + a.condition().decision()
                        + "' is declared twice: once under decisions or another condition, once here");
                continue;
            }
            decisions.put(a.condition().decision(), new Commitment.Decision(a.condition().decision(), a.party(),
                    a.name() == null ? a.party() : a.name(), a.condition().text() == null ? "" : a.condition().text()));
        }
        for (Commitment.Decision d : decisions.values()) {
            if (d == null) {
                continue;
            }
            // the values are the parties a case may name as taking it ({by: [PL]}): none for the victim or a body
            List<String> takers = d.by().equals(ANY_PARTY) ? parties.stream().map(Party::id).sorted().toList()
                    : partyIds.contains(d.by()) ? List.of(d.by()) : List.of();
            attributes.add(new AttributeDeclaration(d.field(), ValueType.BOOLEAN, takers, d.describe()));
        }

        List<Commitment> commitments = new ArrayList<>();
        Set<String> commitmentIds = new HashSet<>();
        for (YamlNode node : top.list("commitments", true)) {
            MappingReader c = MappingReader.of(file, node, problems, "a commitment").allowOnly(COMMITMENT);
            String id = c.text("id", true);
            if (id != null && !ID.matcher(id).matches()) {
                c.problem(c.node("id"), "commitment id '" + id + "' must be a single word of letters, digits, '-' or '_'");
            }
            String wording = c.text("wording", true);
            Duration deadline = null;
            String deadlineText = c.text("deadline", false);
            if (deadlineText != null) {
                try {
                    deadline = Deadlines.parse(deadlineText);
                } catch (IllegalArgumentException e) {
                    c.problem(c.node("deadline"), e.getMessage());
                }
            }
            List<String> owers = c.texts("parties");
            for (String ower : owers) {
                if (!partyIds.contains(ower)) {
                    c.problem(c.node("parties"), "commitment '" + id + "' names party '" + ower
                            + "', which is not declared under parties" + Suggest.hint(ower, partyIds));
                }
            }
            if (id != null && !commitmentIds.add(id)) {
                c.problem(c.node("id"), "commitment '" + id + "' is declared twice");
            }
            List<Commitment.Decision> awaits = new ArrayList<>();
            for (String awaited : c.texts("awaits")) {
                Commitment.Decision d = decisions.get(awaited);
                if (!decisions.containsKey(awaited)) {
                    c.problem(c.node("awaits"), "commitment '" + id + "' awaits decision '" + awaited + "', which is not declared under decisions"
                            + (decisions.isEmpty() ? "" : Suggest.hint(awaited, decisions.keySet())));
                } else if (d != null) {
                    awaits.add(d);
                }
            }
            String discretion = c.text("discretion", false);
            if (discretion != null && !discretion.equals("content")) {
                c.problem(c.node("discretion"), "commitment '" + id + "': 'discretion' is 'content' (the party chooses what "
                        + "the response is), not '" + discretion + "'" + Suggest.hint(discretion, List.of("content")));
            }
            if (id != null) {
                commitments.add(new Commitment(id, wording == null ? "" : wording, deadline, owers, c.lineOf("id"), awaits,
                        "content".equals(discretion)));
            }
        }
        for (ConditionCheck check : conditionChecks) {
            MappingReader cr = check.reader();
            for (String commitment : check.commitments()) {
                if (!commitmentIds.contains(commitment)) {
                    cr.problem(cr.node("commitments"), "condition names commitment '" + commitment
                            + "', which is not declared under commitments" + Suggest.hint(commitment, commitmentIds));
                }
            }
        }
        return new DraftSpec(title, version == null ? "" : version, model == null ? "" : model, List.copyOf(sources),
                List.copyOf(attributes), List.copyOf(parties), List.copyOf(commitments), inForce,
                decisions.values().stream().filter(java.util.Objects::nonNull).toList(), Set.copyOf(vocabulary.acts()));
    }

    /**
     * The decisions declared under {@code decisions:}, by id (null for one whose {@code by} is wrong): who takes each is {@code victim}, a declared
     * party (a State's code), or a body written in lower case with hyphens.
     */
    private static Map<String, Commitment.Decision> decisions(Path file, MappingReader top, List<Party> parties,
                                                              Set<String> partyIds, List<Problem> problems) {
        Map<String, Commitment.Decision> decisions = new LinkedHashMap<>();
        for (YamlNode node : top.list("decisions", false)) {
            MappingReader d = MappingReader.of(file, node, problems, "a decision").allowOnly(DECISION);
            String id = d.text("id", true);
            String by = d.text("by", true);
            String text = d.text("text", true);
            if (id != null && !ID.matcher(id).matches()) {
                d.problem(d.node("id"), "decision id '" + id + "' must be a single word of letters, digits, '-' or '_'");
                continue;
            }
            if (id != null && decisions.containsKey(id)) {
                d.problem(d.node("id"), "decision '" + id + "' is declared twice");
                continue;
            }
            String who = null;
            if (by != null) {
                if (by.equals("victim")) {
                    who = "the State attacked";
                } else if (by.equals(ANY_PARTY)) {
                    who = "any party";
                } else if (partyIds.contains(by)) {
                    who = parties.stream().filter(p -> p.id().equals(by)).map(p -> p.name() == null ? p.id() : p.name())
                            .findFirst().orElse(by);
                } else if (STATE_CODE.matcher(by).matches()) {
                    d.problem(d.node("by"), "decision '" + id + "' is taken by '" + by
                            + "', which is not declared under parties" + Suggest.hint(by, partyIds)
                            + "; a body that decides is written in lower case, e.g. north-atlantic-council");
                } else if (BODY.matcher(by).matches()) {
                    who = "the " + bodyName(by);
                } else {
                    d.problem(d.node("by"), "decision '" + id + "': 'by' is 'victim', 'party' (any party), a party's id ("
                            + String.join(", ", new java.util.TreeSet<>(partyIds)) + ") or a body written in lower case with hyphens, "
                            + "e.g. north-atlantic-council, not '" + by + "'");
                }
            }
            if (id != null) {
                // a decision with a wrong 'by' is known by its id, so a commitment awaiting it raises no second problem
                decisions.put(id, who == null ? null : new Commitment.Decision(id, by, who, text == null ? "" : text));
            }
        }
        return decisions;
    }

    /** A body's id in words: north-atlantic-council is "North Atlantic Council"; short joining words stay lower case. */
    private static String bodyName(String by) {
        List<String> words = new ArrayList<>();
        for (String word : by.split("-")) {
            words.add(Set.of("of", "the", "and", "for", "on").contains(word) ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", words);
    }

    /** The {@code attributes:} mapping of a draft.yaml or of the project's vocabulary.yaml. */
    static List<AttributeDeclaration> readAttributes(Path file, YamlNode attributesNode, List<Problem> problems) {
        List<AttributeDeclaration> attributes = new ArrayList<>();
        MappingReader all = MappingReader.of(file, attributesNode, problems, "attributes");
        for (YamlNode.Entry entry : all.mapping().entries().values()) {
            MappingReader a = MappingReader.of(file, entry.value(), problems, "attribute '" + entry.key() + "'")
                    .allowOnly(ATTRIBUTE);
            String typeText = a.text("type", true);
            ValueType type = null;
            if (typeText != null) {
                List<String> allowed = Arrays.stream(ValueType.values()).filter(t -> t != ValueType.TIME && t != ValueType.STATES)
                        .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
                if (allowed.contains(typeText)) {
                    type = ValueType.valueOf(typeText.toUpperCase(Locale.ROOT));
                } else {
                    a.problem(a.node("type"), "unknown attribute type '" + typeText + "': use one of "
                            + String.join(", ", allowed) + Suggest.hint(typeText, allowed));
                }
            }
            if (dev.casus.vocabulary.IncidentField.byKey(entry.key()).isPresent() || entry.key().equals("extra")) {
                problems.add(new Problem(file, entry.line(), entry.column(), "attribute '" + entry.key()
                        + "' has the name of an incident field (docs/vocabulary.md): give the extra attribute another name"));
                type = null;
            }
            List<String> values = a.texts("values");
            if (type == ValueType.ENUM && values.isEmpty()) {
                a.problem(a.node("type"), "attribute '" + entry.key() + "' of type enum needs 'values'");
            }
            if (type != null) {
                attributes.add(new AttributeDeclaration(entry.key(), type, values, a.text("description", false)));
            }
        }
        return attributes;
    }

    private static Role role(MappingReader p) {
        String roleText = p.text("role", true);
        Role role = null;
        if (roleText != null) {
            List<String> roles = Arrays.stream(Role.values()).map(Role::yamlName).toList();
            role = Arrays.stream(Role.values()).filter(r -> r.yamlName().equals(roleText)).findFirst().orElse(null);
            if (role == null) {
                p.problem(p.node("role"), "unknown role '" + roleText + "': use one of " + String.join(", ", roles)
                        + Suggest.hint(roleText, roles));
            }
        }
        return role;
    }

    private static String describe(AttributeDeclaration a) {
        return a.type() == ValueType.ENUM ? "enum " + a.values() : a.type().name().toLowerCase(Locale.ROOT);
    }

    /**
     * A date field written YYYY-MM-DD; null when absent or wrong, with a located problem for a value that is
     * not a date (a wrong format, with the ISO form as a hint where it can be read, or a day that does not exist).
     */
    static LocalDate date(MappingReader reader, String key) {
        YamlNode node = reader.node(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar s) || s.text() == null) {
            reader.problem(node, "'" + key + "' must be a date written YYYY-MM-DD, such as 1949-08-24, not "
                    + (node instanceof YamlNode.Scalar ? "empty" : node.shape()));
            return null;
        }
        String text = s.text().strip();
        java.util.regex.Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            try {
                return LocalDate.parse(text, STRICT_DATE);
            } catch (DateTimeParseException e) {
                reader.problem(node, "'" + key + "': " + text + " is not a day of the calendar" + whyNotADay(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
                return null;
            }
        }
        String hint = "";
        java.util.regex.Matcher dayFirst = DAY_FIRST.matcher(text);
        java.util.regex.Matcher loose = LOOSE_ISO.matcher(text);
        if (dayFirst.matches()) {
            hint = isoHint(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        } else if (loose.matches()) {
            hint = isoHint(loose.group(1), loose.group(2), loose.group(3));
        }
        reader.problem(node, "'" + key + "' must be a date written YYYY-MM-DD, such as 1949-08-24, not '" + text + "'" + hint);
        return null;
    }

    private static String isoHint(String year, String month, String day) {
        String candidate = year + "-" + (month.length() == 1 ? "0" + month : month) + "-" + (day.length() == 1 ? "0" + day : day);
        try {
            LocalDate.parse(candidate, STRICT_DATE);
            return " (did you mean " + candidate + "?)";
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String whyNotADay(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return ": there is no month " + month;
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return ": " + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + ym.lengthOfMonth() + " days";
        }
        return "";
    }
}
