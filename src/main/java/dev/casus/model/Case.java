package dev.casus.model;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.SortedMap;
import java.util.Map;

/**
 * A hypothetical incident, or timeline of incidents, with what the drafter expects of it.
 *
 * @param events        the incident or timeline; with scenarios, the base they change (possibly empty)
 * @param expectations  expectations for every draft the suite tests
 * @param draftSpecific expectations for one draft only, by draft id
 * @param scenarios     named accounts of the incident, each with its full set of facts; empty for a case told one way
 */
public record Case(String id, String title, Path file, int line, List<Event> events,
                   List<Expectation> expectations, Map<String, List<Expectation>> draftSpecific,
                   List<Scenario> scenarios, List<Update> updates) {

    public Case {
        events = List.copyOf(events);
        expectations = List.copyOf(expectations);
        draftSpecific = Map.copyOf(draftSpecific);
        scenarios = List.copyOf(scenarios);
        updates = List.copyOf(updates);
    }

    /** A case whose facts were known at once, with no updates. */
    public Case(String id, String title, Path file, int line, List<Event> events,
                List<Expectation> expectations, Map<String, List<Expectation>> draftSpecific,
                List<Scenario> scenarios) {
        this(id, title, file, line, events, expectations, draftSpecific, scenarios, List.of());
    }

    /**
     * What became known about the incident on a date, written under {@code updates:} in a case file.
     *
     * @param at           the date as the case file writes it, e.g. {@code 2001-10-02}
     * @param from         its moment: the start of the day (UTC) for a day
     * @param changes      the fields it states anew; a null value leaves the field out from then on
     * @param note         what happened that day, in words; may be null
     * @param expectations what the case expects as of that date (commitments and terms)
     * @param line         where it is written in the case file
     */
    public record Update(String at, java.time.Instant from, SortedMap<String, Uncertain> changes, String note,
                         List<Expectation> expectations, int line) {

        public Update {
            changes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(changes));
            expectations = List.copyOf(expectations);
        }

        /**
         * Whether an update at {@code at} ({@code from} its moment) comes before an incident that happened at
         * {@code happened}: a day counts from its start, so an update on the incident's own day is not before it.
         */
        public static boolean before(String at, java.time.Instant from, java.time.Instant happened) {
            return happened != null && from.isBefore(at.contains("T") ? happened
                    : happened.atZone(java.time.ZoneOffset.UTC).toLocalDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
    }

    /**
     * The case as it was known after its first {@code count} updates: the incident (and each scenario) with
     * their changes applied, and no updates. {@code knownAfter(updates().size())} is everything known.
     */
    public Case knownAfter(int count) {
        List<Update> applied = updates.subList(0, count);
        List<Event> known = events.stream().map(e -> e.changedBy(applied)).toList();
        List<Scenario> accounts = scenarios.stream().map(s -> new Scenario(s.name(), s.title(),
                s.events().stream().map(e -> e.changedBy(applied)).toList(), s.line())).toList();
        return new Case(id, title, file, line, known, expectations, draftSpecific, accounts, List.of());
    }

    /** A case told one way, with no scenarios. */
    public Case(String id, String title, Path file, int line, List<Event> events,
                List<Expectation> expectations, Map<String, List<Expectation>> draftSpecific) {
        this(id, title, file, line, events, expectations, draftSpecific, List.of());
    }

    /**
     * The accounts whose worlds are expanded, each on its own: the scenarios, or, for a case told one
     * way, a single account with an empty name holding {@link #events()}.
     */
    public List<Scenario> accounts() {
        return scenarios.isEmpty() ? List.of(new Scenario("", title, events, line)) : scenarios;
    }

    /**
     * One named account of a case's incident. Worlds expand within an account, never across accounts.
     *
     * @param name   the name a case file gives it, e.g. {@code turkish-account}; shown as the value of {@code scenario}
     * @param events the account's full set of facts: the case's base with this account's changes
     * @param line   where the account is written in the case file
     */
    public record Scenario(String name, String title, List<Event> events, int line) {

        public Scenario {
            events = List.copyOf(events);
        }
    }

    /** A case with no expectations and no file, as a Java program builds one to analyse. */
    public static Case of(String id, List<Event> events) {
        return new Case(id, id, Path.of(id), 0, events, List.of(), Map.of());
    }

    /** Every expectation that applies when the case runs against {@code draftId}. */
    public List<Expectation> expectationsFor(String draftId) {
        List<Expectation> specific = draftSpecific.getOrDefault(draftId, List.of());
        if (specific.isEmpty()) {
            return expectations;
        }
        return java.util.stream.Stream.concat(expectations.stream(), specific.stream()).toList();
    }

    /** True when the case has several accounts, or some event has a field that is not known exactly. */
    public boolean isUncertain() {
        return scenarios.size() > 1 || accounts().stream().flatMap(a -> a.events().stream())
                .flatMap(e -> e.fields().values().stream())
                .anyMatch(u -> !(u instanceof Uncertain.Exactly));
    }

    /**
     * One thing a case expects.
     *
     * @param subject a {@code party/commitment}, a term, a clause id (conflict, finding) or empty (silent)
     * @param finding the finding kind for {@link Kind#FINDING}, else null
     * @param line    where it is written in the case file
     */
    public record Expectation(Kind kind, String subject, String finding, int line) {

        /** What is expected of the subject. */
        public enum Kind {
            ACTIVE, INACTIVE, CONDITIONAL, UNDETERMINED, HOLDS, HOLDS_NOT, CONFLICT, FINDING, SILENT;

            /** The key a case file writes it under. */
            public String key() {
                return switch (this) {
                    case ACTIVE -> "active";
                    case INACTIVE -> "inactive";
                    case CONDITIONAL -> "conditional";
                    case UNDETERMINED -> "undetermined";
                    case HOLDS -> "holds";
                    case HOLDS_NOT -> "holdsNot";
                    case CONFLICT -> "conflict";
                    case FINDING -> "findings";
                    case SILENT -> "silent";
                };
            }
        }

        /** In words: "FR/consult active", "a conflict on Art. 4". */
        public String describe() {
            return switch (kind) {
                case ACTIVE, INACTIVE, CONDITIONAL, UNDETERMINED -> subject + " " + kind.key();
                case HOLDS -> "\"" + subject + "\" to hold";
                case HOLDS_NOT -> "\"" + subject + "\" not to hold";
                case CONFLICT -> "a conflict on " + subject;
                case FINDING -> ("aeiou".indexOf(finding.charAt(0)) >= 0 ? "an " : "a ") + finding + " finding"
                        + (subject.isEmpty() ? "" : " on " + subject);
                case SILENT -> "the draft to be silent";
            };
        }
    }

    /**
     * One incident of a case as the case file states it: each field known or uncertain.
     *
     * @param fields by field key (core fields) or attribute name (extra attributes)
     * @param line   where the incident starts in the case file
     */
    public record Event(String id, SortedMap<String, Uncertain> fields, int line) {

        public Event {
            fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
        }

        /** This event with each update's changes applied in turn. */
        Event changedBy(List<Update> applied) {
            if (applied.isEmpty()) {
                return this;
            }
            SortedMap<String, Uncertain> known = new TreeMap<>(fields);
            for (Update u : applied) {
                u.changes().forEach((field, value) -> {
                    if (value == null) {
                        known.remove(field);
                    } else {
                        known.put(field, value);
                    }
                });
            }
            return new Event(id, known, line);
        }

        /** A certain event from plain values. */
        public static Event of(String id, Map<String, Object> values) {
            SortedMap<String, Uncertain> fields = new TreeMap<>();
            values.forEach((k, v) -> fields.put(k, new Uncertain.Exactly(v)));
            return new Event(id, fields, 0);
        }
    }
}
