package dev.casus.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A problem in a user's file, located as precisely as the file allows.
 *
 * @param line   1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 */
public record Problem(Path file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file.toString())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /** {@code path:line:col: message}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.toString());
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
