package dev.casus.model;

/** Where, in legal geography, an incident happened. */
public enum Zone implements Described {
    LAND("On land"),
    TERRITORIAL_SEA("In the territorial sea (up to 12 nautical miles)"),
    AIRSPACE("In national airspace"),
    EEZ_OR_SEABED("In the exclusive economic zone, or on its seabed"),
    HIGH_SEAS("On the high seas"),
    ABROAD("On another state's territory"),
    INTERNATIONAL_AIRSPACE("In international airspace, over the high seas or an exclusive economic zone (UNCLOS Arts. 58 and 87)");

    private final String description;

    Zone(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
