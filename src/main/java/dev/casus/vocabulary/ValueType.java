package dev.casus.vocabulary;

/** The type of an incident field or extra attribute. */
public enum ValueType {
    BOOLEAN, INTEGER, DECIMAL, TEXT, ENUM, TIME,
    /** One or more State codes that all hold at once, e.g. the victims of an attack. */
    STATES;

    /** True for the types a range ({@code {from: 0, to: 40}}) can be given for. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
