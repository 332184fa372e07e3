package dev.casus.evaluation;

/**
 * One clause's conclusion behind a result.
 *
 * @param positive     true for "holds"/"activates", false for "does not hold"/"withholds"
 * @param incident     the id of the incident it is about
 * @param overriddenBy the clause that set it aside under declared precedence; null when it stands
 */
public record Support(String clause, String rule, String text, boolean positive, String incident,
                      String overriddenBy) {

    public boolean stands() {
        return overriddenBy == null;
    }
}
