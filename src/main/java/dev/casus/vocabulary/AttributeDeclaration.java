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

    public AttributeDeclaration {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
