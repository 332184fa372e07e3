package dev.casus.draft;

/**
 * A numeric comparison in a clause's conditions, such as {@code killed >= 10}, written with the
 * field on the left.
 *
 * @param field    an incident field key, or an extra attribute name
 * @param operator one of {@code > >= < <= == !=}
 * @param line     the line in the DRL file
 */
public record Threshold(String field, String operator, double value, int line) {

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
