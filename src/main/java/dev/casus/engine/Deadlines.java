package dev.casus.engine;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Deadlines as drafts write them: {@code 24h}, {@code 7d}, or ISO-8601 such as {@code PT36H}. */
public final class Deadlines {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(h|d)");

    private Deadlines() {
    }

    /**
     * Parses a deadline; throws {@link IllegalArgumentException} with the accepted forms when it does
     * not parse, or when it is not longer than zero ({@code PT-5H}, {@code 0h}).
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a deadline must not be empty: write e.g. 24h, 7d or PT36H");
        }
        Duration deadline;
        try {
            Matcher m = SHORT.matcher(text.strip());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                deadline = m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n);
            } else {
                deadline = Duration.parse(text.strip());
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a deadline: write e.g. 24h, 7d or PT36H");
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("'" + text + "' is not a deadline: it must be longer than zero, e.g. 24h, 7d or PT36H");
        }
        return deadline;
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
