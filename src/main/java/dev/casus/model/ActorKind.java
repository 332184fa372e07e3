package dev.casus.model;

/** The kind of actor behind an incident. */
public enum ActorKind implements Described {
    STATE("The armed forces or organs of a state"),
    STATE_BACKED_PROXY("A group acting for, or directed by, a state"),
    NON_STATE("A group acting on its own account"),
    UNKNOWN("Not known");

    private final String description;

    ActorKind(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
