package dev.casus.api;

import dev.casus.model.IncidentField;
import dev.casus.model.Incident;

import java.util.List;
import java.util.SortedMap;

/**
 * One concrete possible world of a case.
 *
 * @param choices the value chosen for each uncertain field that some clause reads
 */
public record World(int index, SortedMap<String, Object> choices, List<Incident> incidents) {

    public World {
        incidents = List.copyOf(incidents);
    }

    /** "attribution=suspected, killed=0", or "as stated" for a case with nothing uncertain. */
    public String describe() {
        if (choices.isEmpty()) {
            return "as stated";
        }
        StringBuilder s = new StringBuilder();
        choices.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(IncidentField.show(v)));
        return s.toString();
    }
}
