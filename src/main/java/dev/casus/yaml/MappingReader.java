package dev.casus.yaml;

import dev.casus.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping, adding a located {@link Problem} for every field that is
 * unknown, missing or of the wrong shape, so that a file's problems are all found in one pass.
 */
public final class MappingReader {

    private final Path file;
    private final YamlNode.Mapping mapping;
    private final List<Problem> problems;
    private final String what;

    private MappingReader(Path file, YamlNode.Mapping mapping, List<Problem> problems, String what) {
        this.file = file;
        this.mapping = mapping;
        this.problems = problems;
        this.what = what;
    }

    /** A reader over {@code node}; when it is not a mapping, a problem is added and every field reads as absent. */
    public static MappingReader of(Path file, YamlNode node, List<Problem> problems, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return new MappingReader(file, m, problems, what);
        }
        int line = node == null ? 0 : node.line();
        int column = node == null ? 0 : node.column();
        problems.add(new Problem(file, line, column, what + " must be a mapping of fields"
                + (node == null ? "" : ", not " + node.shape())));
        return new MappingReader(file, new YamlNode.Mapping(Map.of(), line, column), problems, what);
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public Path file() {
        return file;
    }

    /** Reports every key that is not in {@code allowed}, with the nearest allowed one as a hint. */
    public MappingReader allowOnly(Set<String> allowed) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.add(new Problem(file, e.line(), e.column(),
                        "unknown field '" + e.key() + "' in " + what + Suggest.hint(e.key(), allowed)));
            }
        }
        return this;
    }

    public boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    public YamlNode node(String key) {
        return mapping.get(key);
    }

    /** A text field; null when absent, with a problem if {@code required}. */
    public String text(String key, boolean required) {
        YamlNode node = mapping.get(key);
        if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problem(node, "'" + key + "' must be a single value, not " + node.shape());
        return null;
    }

    /** A list field; empty when absent, with a problem if {@code required} or if it is not a list. */
    public List<YamlNode> list(String key, boolean required) {
        YamlNode node = mapping.get(key);
        if (node == null || (node instanceof YamlNode.Scalar s && s.text() == null)) {
            if (required) {
                missing(key);
            }
            return List.of();
        }
        if (node instanceof YamlNode.Sequence seq) {
            return seq.items();
        }
        problem(node, "'" + key + "' must be a list");
        return List.of();
    }

    /** A list of plain values: a single value is accepted as a list of one. */
    public List<String> texts(String key) {
        YamlNode node = mapping.get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items() : List.of(node);
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.text() != null) {
                out.add(s.text());
            } else {
                problem(item, "each entry of '" + key + "' must be a single value");
            }
        }
        return out;
    }

    public int lineOf(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? mapping.line() : e.line();
    }

    public void missing(String key) {
        problems.add(new Problem(file, mapping.line(), mapping.column(), what + " needs '" + key + "'"));
    }

    public void problem(YamlNode at, String message) {
        problems.add(new Problem(file, at == null ? mapping.line() : at.line(),
                at == null ? mapping.column() : at.column(), message));
    }
}
