package dev.casus.engine;

/**
 * A conclusion set aside by precedence: {@code by} is an opposite conclusion about the same subject
 * and incident that stands, and whose clause declares {@code @overrides} over the conclusion's clause.
 * {@code dev.casus.engine.Precedence} decides which conclusions these are.
 */
public record Overridden(Conclusion conclusion, Conclusion by) {
}
