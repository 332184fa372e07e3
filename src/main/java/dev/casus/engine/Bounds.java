package dev.casus.engine;

import java.time.Duration;

/**
 * How far the evaluations of one case may go: at most {@code maxFirings} rule firings in one world,
 * and no firing once the case's time limit has passed. Also records the rule that fired last, so that
 * whoever watches a case that will not stop can name the clause it is in.
 */
public final class Bounds {

    private final int maxFirings;
    private final Duration timeLimit;
    private final long deadlineNanos;
    private volatile String lastRule;

    private Bounds(int maxFirings, Duration timeLimit, long deadlineNanos) {
        this.maxFirings = maxFirings;
        this.timeLimit = timeLimit;
        this.deadlineNanos = deadlineNanos;
    }

    /** Bounds whose time limit starts now. */
    public static Bounds startingNow(int maxFirings, Duration timeLimit) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, not " + maxFirings);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be longer than zero, not " + timeLimit);
        }
        return new Bounds(maxFirings, timeLimit, System.nanoTime() + timeLimit.toNanos());
    }

    public int maxFirings() {
        return maxFirings;
    }

    /** True once the time limit has passed. */
    public boolean expired() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    /** The rule that fired last under these bounds, or null if none has. */
    public String lastRule() {
        return lastRule;
    }

    void firing(String rule) {
        lastRule = rule;
    }

    /** The time limit as a drafter reads it: {@code 60 s}, {@code 1.5 s}, {@code 250 ms}. */
    public String timeLimitText() {
        return describe(timeLimit);
    }

    /** A duration as a drafter reads it: {@code 60 s}, {@code 1.5 s}, {@code 250 ms}. */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    }
}
