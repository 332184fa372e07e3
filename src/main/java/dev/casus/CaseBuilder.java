package dev.casus;

import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Case;
import dev.casus.model.Described;
import dev.casus.vocabulary.IncidentField;
import dev.casus.model.Uncertain;
import dev.casus.vocabulary.ValueType;
import dev.casus.yaml.Suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a case for {@link Draft#analyse}, field by field, checked against the draft's vocabulary as
 * a case file is: an unknown field or a value of the wrong type is refused at once, with the nearest
 * valid name. Obtain one with {@link Draft#newCase(String)}.
 *
 * <pre>{@code
 * Case toll = draft.newCase("toll")
 *         .set("act", Act.MISSILE_STRIKE).set("country", "UA")
 *         .between("killed", 0, 40).unknown("attribution")
 *         .build();
 * Case twoAccounts = draft.newCase("shoot-down")
 *         .set("act", Act.ATTACK_ON_FORCES).set("actor", "TR")
 *         .scenario("turkish-account", "Over Turkish airspace").set("country", "TR").set("zone", Zone.AIRSPACE)
 *         .scenario("russian-account", "Over Syria").set("country", "SY")
 *         .build();
 * }</pre>
 */
public final class CaseBuilder {

    private final String id;
    private final Map<String, AttributeDeclaration> attributes;
    private final Set<String> acts;
    private final List<Case.Event> events = new ArrayList<>();
    private String title;
    private String eventId = "e1";
    private SortedMap<String, Uncertain> fields = new TreeMap<>();
    private final Map<String, String> scenarioTitles = new LinkedHashMap<>();
    private final Map<String, SortedMap<String, Uncertain>> scenarioChanges = new LinkedHashMap<>();
    private SortedMap<String, Uncertain> base;
    private SortedMap<String, Uncertain> beforeUpdates;
    private final Map<String, SortedMap<String, Uncertain>> updateChanges = new LinkedHashMap<>();
    private final List<java.time.Instant> updateMoments = new ArrayList<>();
    private final Map<String, String> updateNotes = new java.util.HashMap<>();

    CaseBuilder(String id, List<AttributeDeclaration> attributes) {
        this(id, attributes, Set.of());
    }

    /** @param acts the acts the project's vocabulary.yaml declares, which {@code act} may take as text */
    CaseBuilder(String id, List<AttributeDeclaration> attributes, Set<String> acts) {
        this.acts = Set.copyOf(acts);
        this.id = requireText(id, "id");
        this.title = id;
        Map<String, AttributeDeclaration> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.name(), a));
        this.attributes = byName;
    }

    /** The case's title, as reports show it; the id by default. */
    public CaseBuilder title(String title) {
        this.title = requireText(title, "title");
        return this;
    }

    /** Ends the current incident and starts the next one of a timeline, named {@code eventId}. */
    public CaseBuilder event(String eventId) {
        requireText(eventId, "eventId");
        if (beforeUpdates != null) {
            throw new IllegalArgumentException("updates say what became known about a single incident; in a timeline "
                    + "each incident has its own time");
        }
        if (base != null) {
            throw new IllegalArgumentException("a case with scenarios is a single incident: give each account of a "
                    + "timeline as a case of its own");
        }
        if (!fields.isEmpty()) {
            events.add(new Case.Event(this.eventId, fields, 0));
            fields = new TreeMap<>();
        }
        this.eventId = eventId;
        return this;
    }

    /**
     * Starts a named account of the incident: the fields set after it are what this account states
     * differently from the fields set before the first scenario. Worlds expand within each account,
     * never across them; an answer that differs between accounts depends on {@code scenario}.
     */
    public CaseBuilder scenario(String name, String title) {
        requireText(name, "name");
        if (beforeUpdates != null) {
            throw new IllegalArgumentException("give the scenarios before the updates: an update changes every account");
        }
        if (!events.isEmpty() || (base == null && !eventId.equals("e1"))) {
            throw new IllegalArgumentException("a case with scenarios is a single incident: give each account of a "
                    + "timeline as a case of its own");
        }
        if (base == null) {
            base = fields;
        }
        if (scenarioChanges.containsKey(name)) {
            throw new IllegalArgumentException("scenario '" + name + "' is given twice");
        }
        fields = new TreeMap<>();
        scenarioChanges.put(name, fields);
        scenarioTitles.put(name, title == null || title.isBlank() ? name : title);
        return this;
    }

    /**
     * A field known exactly: an enum constant or its case-file spelling, a number, a boolean, a text or a
     * time; for {@code victim}, a State code ({@code "UA"}) or a collection of the States attacked at once
     * ({@code List.of("PL", "LT")}); for {@code country}, a code or a collection of the countries where it
     * happened at once ({@code List.of("DK", "SE")}).
     */
    public CaseBuilder set(String field, Object value) {
        fields.put(check(field), new Uncertain.Exactly(convert(field, value)));
        return this;
    }

    /**
     * A field that is one of these values, not known which: {@code oneOf("victim", "PL", "LT")} is
     * "PL or LT"; an alternative may itself be a collection of States attacked at once.
     */
    public CaseBuilder oneOf(String field, Object... values) {
        String name = check(field);
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("'" + field + "' needs at least one alternative");
        }
        List<Object> converted = Arrays.stream(values).map(v -> convert(field, v)).distinct().toList();
        fields.put(name, converted.size() == 1 ? new Uncertain.Exactly(converted.get(0)) : new Uncertain.OneOf(converted));
        return this;
    }

    /** A number somewhere from {@code from} to {@code to}, both included. */
    public CaseBuilder between(String field, double from, double to) {
        String name = check(field);
        if (!typeOf(name).isNumeric()) {
            throw new IllegalArgumentException("'" + field + "' is not a number, so it cannot be given as a range");
        }
        if (!(from <= to)) {
            throw new IllegalArgumentException("the range of '" + field + "' runs from " + from + " down to " + to
                    + ": give the smaller end first");
        }
        fields.put(name, from == to ? new Uncertain.Exactly(convert(field, from)) : new Uncertain.Between(from, to));
        return this;
    }

    /** A field that may take any value of its domain: one possible world each. */
    public CaseBuilder unknown(String field) {
        fields.put(check(field), new Uncertain.Unknown());
        return this;
    }

    /**
     * States a decision draft.yaml declares under {@code decisions:}: {@code decided("request", true)} is
     * "the request was made", false that it was not. A commitment awaiting a decision no case states is conditional.
     */
    public CaseBuilder decided(String decision, boolean taken) {
        fields.put(decision(decision), new Uncertain.Exactly(taken));
        return this;
    }

    /**
     * States a decision taken by the named parties, as a case file's {@code {by: [PL]}}: each must be a party
     * that may take it (any party for {@code by: party}, or the one party draft.yaml names).
     */
    public CaseBuilder decidedBy(String decision, String... parties) {
        String field = decision(decision);
        List<String> takers = attributes.get(field).values();
        if (parties.length == 0) {
            throw new IllegalArgumentException("decision '" + decision + "': name the parties that took it");
        }
        for (String party : parties) {
            if (!takers.contains(party)) {
                throw new IllegalArgumentException(takers.isEmpty()
                        ? "decision '" + decision + "' is not taken by a party: use decided(\"" + decision + "\", true)"
                        : "decision '" + decision + "' is taken by '" + party + "', which is not a party that may take it ("
                                + String.join(", ", takers) + ")");
            }
        }
        fields.put(field, new Uncertain.Exactly(true));
        return this;
    }

    /** A decision not known to be taken or not: one possible world for each. */
    public CaseBuilder decisionUnknown(String decision) {
        fields.put(decision(decision), new Uncertain.Unknown());
        return this;
    }

    private String decision(String decision) {
        requireText(decision, "decision");
        String field = dev.casus.model.Commitment.Decision.FIELD_PREFIX + decision;
        if (attributes.containsKey(field)) {
            return field;
        }
        TreeSet<String> known = new TreeSet<>();
        attributes.keySet().stream().filter(k -> k.startsWith(dev.casus.model.Commitment.Decision.FIELD_PREFIX))
                .forEach(k -> known.add(k.substring(dev.casus.model.Commitment.Decision.FIELD_PREFIX.length())));
        throw new IllegalArgumentException("unknown decision '" + decision + "': the draft declares "
                + (known.isEmpty() ? "no decisions" : "the decisions " + String.join(", ", known)) + Suggest.hint(decision, known));
    }

    /**
     * Starts what became known on a date ({@code 2001-10-02}, or an ISO-8601 time): the fields set after it
     * are the facts it states anew, as a case file's {@code updates:} entry. The case is answered on
     * everything known, with its answers as of each date in {@link dev.casus.api.CaseAnalysis#history()}.
     */
    public CaseBuilder knownOn(String at, String note) {
        requireText(at, "at");
        if (!events.isEmpty() || (base == null && !eventId.equals("e1"))) {
            throw new IllegalArgumentException("updates say what became known about a single incident; in a timeline "
                    + "each incident has its own time");
        }
        java.time.Instant from = moment(at);
        if (!updateChanges.isEmpty() && !from.isAfter(updateMoments.get(updateMoments.size() - 1))) {
            throw new IllegalArgumentException("update at " + at + " does not come after the one before it: give updates "
                    + "in the order they became known, one per date");
        }
        if (beforeUpdates == null) {
            beforeUpdates = fields;
        }
        fields = new TreeMap<>();
        updateChanges.put(at, fields);
        updateMoments.add(from);
        updateNotes.put(at, note);
        return this;
    }

    private static java.time.Instant moment(String at) {
        java.time.Instant from = IncidentField.parseTime(at);
        if (from == null) {
            throw new IllegalArgumentException("'at' must be a day such as 2001-10-02 or an ISO-8601 time such as "
                    + "2001-10-02T14:00:00Z, not '" + at + "'");
        }
        return from;
    }

    /** The case: one incident, or the timeline of every {@link #event(String)} started, with what became known when. */
    public Case build() {
        if (beforeUpdates == null) {
            return buildKnown();
        }
        SortedMap<String, Uncertain> latest = fields;
        fields = beforeUpdates;
        try {
            Case known = buildKnown();
            List<Case.Update> updates = new ArrayList<>();
            int k = 0;
            for (Map.Entry<String, SortedMap<String, Uncertain>> u : updateChanges.entrySet()) {
                java.time.Instant from = updateMoments.get(k++);
                if (u.getValue().isEmpty()) {
                    throw new IllegalArgumentException("update at " + u.getKey() + " changes nothing: set the fields that became known");
                }
                if (known.events().size() == 1 && known.events().get(0).fields().get("time") instanceof Uncertain.Exactly t
                        && t.value() instanceof java.time.Instant happened && Case.Update.before(u.getKey(), from, happened)) {
                    throw new IllegalArgumentException("update at " + u.getKey() + " comes before the incident itself (" + happened + ")");
                }
                updates.add(new Case.Update(u.getKey(), from, u.getValue(), updateNotes.get(u.getKey()), List.of(), 0));
            }
            return new Case(known.id(), known.title(), known.file(), 0, known.events(), List.of(), Map.of(), known.scenarios(), updates);
        } finally {
            fields = latest;
        }
    }

    private Case buildKnown() {
        if (base != null) {
            List<Case.Scenario> scenarios = new ArrayList<>();
            scenarioChanges.forEach((name, changes) -> {
                SortedMap<String, Uncertain> all = new TreeMap<>(base);
                all.putAll(changes);
                if (all.equals(base)) {
                    throw new IllegalArgumentException("scenario '" + name + "' changes nothing: set the fields this "
                            + "account states differently");
                }
                scenarios.add(new Case.Scenario(name, scenarioTitles.get(name), List.of(new Case.Event(eventId, all, 0)), 0));
            });
            List<Case.Event> shared = base.isEmpty() ? List.of() : List.of(new Case.Event(eventId, base, 0));
            return new Case(id, title, java.nio.file.Path.of(id), 0, shared, List.of(), Map.of(), scenarios);
        }
        List<Case.Event> all = new ArrayList<>(events);
        all.add(new Case.Event(eventId, fields, 0));
        return new Case(id, title, java.nio.file.Path.of(id), 0, all, List.of(), Map.of());
    }

    /** Checks every field of a case against the draft's vocabulary; the message names the nearest valid field. */
    static void checkFields(Case c, List<AttributeDeclaration> attributes) {
        checkFields(c, attributes, Set.of());
    }

    static void checkFields(Case c, List<AttributeDeclaration> attributes, Set<String> acts) {
        CaseBuilder checker = new CaseBuilder(c.id(), attributes, acts);
        c.events().forEach(e -> e.fields().keySet().forEach(checker::check));
        c.scenarios().forEach(s -> s.events().forEach(e -> e.fields().keySet().forEach(checker::check)));
        c.updates().forEach(u -> u.changes().keySet().forEach(checker::check));
    }

    private String check(String field) {
        requireText(field, "field");
        if (IncidentField.byKey(field).isPresent() || attributes.containsKey(field)) {
            return field;
        }
        TreeSet<String> known = new TreeSet<>(attributes.keySet());
        Arrays.stream(IncidentField.values()).forEach(f -> known.add(f.key()));
        throw new IllegalArgumentException("unknown field '" + field + "' in an incident" + Suggest.hint(field, known)
                + "; see docs/vocabulary.md");
    }

    private ValueType typeOf(String field) {
        return IncidentField.byKey(field).map(IncidentField::type).orElseGet(() -> attributes.get(field).type());
    }

    private Object convert(String field, Object value) {
        Objects.requireNonNull(value, () -> "the value of '" + field + "' must not be null");
        ValueType type = typeOf(field);
        Object converted = switch (type) {
            case ENUM -> enumValue(field, value);
            case INTEGER -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && n.doubleValue() >= 0 && n.doubleValue() <= Integer.MAX_VALUE ? (Object) n.intValue() : null;
            case DECIMAL -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? (Object) n.doubleValue() : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case TEXT -> value instanceof String ? value
                    : field.equals(IncidentField.COUNTRY.key()) && value instanceof Collection<?> ? places(value) : null;
            case TIME -> value instanceof Instant ? value : null;
            case STATES -> states(value);
        };
        if (converted == null) {
            throw new IllegalArgumentException("'" + field + "' must be " + describe(type) + ", not " + value);
        }
        return converted;
    }

    /** Countries where it happened at once: one as its code, several as a sorted list; null when not codes. */
    private static Object places(Object value) {
        List<String> states = states(value);
        return states == null ? null : states.size() == 1 ? states.get(0) : states;
    }

    /** A State code, or a non-empty collection of them, as a sorted list; null when it is neither. */
    private static List<String> states(Object value) {
        Collection<?> given = value instanceof Collection<?> c ? c : List.of(value);
        TreeSet<String> states = new TreeSet<>();
        for (Object state : given) {
            if (!(state instanceof String text) || !text.matches("[A-Za-z][A-Za-z0-9-]*")) {
                return null;
            }
            states.add(text);
        }
        return states.isEmpty() ? null : List.copyOf(states);
    }

    private Object enumValue(String field, Object value) {
        IncidentField core = IncidentField.byKey(field).orElse(null);
        List<String> spellings = core != null ? core.allowedValues().stream().map(Described::yamlName).toList()
                : attributes.get(field).values();
        if (core != null && core.enumType().isInstance(value)) {
            return value;
        }
        String spelled = value.toString().toLowerCase(Locale.ROOT).replace('_', '-');
        if (core != null) {
            for (Described d : core.allowedValues()) {
                if (d.yamlName().equals(spelled)) {
                    return d;
                }
            }
            if (core == IncidentField.ACT && acts.contains(value.toString())) {
                return value.toString();
            }
            if (core == IncidentField.ACT && !acts.isEmpty()) {
                spellings = new java.util.ArrayList<>(spellings);
                spellings.addAll(acts);
            }
        } else if (spellings.contains(value.toString())) {
            return value.toString();
        }
        throw new IllegalArgumentException("unknown value '" + value + "' for " + field + Suggest.hint(spelled, spellings)
                + "; allowed: " + String.join(", ", spellings));
    }

    private static String describe(ValueType type) {
        return switch (type) {
            case INTEGER -> "a whole number from 0 up";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "a text";
            case TIME -> "an Instant";
            case STATES -> "a State code such as \"UA\", or a non-empty collection of them";
            case ENUM -> "one of its values";
        };
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }
}
