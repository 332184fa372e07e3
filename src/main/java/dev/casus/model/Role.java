package dev.casus.model;

/** The part a party plays in a draft. */
public enum Role implements Described {
    GUARANTOR("Gives a guarantee"),
    GUARANTEED("Receives the guarantee"),
    OTHER("Named in the draft without a guarantee role, e.g. a potential aggressor or a monitor");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
