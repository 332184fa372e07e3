package dev.casus.api;

/** What one concrete world says about a party's commitment. */
public enum CommitmentStatus {
    /** Activated, with no condition attached. */
    ACTIVE,
    /** Activated, but the party's condition (e.g. parliamentary approval) applies. */
    CONDITIONAL,
    /** Not activated, or withheld by an exception. */
    INACTIVE,
    /** Standing clauses both activate and withhold it. */
    CONFLICT
}
