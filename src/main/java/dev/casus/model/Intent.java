package dev.casus.model;

/** Whether the act was meant. */
public enum Intent implements Described {
    DELIBERATE("Deliberate"),
    ACCIDENTAL("Accidental, e.g. a stray munition"),
    UNKNOWN("Not known");

    private final String description;

    Intent(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
