package dev.casus.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node that remembers where it stood in its file. */
public sealed interface YamlNode {

    int line();

    int column();

    /** A short name of the node's shape, for messages: "a mapping", "a list", "a value". */
    String shape();

    /** A mapping; keys keep their own positions. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String shape() {
            return "a mapping";
        }
    }

    /** One key of a mapping and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code text} is null for YAML null. An unquoted number or boolean keeps its YAML type
     * in {@code kind}, and its text always parses: INTEGER is decimal digits with an optional sign,
     * DECIMAL is what {@link Double#parseDouble} reads, BOOLEAN is true or false. Quoted values, and
     * forms such as yes, 0x1F, 1_000 or .inf, are STRING.
     */
    record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String shape() {
            return "a value";
        }
    }
}
