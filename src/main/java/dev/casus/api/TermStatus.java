package dev.casus.api;

/** What one concrete world says about a term. */
public enum TermStatus {
    /** A clause concluded it, and no standing clause says otherwise. */
    HOLDS,
    /** A clause concluded that it does not hold, and none says it does. */
    DOES_NOT_HOLD,
    /** Standing clauses conclude both: no declared precedence decides. */
    CONFLICT,
    /** No clause concluded anything about it. */
    NOT_CONCLUDED;

    public boolean holds() {
        return this == HOLDS;
    }
}
