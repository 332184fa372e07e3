package dev.casus.draft;

/** An instrument a draft models or cites, e.g. the North Atlantic Treaty, Art. 5. */
public record Source(String instrument, String article, String note) {
}
