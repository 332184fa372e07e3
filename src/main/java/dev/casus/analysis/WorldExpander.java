package dev.casus.analysis;

import dev.casus.model.EvaluationException;
import dev.casus.api.CaseAnalysis.World;

import dev.casus.model.Case;
import dev.casus.model.Uncertain;
import dev.casus.draft.Clause;
import dev.casus.draft.CompiledDraft;
import dev.casus.draft.Area;
import dev.casus.draft.Threshold;
import dev.casus.vocabulary.AttributeDeclaration;
import dev.casus.model.Incident;
import dev.casus.vocabulary.IncidentField;
import dev.casus.vocabulary.ValueType;

import dev.casus.draft.InForce;
import dev.casus.model.Party;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Expands a case into concrete possible worlds. Only uncertain fields that some clause reads
 * multiply the worlds; a range is tried at its ends and at each threshold the clauses compare the
 * field with, plus the values just beside it.
 */
public final class WorldExpander {

    /** The value tried for an unknown text field that differs from every literal the clauses name. */
    public static final String OTHER = "(other)";

    private final CompiledDraft draft;
    private final Set<String> fieldsRead = new TreeSet<>();
    private final Map<String, TreeSet<Double>> thresholds = new TreeMap<>();
    private final Map<String, TreeSet<String>> literals = new TreeMap<>();
    private final Map<String, AttributeDeclaration> attributes = new TreeMap<>();

    public WorldExpander(CompiledDraft draft) {
        this.draft = draft;
        for (Clause clause : draft.clauses()) {
            fieldsRead.addAll(clause.fieldsRead());
            for (Threshold t : clause.thresholds()) {
                thresholds.computeIfAbsent(t.field(), k -> new TreeSet<>()).add(t.value());
            }
            clause.literals().forEach((field, values) -> literals.computeIfAbsent(field, k -> new TreeSet<>()).addAll(values));
        }
        draft.attributes().forEach(a -> attributes.put(a.name(), a));
        // a box's edges are thresholds of latitude and longitude, tried like a clause's comparisons
        for (Area area : draft.areasRead().values()) {
            for (Area.Box box : area.bounds()) {
                for (Double edge : new Double[] {box.northOf(), box.southOf()}) {
                    if (edge != null) {
                        thresholds.computeIfAbsent(IncidentField.LATITUDE.key(), k -> new TreeSet<>()).add(edge);
                    }
                }
                for (Double edge : new Double[] {box.eastOf(), box.westOf()}) {
                    if (edge != null) {
                        thresholds.computeIfAbsent(IncidentField.LONGITUDE.key(), k -> new TreeSet<>()).add(edge);
                    }
                }
            }
        }
        // a decision a commitment awaits decides its answer, so an uncertain one makes worlds
        draft.commitments().forEach(c -> c.awaits().forEach(d -> fieldsRead.add(d.field())));
        if (draft.hasDates()) {
            // the time decides which parties and whether the draft apply, so its alternatives are worlds
            fieldsRead.add(IncidentField.TIME.key());
        }
    }


    private record Dimension(String key, int event, String field, List<Object> values) {
    }

    /** The key under which a world of a case with scenarios records its account. */
    public static final String SCENARIO = "scenario";

    /**
     * Every possible world, in a fixed order: for a case with scenarios, each account's worlds in turn,
     * each world recording its account under {@link #SCENARIO}.
     */
    public List<World> expand(Case c, int maxWorlds) {
        List<Case.Scenario> accounts = c.accounts();
        refuseOnePlaceReading(c, accounts);
        List<List<Dimension>> dimensionsByAccount = new ArrayList<>();
        List<List<Incident.Builder>> buildersByAccount = new ArrayList<>();
        long count = 0;
        for (Case.Scenario account : accounts) {
            List<Dimension> dimensions = new ArrayList<>();
            buildersByAccount.add(builders(account.events(), dimensions));
            dimensionsByAccount.add(dimensions);
            long worlds = 1;
            for (Dimension d : dimensions) {
                worlds *= d.values().size();
                if (worlds > maxWorlds) {
                    break;
                }
            }
            count += worlds;
            if (count > maxWorlds) {
                StringBuilder sizes = new StringBuilder();
                for (Dimension x : dimensions) {
                    sizes.append(sizes.length() == 0 ? "" : " \u00d7 ").append(x.key()).append(" (").append(x.values().size()).append(')');
                }
                String in = account.name().isEmpty() ? "" : " (scenario " + account.name() + ": " + sizes + ")";
                throw new EvaluationException(null, "case " + c.id() + " has more than " + maxWorlds
                        + " possible worlds: " + (account.name().isEmpty() ? sizes : "over " + accounts.size() + " scenarios" + in)
                        + ". Narrow the uncertain fields, or raise --max-worlds", null);
            }
        }
        List<World> worlds = new ArrayList<>();
        for (int a = 0; a < accounts.size(); a++) {
            String scenario = accounts.get(a).name();
            List<Dimension> dimensions = dimensionsByAccount.get(a);
            List<Incident.Builder> builders = buildersByAccount.get(a);
            long accountWorlds = 1;
            for (Dimension d : dimensions) {
                accountWorlds *= d.values().size();
            }
            int[] pick = new int[dimensions.size()];
            for (long index = 0; index < accountWorlds; index++) {
                SortedMap<String, Object> choices = new TreeMap<>();
                if (!scenario.isEmpty()) {
                    choices.put(SCENARIO, scenario);
                }
                List<Incident.Builder> world = new ArrayList<>();
                for (Incident.Builder b : builders) {
                    world.add(b.build().toBuilder());
                }
                for (int d = 0; d < dimensions.size(); d++) {
                    Dimension dim = dimensions.get(d);
                    Object value = dim.values().get(pick[d]);
                    choices.put(dim.key(), value);
                    set(world.get(dim.event()), dim.field(), value);
                }
                worlds.add(new World(worlds.size(), choices, world.stream().map(Incident.Builder::build).toList()));
                for (int d = dimensions.size() - 1; d >= 0; d--) {
                    if (++pick[d] < dimensions.get(d).values().size()) {
                        break;
                    }
                    pick[d] = 0;
                }
            }
        }
        return worlds;
    }

    /**
     * A case whose incident happened in several countries at once cannot be judged by a clause that
     * reads {@code country} itself, which holds one place: a case error naming the clause and the helper.
     */
    private void refuseOnePlaceReading(Case c, List<Case.Scenario> accounts) {
        Clause reading = draft.clauses().stream().filter(Clause::readsCountry).findFirst().orElse(null);
        if (reading == null) {
            return;
        }
        for (Case.Scenario account : accounts) {
            for (Case.Event event : account.events()) {
                Uncertain stated = event.fields().get(IncidentField.COUNTRY.key());
                List<Object> values = stated instanceof Uncertain.Exactly exactly ? List.of(exactly.value())
                        : stated instanceof Uncertain.OneOf oneOf ? oneOf.values() : List.of();
                for (Object value : values) {
                    if (value instanceof Collection<?> several && several.size() > 1) {
                        throw new EvaluationException(reading.id(), "it happened in " + IncidentField.show(value)
                                + " at once, and clause " + reading.id() + " (" + reading.file() + ":" + reading.line()
                                + ") reads 'country', which holds one place and would judge only one of them: write "
                                + "inCountry(\"UA\"), true when any of the countries is UA, or Party(countryOf($i))", null);
                    }
                }
            }
        }
    }

    /** One builder per event with its certain fields set; each uncertain field a clause reads added to {@code dimensions}. */
    private List<Incident.Builder> builders(List<Case.Event> events, List<Dimension> dimensions) {
        List<Incident.Builder> builders = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            Case.Event event = events.get(e);
            Incident.Builder builder = Incident.builder(event.id());
            for (Map.Entry<String, Uncertain> field : event.fields().entrySet()) {
                Uncertain u = field.getValue();
                if (u instanceof Uncertain.Exactly exactly) {
                    set(builder, field.getKey(), exactly.value());
                    continue;
                }
                List<Object> values = candidates(field.getKey(), u);
                if (!fieldsRead.contains(field.getKey()) || values.size() <= 1) {
                    if (!values.isEmpty()) {
                        set(builder, field.getKey(), values.get(0));
                    }
                    continue;
                }
                String key = events.size() == 1 ? field.getKey() : event.id() + "." + field.getKey();
                dimensions.add(new Dimension(key, e, field.getKey(), values));
            }
            builders.add(builder);
        }
        return builders;
    }

    private void set(Incident.Builder builder, String field, Object value) {
        Optional<IncidentField> core = IncidentField.byKey(field);
        if (core.isPresent()) {
            core.get().set(builder, value);
        } else {
            builder.extra(field, value);
        }
    }

    private ValueType typeOf(String field) {
        return IncidentField.byKey(field).map(IncidentField::type)
                .orElseGet(() -> attributes.containsKey(field) ? attributes.get(field).type() : ValueType.TEXT);
    }

    private List<Object> candidates(String field, Uncertain u) {
        ValueType type = typeOf(field);
        if (u instanceof Uncertain.OneOf oneOf) {
            return oneOf.values();
        }
        if (u instanceof Uncertain.Between between) {
            return rangePoints(field, type, between.from(), between.to());
        }
        // unknown: every value of the domain that the clauses can tell apart
        return switch (type) {
            case ENUM -> {
                List<Object> values = new ArrayList<>(IncidentField.byKey(field)
                        .map(f -> f.allowedValues().stream().map(v -> (Object) v).toList())
                        .orElseGet(() -> attributes.get(field).values().stream().map(v -> (Object) v).toList()));
                if (field.equals(IncidentField.ACT.key())) {
                    // and the acts of the project's vocabulary.yaml
                    new TreeSet<>(draft.declaredActs()).forEach(values::add);
                }
                yield values;
            }
            case BOOLEAN -> List.of(false, true);
            case INTEGER, DECIMAL -> {
                if (field.equals(IncidentField.LATITUDE.key()) || field.equals(IncidentField.LONGITUDE.key())) {
                    double limit = field.equals(IncidentField.LATITUDE.key()) ? 90 : 180;
                    yield rangePoints(field, type, -limit, limit);
                }
                TreeSet<Double> ts = thresholds.getOrDefault(field, new TreeSet<>());
                double top = ts.isEmpty() ? 0 : Math.max(0, Math.ceil(ts.last()) + 1);
                yield rangePoints(field, type, 0, top);
            }
            case TEXT -> {
                TreeSet<String> named = new TreeSet<>(literals.getOrDefault(field, new TreeSet<>()));
                if (field.equals(IncidentField.COUNTRY.key())) {
                    named.addAll(countryPerAreaClass());
                }
                List<Object> values = new ArrayList<>(named);
                values.add(OTHER);
                yield values;
            }
            case TIME -> dateBoundaries();
            case STATES -> {
                // any State: each party of the draft, each State a clause names, and one that is neither
                TreeSet<String> states = new TreeSet<>(literals.getOrDefault(field, new TreeSet<>()));
                draft.parties().forEach(p -> states.add(p.id()));
                List<Object> values = new ArrayList<>();
                states.forEach(state -> values.add(List.of(state)));
                values.add(List.of(OTHER));
                yield values;
            }
        };
    }

    /**
     * For an unknown country with clauses asking {@code inArea}: one country for each set of the areas
     * read that a country's territory can lie in (the first in code order), not every country listed.
     */
    private List<String> countryPerAreaClass() {
        Map<Set<String>, String> representative = new java.util.HashMap<>();
        TreeSet<String> listed = new TreeSet<>();
        draft.areasRead().values().forEach(a -> listed.addAll(a.countries()));
        for (String country : listed) {
            Set<String> in = new TreeSet<>();
            draft.areasRead().forEach((name, area) -> {
                if (area.countries().contains(country)) {
                    in.add(name);
                }
            });
            representative.putIfAbsent(in, country);
        }
        return new ArrayList<>(new TreeSet<>(representative.values()));
    }

    /**
     * For an unknown time: the day before and the first day of each period the draft's dates set (entry
     * into force, end, each party's joining and leaving), which are all the days the dates tell apart.
     */
    private List<Object> dateBoundaries() {
        TreeSet<LocalDate> firstDays = new TreeSet<>();
        InForce inForce = draft.inForce();
        if (!inForce.always()) {
            firstDays.add(inForce.from());
            if (inForce.until() != null) {
                firstDays.add(inForce.until().plusDays(1));
            }
        }
        for (Party party : draft.parties()) {
            if (party.since() != null) {
                firstDays.add(party.since());
            }
            if (party.until() != null) {
                firstDays.add(party.until().plusDays(1));
            }
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        firstDays.forEach(d -> {
            days.add(d.minusDays(1));
            days.add(d);
        });
        return days.stream().map(d -> (Object) d.atStartOfDay().toInstant(ZoneOffset.UTC)).toList();
    }

    private List<Object> rangePoints(String field, ValueType type, double from, double to) {
        TreeSet<Double> points = new TreeSet<>();
        points.add(from);
        points.add(to);
        for (double t : thresholds.getOrDefault(field, new TreeSet<>())) {
            if (type == ValueType.INTEGER) {
                for (double p : new double[] {Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1}) {
                    if (p >= from && p <= to) {
                        points.add(p);
                    }
                }
            } else {
                double step = 1e-4 * Math.max(1, Math.abs(t));
                for (double p : new double[] {t - step, t, t + step}) {
                    if (p >= from && p <= to) {
                        points.add(p);
                    }
                }
            }
        }
        List<Object> out = new ArrayList<>();
        for (double p : points) {
            out.add(type == ValueType.INTEGER ? (Object) (int) p : (Object) p);
        }
        return out;
    }
}
