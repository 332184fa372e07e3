package dev.casus.model;

import java.util.List;

/** A field value in a case, possibly uncertain. The harness expands uncertain values into possible worlds. */
public sealed interface Uncertain {

    /** A known value. */
    record Exactly(Object value) implements Uncertain {
    }

    /** One of several alternatives, e.g. {@code attribution: [confirmed, suspected]}. */
    record OneOf(List<Object> values) implements Uncertain {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** A numeric range, ends included, e.g. {@code killed: {from: 0, to: 40}}. */
    record Between(double from, double to) implements Uncertain {
    }

    /** Any value of the field's domain. */
    record Unknown() implements Uncertain {
    }
}
