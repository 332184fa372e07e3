package dev.casus.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What happened, as far as is known: one concrete event that clauses match on.
 *
 * <p>Numbers default to 0, enums to their {@code UNKNOWN} value where one exists, and
 * {@code verified} to false. Extra attributes are the ones a draft declares in its draft.yaml;
 * clauses read them with {@link #flag}, {@link #number} and {@link #text}.
 *
 * @param victim   the States attacked, all of them (sorted); empty when not given, and then the
 *                 {@code country} where it happened counts as the State attacked (see {@link #hasVictim})
 * @param onForces the act struck the victim's armed forces, vessels or aircraft outside its territory
 * @param country   the country where it happened, when it happened in one; null when in none or in several
 * @param countries every country where it happened, all at once (sorted); clauses ask about them with
 *                  {@link #inCountry} and {@code Party(countryOf($i))}
 * @param declaredAct an act that the project's {@code rules/vocabulary.yaml} declares, by its name
 *                    ({@code grey-zone-harassment}); null when the act is one of {@link Act}, or not given
 * @param latitude  degrees north (WGS84); null when not given
 * @param longitude degrees east (WGS84); null when not given
 * @param areas     the named areas it lies in, as the evaluation finds them (see {@link #inArea})
 */
public record Incident(
        String id,
        Act act,
        String actor,
        ActorKind actorKind,
        Attribution attribution,
        Intent intent,
        Target target,
        List<String> victim,
        boolean onForces,
        String country,
        List<String> countries,
        Zone zone,
        String region,
        int killed,
        int injured,
        double damage,
        boolean verified,
        Instant time,
        Map<String, Object> extra,
        String declaredAct,
        Double latitude,
        Double longitude,
        List<String> areas) {

    public Incident {
        Objects.requireNonNull(id, "id must not be null");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        areas = areas == null ? List.of() : List.copyOf(new TreeSet<>(areas));
        victim = victim == null ? List.of() : List.copyOf(new TreeSet<>(victim));
        if (countries == null || countries.isEmpty()) {
            countries = country == null ? List.of() : List.of(country);
        } else {
            countries = List.copyOf(new TreeSet<>(countries));
            country = countries.size() == 1 ? countries.get(0) : null;
        }
    }

    /** A builder with every field at its default. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder that starts from this incident's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.act = act;
        b.actor = actor;
        b.actorKind = actorKind;
        b.attribution = attribution;
        b.intent = intent;
        b.target = target;
        b.victim = victim;
        b.onForces = onForces;
        b.country = country;
        b.countries = countries;
        b.zone = zone;
        b.region = region;
        b.killed = killed;
        b.injured = injured;
        b.damage = damage;
        b.verified = verified;
        b.time = time;
        b.extra.putAll(extra);
        b.declaredAct = declaredAct;
        b.latitude = latitude;
        b.longitude = longitude;
        b.areas = areas;
        return b;
    }

    /** A boolean extra attribute; false when absent. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(extra.get(name));
    }

    /**
     * Whether a decision draft.yaml declares (a request, a body's determination) is taken, for a clause:
     * {@code Incident(decided("nac-determination"))}. True when the case states it taken, and also when
     * the case does not state it: what the clause concludes then waits on the decision (conditional).
     * False only when the case states it was not taken.
     */
    public boolean decided(String decision) {
        return !Boolean.FALSE.equals(extra.get(Commitment.Decision.FIELD_PREFIX + decision));
    }

    /** A numeric extra attribute; 0 when absent. */
    public double number(String name) {
        Object value = extra.get(name);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** A text or enumerated extra attribute; empty when absent. */
    public String text(String name) {
        Object value = extra.get(name);
        return value == null ? "" : value.toString();
    }

    /**
     * True when the act is {@code name}, spelled as case files write it: a built-in act
     * ({@code "missile-strike"}) or one the project's vocabulary.yaml declares. Clauses write
     * {@code Incident(isAct("grey-zone-harassment"))}.
     */
    public boolean isAct(String name) {
        if (name == null) {
            return false;
        }
        return act != null ? act.yamlName().equals(name) : name.equals(declaredAct);
    }

    /**
     * True when {@code state} is a State attacked: one of {@link #victim}, or, when no victim is
     * given, the {@code country} where it happened. Clauses write {@code Incident(hasVictim("UA"))}.
     */
    public boolean hasVictim(String state) {
        if (state == null) {
            return false;
        }
        return victim.isEmpty() ? countries.contains(state) : victim.contains(state);
    }

    /**
     * True when the incident happened (also) in one of {@code states}: any of its {@link #countries}.
     * Clauses write {@code Incident(inCountry("UA"))} or {@code Incident(inCountry("PL", "LT"))}.
     */
    public boolean inCountry(String... states) {
        if (states == null) {
            return false;
        }
        for (String state : states) {
            if (state != null && countries.contains(state)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whole hours from {@code earlier} to this incident; negative when {@code earlier} is later,
     * 0 when either has no time. Timeline clauses use it for windows such as "within 72 hours".
     */
    public long hoursAfter(Incident earlier) {
        if (time == null || earlier == null || earlier.time == null) {
            return 0;
        }
        return Duration.between(earlier.time, time).toHours();
    }

    /** Builds an {@link Incident}; unset fields keep their defaults. */
    /**
     * True when it happened in the named area: built into Casus ({@code north-atlantic-treaty-area},
     * {@code eu-territory}) or declared in the project's rules/vocabulary.yaml. Clauses write
     * {@code Incident(inArea("north-atlantic-treaty-area"))}; the evaluation finds the areas from the
     * incident's countries, region, zone, latitude and longitude.
     */
    public boolean inArea(String name) {
        return areas.contains(name);
    }

    public static final class Builder {
        private final String id;
        private Act act;
        private String actor;
        private ActorKind actorKind = ActorKind.UNKNOWN;
        private Attribution attribution = Attribution.UNKNOWN;
        private Intent intent = Intent.UNKNOWN;
        private Target target;
        private List<String> victim = List.of();
        private boolean onForces;
        private String country;
        private List<String> countries = List.of();
        private Zone zone;
        private String region;
        private int killed;
        private int injured;
        private double damage;
        private boolean verified;
        private Instant time;
        private final Map<String, Object> extra = new TreeMap<>();
        private String declaredAct;
        private Double latitude;
        private Double longitude;
        private List<String> areas = List.of();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id must not be null");
        }

        /** A built-in act; clears a declared one (null clears both). */
        public Builder act(Act value) { this.act = value; this.declaredAct = null; return this; }
        /** An act the project's vocabulary.yaml declares, by its name; clears a built-in one. */
        public Builder declaredAct(String name) { this.declaredAct = name; this.act = name == null ? act : null; return this; }
        public Builder actor(String value) { this.actor = value; return this; }
        public Builder actorKind(ActorKind value) { this.actorKind = value; return this; }
        public Builder attribution(Attribution value) { this.attribution = value; return this; }
        public Builder intent(Intent value) { this.intent = value; return this; }
        public Builder target(Target value) { this.target = value; return this; }
        /** The States attacked, all of them at once; none clears it. */
        public Builder victim(String... states) { return victim(List.of(states)); }
        /** The States attacked, all of them at once; an empty collection clears it. */
        public Builder victim(Collection<String> states) { this.victim = List.copyOf(states); return this; }
        public Builder onForces(boolean value) { this.onForces = value; return this; }
        /** The one country where it happened; null for none. */
        public Builder country(String value) { this.country = value; this.countries = List.of(); return this; }
        /** Every country where it happened, all at once; none clears it. */
        public Builder countries(String... states) { return countries(List.of(states)); }
        /** Every country where it happened, all at once; an empty collection clears it. */
        public Builder countries(Collection<String> states) { this.countries = List.copyOf(states); this.country = null; return this; }
        public Builder zone(Zone value) { this.zone = value; return this; }
        public Builder region(String value) { this.region = value; return this; }
        public Builder killed(int value) { this.killed = value; return this; }
        public Builder injured(int value) { this.injured = value; return this; }
        public Builder damage(double value) { this.damage = value; return this; }
        public Builder verified(boolean value) { this.verified = value; return this; }
        public Builder time(Instant value) { this.time = value; return this; }
        /** Degrees north (negative: south), WGS84; null when not known. */
        public Builder latitude(Double value) { this.latitude = value; return this; }
        /** Degrees east (negative: west), WGS84; null when not known. */
        public Builder longitude(Double value) { this.longitude = value; return this; }
        /** The named areas it lies in; the evaluation sets them from the draft's areas, so a program need not. */
        public Builder areas(Collection<String> names) { this.areas = List.copyOf(names); return this; }

        /** Sets an extra attribute; a null value removes it. */
        public Builder extra(String name, Object value) {
            if (value == null) {
                extra.remove(name);
            } else {
                extra.put(name, value);
            }
            return this;
        }

        public Incident build() {
            return new Incident(id, act, actor, actorKind, attribution, intent, target, victim, onForces, country, countries, zone,
                    region, killed, injured, damage, verified, time, extra, declaredAct, latitude, longitude, areas);
        }
    }
}
