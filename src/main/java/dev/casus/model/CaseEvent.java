package dev.casus.model;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One incident of a case as the case file states it: each field known or uncertain.
 *
 * @param fields by field key (core fields) or attribute name (extra attributes)
 * @param line   where the incident starts in the case file
 */
public record CaseEvent(String id, SortedMap<String, Uncertain> fields, int line) {

    public CaseEvent {
        fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    /** A certain event from plain values. */
    public static CaseEvent of(String id, Map<String, Object> values) {
        SortedMap<String, Uncertain> fields = new TreeMap<>();
        values.forEach((k, v) -> fields.put(k, new Uncertain.Exactly(v)));
        return new CaseEvent(id, fields, 0);
    }
}
