package dev.casus.properties;

import dev.casus.model.Case;
import dev.casus.model.Incident;
import dev.casus.vocabulary.IncidentField;
import dev.casus.model.Uncertain;
import dev.casus.vocabulary.ValueType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A generated case: one incident or a timeline, each field known or uncertain. It knows, from the
 * README's rules, how many possible worlds it has against a {@link DraftModel}.
 */
record CaseModel(List<Event> events) {

    /** The offset the oracle uses for "just beside" a decimal threshold: any value closer than the next threshold will do. */
    private static final double BESIDE = 0.001;

    CaseModel {
        events = List.copyOf(events);
    }

    /** One incident of the case. */
    record Event(String id, SortedMap<Field, Uncertain> fields) {

        Event {
            fields = new TreeMap<>(fields);
        }

        /** The event with one field replaced. */
        Event with(Field field, Uncertain value) {
            SortedMap<Field, Uncertain> copy = new TreeMap<>(fields);
            copy.put(field, value);
            return new Event(id, copy);
        }

        Case.Event toCaseEvent() {
            SortedMap<String, Uncertain> byKey = new TreeMap<>();
            fields.forEach((f, u) -> byKey.put(f.key(), u));
            return new Case.Event(id, byKey, 0);
        }

        /** The concrete incident, for an event whose other fields are all known, with {@code field} set to {@code value}. */
        Incident incident(Field field, Object value) {
            Incident.Builder builder = Incident.builder(id);
            fields.forEach((f, u) -> set(builder, f, f == field ? value : ((Uncertain.Exactly) u).value()));
            return builder.build();
        }
    }

    static CaseModel of(Event... events) {
        return new CaseModel(List.of(events));
    }

    Case toCase(String id) {
        return Case.of(id, events.stream().map(Event::toCaseEvent).toList());
    }

    /** The number of possible worlds the README promises against the draft. */
    long expectedWorlds(DraftModel draft) {
        long count = 1;
        for (Event e : events) {
            for (Map.Entry<Field, Uncertain> f : e.fields().entrySet()) {
                count *= candidates(draft, f.getKey(), f.getValue());
            }
        }
        return count;
    }

    /** The keys of the uncertain facts the worlds choose between: {@code killed}, or {@code e2.killed} in a timeline. */
    SortedSet<String> expectedChoices(DraftModel draft) {
        SortedSet<String> keys = new TreeSet<>();
        for (Event e : events) {
            e.fields().forEach((f, u) -> {
                if (candidates(draft, f, u) > 1) {
                    keys.add(events.size() == 1 ? f.key() : e.id() + "." + f.key());
                }
            });
        }
        return keys;
    }

    /**
     * How many values of the field the worlds try: 1 for a field no clause reads; each alternative;
     * for a range, its ends and each threshold with the values just beside it, inside the range;
     * for unknown, the domain (for numbers, 0 to just past the highest threshold; for text, each
     * literal the clauses name and one other value).
     */
    static int candidates(DraftModel draft, Field field, Uncertain value) {
        if (!draft.fieldsRead().contains(field)) {
            return 1;
        }
        if (value instanceof Uncertain.Exactly) {
            return 1;
        }
        if (value instanceof Uncertain.OneOf oneOf) {
            return oneOf.values().size();
        }
        if (value instanceof Uncertain.Between between) {
            return rangePoints(draft, field, between.from(), between.to()).size();
        }
        if (field.numeric()) {
            SortedSet<Double> thresholds = draft.thresholds(field);
            double top = thresholds.isEmpty() ? 0 : Math.max(0, Math.ceil(thresholds.last()) + 1);
            return rangePoints(draft, field, 0, top).size();
        }
        if (field.type() == ValueType.TEXT) {
            return draft.literals(field).size() + 1;
        }
        return field.domain().size();
    }

    static SortedSet<Double> rangePoints(DraftModel draft, Field field, double from, double to) {
        SortedSet<Double> points = new TreeSet<>(List.of(from, to));
        double beside = field.type() == ValueType.INTEGER ? 1 : BESIDE;
        for (double t : draft.thresholds(field)) {
            for (double p : new double[] {t - beside, t, t + beside}) {
                if (p >= from && p <= to) {
                    points.add(p);
                }
            }
        }
        return points;
    }

    /** The value a world's incident has for the field. */
    static Object valueOf(Incident incident, Field field) {
        return field.extra() ? incident.extra().get(field.key()) : IncidentField.byKey(field.key()).orElseThrow().get(incident);
    }

    /** True when a world's value is one the case allows. */
    static boolean allows(Uncertain stated, Field field, Object value) {
        if (stated instanceof Uncertain.Exactly exactly) {
            return same(exactly.value(), value);
        }
        if (stated instanceof Uncertain.OneOf oneOf) {
            return oneOf.values().stream().anyMatch(v -> same(v, value));
        }
        if (stated instanceof Uncertain.Between between) {
            double v = ((Number) value).doubleValue();
            return v >= between.from() && v <= between.to();
        }
        return !field.numeric() && field.type() != ValueType.TEXT ? field.domain().contains(value) : value != null;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    private static void set(Incident.Builder builder, Field field, Object value) {
        if (field.extra()) {
            builder.extra(field.key(), value);
        } else {
            IncidentField.byKey(field.key()).orElseThrow().set(builder, value);
        }
    }

    /** The case as an entry of a case file's {@code cases:} list. */
    String yaml(String id) {
        StringBuilder s = new StringBuilder("  - id: ").append(id).append('\n');
        if (events.size() == 1) {
            s.append("    incident:\n");
            fieldsYaml(s, events.get(0), "      ");
        } else {
            s.append("    timeline:\n");
            for (Event e : events) {
                s.append("      - id: ").append(e.id()).append('\n');
                fieldsYaml(s, e, "        ");
            }
        }
        return s.toString();
    }

    private static void fieldsYaml(StringBuilder s, Event e, String indent) {
        List<String> extra = new ArrayList<>();
        e.fields().forEach((f, u) -> {
            String line = f.key() + ": " + yaml(f, u);
            if (f.extra()) {
                extra.add(line);
            } else {
                s.append(indent).append(line).append('\n');
            }
        });
        if (!extra.isEmpty()) {
            s.append(indent).append("extra:\n");
            extra.forEach(line -> s.append(indent).append("  ").append(line).append('\n'));
        }
    }

    private static String yaml(Field f, Uncertain u) {
        if (u instanceof Uncertain.Exactly exactly) {
            return f.yaml(exactly.value());
        }
        if (u instanceof Uncertain.OneOf oneOf) {
            return oneOf.values().stream().map(f::yaml).collect(Collectors.joining(", ", "[", "]"));
        }
        if (u instanceof Uncertain.Between between) {
            return "{from: " + f.yaml(between.from()) + ", to: " + f.yaml(between.to()) + "}";
        }
        return "unknown";
    }
}
