package dev.casus.api;

/**
 * One clause's conclusion behind a result.
 *
 * @param positive     true for "holds"/"activates", false for "does not hold"/"withholds"
 * @param incident     the id of the incident it is about
 * @param overriddenBy the clause that set it aside under declared precedence; null when it stands
 * @param deadline     for an activation, the deadline it sets (its own, or the declared one); else null
 */
public record Support(String clause, String rule, String text, boolean positive, String incident,
                      String overriddenBy, java.time.Duration deadline) {

    public boolean stands() {
        return overriddenBy == null;
    }
}
