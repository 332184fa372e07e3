package dev.casus.properties;

import java.util.List;
import java.util.stream.Collectors;

/** A condition a generated clause puts on the incident, inside {@code Incident(...)}. */
sealed interface Condition {

    Field field();

    /** The constraint as DRL writes it. */
    String drl();

    /** A numeric comparison, written field first ({@code killed > 10}) or number first ({@code 10 < killed}). */
    record Compare(Field field, String operator, double value, boolean numberFirst) implements Condition {

        @Override
        public String drl() {
            String number = Field.number(value);
            return numberFirst
                    ? number + " " + flip(operator) + " " + field.read()
                    : field.read() + " " + operator + " " + number;
        }

        /** True when {@code candidate} satisfies the comparison. */
        boolean test(double candidate) {
            return switch (operator) {
                case ">" -> candidate > value;
                case ">=" -> candidate >= value;
                case "<" -> candidate < value;
                case "<=" -> candidate <= value;
                case "==" -> candidate == value;
                case "!=" -> candidate != value;
                default -> throw new IllegalStateException(operator);
            };
        }

        private static String flip(String operator) {
            return switch (operator) {
                case ">" -> "<";
                case ">=" -> "<=";
                case "<" -> ">";
                case "<=" -> ">=";
                default -> operator;
            };
        }
    }

    /** One of some values of an enum or text field, or none of them: {@code ==}, {@code !=}, {@code in}, {@code not in}. */
    record Among(Field field, List<Object> values, boolean negated) implements Condition {

        public Among {
            values = List.copyOf(values);
        }

        @Override
        public String drl() {
            if (values.size() == 1) {
                return field.read() + (negated ? " != " : " == ") + field.drl(values.get(0));
            }
            return field.read() + (negated ? " not in (" : " in (")
                    + values.stream().map(field::drl).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** A boolean field or flag: {@code verified == true}, {@code flag("nuclear-used") == false}. */
    record Is(Field field, boolean value) implements Condition {

        @Override
        public String drl() {
            return field.read() + " == " + value;
        }
    }
}
