package dev.casus.draft;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a draft is in force (draft.yaml {@code inForce: {from, until}}), both days included.
 *
 * @param until the last day in force; null when it stays in force
 */
public record InForce(LocalDate from, LocalDate until) {

    /** Always in force: a draft without {@code inForce}. */
    public static final InForce ALWAYS = new InForce(LocalDate.MIN, null);

    public InForce {
        Objects.requireNonNull(from, "from must not be null");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until (" + until + ") is before from (" + from + ")");
        }
    }

    /** True when in force on {@code date}; a null date (an incident without a time) counts as in force. */
    public boolean on(LocalDate date) {
        return date == null || (!date.isBefore(from) && (until == null || !date.isAfter(until)));
    }

    /** True when the draft states no dates of its own. */
    public boolean always() {
        return this.equals(ALWAYS);
    }

    /** "the draft is not in force on 2022-02-24: in force from 2024-01-01"; null when it is. */
    public String notInForceOn(LocalDate date) {
        if (on(date)) {
            return null;
        }
        return "the draft is not in force on " + date + ": in force from " + from + (until == null ? "" : " until " + until);
    }
}
