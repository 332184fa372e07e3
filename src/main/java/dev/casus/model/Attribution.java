package dev.casus.model;

/** How sure the attribution of an incident to its actor is. */
public enum Attribution implements Described {
    CONFIRMED("Confirmed by the parties' own or agreed investigation"),
    ASSESSED("Assessed by intelligence with reasonable confidence"),
    SUSPECTED("Suspected, without assessment"),
    UNKNOWN("Not attributed");

    private final String description;

    Attribution(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
