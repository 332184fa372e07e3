package dev.casus.draft;

/**
 * A numeric comparison in a clause's conditions, such as {@code killed >= 10}, written with the
 * compared thing on the left ({@code 10 <= killed} is read as {@code killed >= 10}).
 *
 * @param field    an incident field key or an extra attribute name; for other comparisons, the
 *                 expression compared, without its binding ({@code hoursAfter(this)}, {@code intValue})
 * @param operator one of {@code > >= < <= == !=}
 * @param line     the line in the DRL file of the constraint that holds it
 * @param group    which conjunction of the rule it belongs to: comparisons with the same group are
 *                 conjoined constraints of one pattern (and of one branch of any {@code ||} in it),
 *                 so they must hold together of one fact
 */
public record Threshold(String field, String operator, double value, int line, int group) {

    /** True when {@code candidate} satisfies the comparison. */
    public boolean test(double candidate) {
        return switch (operator) {
            case ">" -> candidate > value;
            case ">=" -> candidate >= value;
            case "<" -> candidate < value;
            case "<=" -> candidate <= value;
            case "==" -> candidate == value;
            case "!=" -> candidate != value;
            default -> throw new IllegalStateException("unknown operator " + operator);
        };
    }

    /** The comparison as the rule writes it, e.g. {@code killed >= 10}. */
    public String describe() {
        String number = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        return field + " " + operator + " " + number;
    }
}
