package dev.casus.vocabulary;

import java.util.List;

/**
 * An extra incident attribute that a draft declares in draft.yaml, e.g. {@code nuclear-used} of type
 * boolean. Cases give it under {@code extra:}; clauses read it with {@code flag}, {@code number} or
 * {@code text}.
 *
 * @param values the allowed values of an enum attribute; empty otherwise
 */
public record AttributeDeclaration(String name, ValueType type, List<String> values, String description) {

    /**
     * The name under which a draft's load passes the acts of the project's vocabulary.yaml on to the case
     * files that test it (as the values of an enum declaration); never an extra attribute.
     */
    public static final String ACTS = "act";

    public AttributeDeclaration {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
