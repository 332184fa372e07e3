package dev.casus.vocabulary;

import dev.casus.model.Act;
import dev.casus.model.ActorKind;
import dev.casus.model.Attribution;
import dev.casus.model.Case;
import dev.casus.model.Described;
import dev.casus.model.Incident;
import dev.casus.model.Intent;
import dev.casus.model.Target;
import dev.casus.model.Zone;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The core fields of an incident, with the name used both in case files and in DRL constraints.
 * Case loading, possible-world expansion and explanations all go through this one list.
 */
public enum IncidentField {
    ACT("act", ValueType.ENUM, Act.class, "what was done; also an act the project's rules/vocabulary.yaml declares",
            i -> i.act() != null ? i.act() : i.declaredAct(),
            (b, v) -> {
                if (v instanceof String declared) {
                    b.declaredAct(declared);
                } else {
                    b.act((Act) v);
                }
            }),
    ACTOR("actor", ValueType.TEXT, null, "who acted: a party id such as RU",
            Incident::actor, (b, v) -> b.actor((String) v)),
    ACTOR_KIND("actorKind", ValueType.ENUM, ActorKind.class, "the kind of actor",
            Incident::actorKind, (b, v) -> b.actorKind((ActorKind) v)),
    ATTRIBUTION("attribution", ValueType.ENUM, Attribution.class, "how sure the attribution to the actor is",
            Incident::attribution, (b, v) -> b.attribution((Attribution) v)),
    INTENT("intent", ValueType.ENUM, Intent.class, "whether the act was meant",
            Incident::intent, (b, v) -> b.intent((Intent) v)),
    TARGET("target", ValueType.ENUM, Target.class, "what was struck",
            Incident::target, (b, v) -> b.target((Target) v)),
    VICTIM("victim", ValueType.STATES, null,
            "the State attacked (`victim: UA`), or several attacked at once (`victim: {all: [PL, LT]}`); "
                    + "when omitted, the `country` counts as the State attacked",
            Incident::victim, (b, v) -> b.victim(states(v))),
    ON_FORCES("onForces", ValueType.BOOLEAN, null,
            "the act struck the victim's armed forces, vessels or aircraft outside its territory (at sea, in the air, stationed abroad)",
            Incident::onForces, (b, v) -> b.onForces((Boolean) v)),
    COUNTRY("country", ValueType.TEXT, null,
            "the country where it happened (ISO code, e.g. `country: UA`), or several at once (`country: {all: [DK, SE]}`); "
                    + "clauses ask with `inCountry(\"UA\")`, true when any of them is UA",
            i -> i.countries().size() > 1 ? i.countries() : i.country(),
            (b, v) -> {
                if (v instanceof Collection<?>) {
                    b.countries(states(v));
                } else {
                    b.country((String) v);
                }
            }),
    ZONE("zone", ValueType.ENUM, Zone.class, "the legal zone where it happened",
            Incident::zone, (b, v) -> b.zone((Zone) v)),
    REGION("region", ValueType.TEXT, null, "the region where it happened (free text, e.g. Kharkiv)",
            Incident::region, (b, v) -> b.region((String) v)),
    KILLED("killed", ValueType.INTEGER, null, "people killed",
            Incident::killed, (b, v) -> b.killed(((Number) v).intValue())),
    INJURED("injured", ValueType.INTEGER, null, "people injured",
            Incident::injured, (b, v) -> b.injured(((Number) v).intValue())),
    DAMAGE("damage", ValueType.DECIMAL, null, "material damage, in millions of euros",
            Incident::damage, (b, v) -> b.damage(((Number) v).doubleValue())),
    LATITUDE("latitude", ValueType.DECIMAL, null, "where it happened: degrees north, south negative (WGS84, e.g. 54.35); clauses use it through `inArea`",
            Incident::latitude, (b, v) -> b.latitude(((Number) v).doubleValue())),
    LONGITUDE("longitude", ValueType.DECIMAL, null, "where it happened: degrees east, west negative (WGS84, e.g. 18.65); clauses use it through `inArea`",
            Incident::longitude, (b, v) -> b.longitude(((Number) v).doubleValue())),
    VERIFIED("verified", ValueType.BOOLEAN, null, "whether a monitoring mission verified it",
            Incident::verified, (b, v) -> b.verified((Boolean) v)),
    TIME("time", ValueType.TIME, null, "when it happened (ISO-8601, e.g. 2026-03-01T04:00:00Z)",
            Incident::time, (b, v) -> b.time((Instant) v));

    private final String key;
    private final ValueType type;
    private final Class<? extends Enum<?>> enumType;
    private final String description;
    private final Function<Incident, Object> getter;
    private final BiConsumer<Incident.Builder, Object> setter;

    IncidentField(String key, ValueType type, Class<? extends Enum<?>> enumType, String description,
                  Function<Incident, Object> getter, BiConsumer<Incident.Builder, Object> setter) {
        this.key = key;
        this.type = type;
        this.enumType = enumType;
        this.description = description;
        this.getter = getter;
        this.setter = setter;
    }

    /** The field's name in case files and DRL constraints. */
    public String key() {
        return key;
    }

    public ValueType type() {
        return type;
    }

    public String description() {
        return description;
    }

    /** The allowed values of an enum field, in declaration order; empty for other types. */
    public List<Described> allowedValues() {
        if (enumType == null) {
            return List.of();
        }
        return Arrays.stream(enumType.getEnumConstants()).map(Described.class::cast).toList();
    }

    /** The enum class of an enum field, as DRL names it; null for other types. */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    public Object get(Incident incident) {
        return getter.apply(incident);
    }

    public void set(Incident.Builder builder, Object value) {
        setter.accept(builder, value);
    }

    public static Optional<IncidentField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    private static List<String> states(Object value) {
        return ((Collection<?>) value).stream().map(String.class::cast).toList();
    }

    /** A time as case files write it, an ISO-8601 time or a day (its start, UTC); null when it is neither. */
    public static Instant parseTime(String text) {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * A field's value as case files write it: as {@link #show(Object)}, and a decision as {@code yes} or
     * {@code no}.
     */
    public static String show(String field, Object value) {
        if (field.startsWith(dev.casus.model.Commitment.Decision.FIELD_PREFIX) && value instanceof Boolean taken) {
            return taken ? "yes" : "no";
        }
        return show(value);
    }

    /**
     * A field value as case files write it: {@code missile-strike}, {@code 14}, {@code (not given)};
     * several States attacked at once as {@code PL and LT}.
     */
    public static String show(Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
            return "(not given)";
        }
        if (value instanceof Collection<?> c) {
            return String.join(" and ", c.stream().map(String::valueOf).toList());
        }
        if (value instanceof Described d) {
            return d.yamlName();
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }
}
