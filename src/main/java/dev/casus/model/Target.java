package dev.casus.model;

/** What the act struck. */
public enum Target implements Described {
    TERRITORY("Territory as such"),
    ARMED_FORCES("Armed forces on land"),
    VESSELS("Ships, naval or merchant"),
    AIRCRAFT("Aircraft, military or civil"),
    CIVILIANS("Civilian population"),
    CRITICAL_INFRASTRUCTURE("Energy, water, transport, communications or undersea infrastructure");

    private final String description;

    Target(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
