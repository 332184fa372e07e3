package dev.casus.engine;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Deadlines as drafts write them: {@code 24h}, {@code 7d}, or ISO-8601 such as {@code PT36H}. */
public final class Deadlines {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(h|d)");

    private Deadlines() {
    }

    /** Parses a deadline; throws {@link IllegalArgumentException} with the accepted forms. */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a deadline must not be empty");
        }
        Matcher m = SHORT.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n);
        }
        try {
            return Duration.parse(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a deadline: write e.g. 24h, 7d or PT36H");
        }
    }

    /** The short form: {@code 24h}, {@code 7d}. */
    public static String format(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        return hours % 24 == 0 && hours >= 72 ? (hours / 24) + "d" : hours + "h";
    }
}
