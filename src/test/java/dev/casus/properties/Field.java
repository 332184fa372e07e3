package dev.casus.properties;

import dev.casus.model.Act;
import dev.casus.model.Attribution;
import dev.casus.model.Described;
import dev.casus.model.Intent;
import dev.casus.vocabulary.ValueType;
import dev.casus.model.Zone;

import java.util.Arrays;
import java.util.List;

/** The incident fields the generated drafts and cases use, with what a clause and a case may say about each. */
enum Field {
    KILLED("killed", ValueType.INTEGER, false, null),
    INJURED("injured", ValueType.INTEGER, false, null),
    WARSHIPS("warships", ValueType.INTEGER, true, null),
    DAMAGE("damage", ValueType.DECIMAL, false, null),
    ATTRIBUTION("attribution", ValueType.ENUM, false, Attribution.class),
    INTENT("intent", ValueType.ENUM, false, Intent.class),
    ACT("act", ValueType.ENUM, false, Act.class),
    ZONE("zone", ValueType.ENUM, false, Zone.class),
    VERIFIED("verified", ValueType.BOOLEAN, false, null),
    NUCLEAR("nuclear-used", ValueType.BOOLEAN, true, null),
    COUNTRY("country", ValueType.TEXT, false, null);

    /** The countries cases and clauses name. */
    static final List<String> COUNTRIES = List.of("UA", "PL", "MD", "RO");

    private final String key;
    private final ValueType type;
    private final boolean extra;
    private final Class<? extends Enum<?>> enumType;

    Field(String key, ValueType type, boolean extra, Class<? extends Enum<?>> enumType) {
        this.key = key;
        this.type = type;
        this.extra = extra;
        this.enumType = enumType;
    }

    /** The key in a case: the incident field, or the extra attribute's name. */
    String key() {
        return key;
    }

    ValueType type() {
        return type;
    }

    /** True for an extra attribute that draft.yaml declares. */
    boolean extra() {
        return extra;
    }

    boolean numeric() {
        return type.isNumeric();
    }

    /** Every value the field can take, for the fields that have a finite domain (enums, booleans, the test's countries). */
    List<Object> domain() {
        return switch (type) {
            case ENUM -> Arrays.asList((Object[]) enumType.getEnumConstants());
            case BOOLEAN -> List.of(false, true);
            case TEXT -> List.copyOf(COUNTRIES);
            default -> throw new IllegalStateException(key + " has no finite domain");
        };
    }

    /** How a clause's condition reads the field inside {@code Incident(...)}. */
    String read() {
        if (!extra) {
            return key;
        }
        return (type == ValueType.BOOLEAN ? "flag" : "number") + "(\"" + key + "\")";
    }

    /** A value as DRL writes it: {@code Attribution.CONFIRMED}, {@code "UA"}, {@code 10}, {@code 2.5}. */
    String drl(Object value) {
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Double d) {
            return number(d);
        }
        return String.valueOf(value);
    }

    /** A value as a case file writes it. */
    String yaml(Object value) {
        if (value instanceof Enum<?> e) {
            return ((Described) e).yamlName();
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Double d) {
            return type == ValueType.INTEGER ? Long.toString(Math.round(d)) : Double.toString(d);
        }
        return String.valueOf(value);
    }

    /** The Java value a case holds for a number of this field. */
    Object numberValue(double value) {
        return type == ValueType.INTEGER ? (Object) (int) value : (Object) value;
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
