package dev.casus.model;

import java.util.Locale;

/** A vocabulary value with the spelling used in YAML files and a one-line description. */
public interface Described {

    /** The constant's name, as DRL writes it ({@code MISSILE_STRIKE}). */
    String name();

    /** One line for the vocabulary reference. */
    String description();

    /** The spelling in YAML files: lower case with hyphens ({@code missile-strike}). */
    default String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
