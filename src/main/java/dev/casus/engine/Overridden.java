package dev.casus.engine;

/** Marks a conclusion set aside by an opposite conclusion of a clause that declares precedence over it. */
public record Overridden(Conclusion conclusion, Conclusion by) {
}
