package dev.casus.properties;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A YAML document as a tree the fuzz properties mutate and write back as text. Scalars and keys are
 * kept as written (quotes, tags and anchors included), so that a mutation can put anything YAML
 * allows, or does not, in their place; a collection may carry a prefix (an anchor, a tag) and be
 * written in block or flow style.
 */
final class YamlTree {

    enum Kind { SCALAR, LIST, MAP }

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/()+-]*");

    final Kind kind;
    String raw;
    String prefix = "";
    boolean flow;
    final List<String> keys = new ArrayList<>();
    final List<YamlTree> children = new ArrayList<>();

    private YamlTree(Kind kind, String raw) {
        this.kind = kind;
        this.raw = raw;
    }

    static YamlTree scalar(String raw) {
        return new YamlTree(Kind.SCALAR, raw);
    }

    static YamlTree list(List<YamlTree> items) {
        YamlTree t = new YamlTree(Kind.LIST, null);
        t.children.addAll(items);
        return t;
    }

    static YamlTree list(YamlTree... items) {
        return list(List.of(items));
    }

    /** A mapping from alternating keys (raw text) and values (trees, or strings taken as raw scalars). */
    static YamlTree map(Object... keysAndValues) {
        YamlTree t = new YamlTree(Kind.MAP, null);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            t.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return t;
    }

    YamlTree put(String key, Object value) {
        keys.add(key);
        children.add(value instanceof YamlTree tree ? tree : scalar((String) value));
        return this;
    }

    YamlTree flow() {
        flow = true;
        return this;
    }

    YamlTree copy() {
        YamlTree t = new YamlTree(kind, raw);
        t.prefix = prefix;
        t.flow = flow;
        t.keys.addAll(keys);
        children.forEach(c -> t.children.add(c.copy()));
        return t;
    }

    /** This node and every node under it, in document order. */
    List<YamlTree> nodes() {
        List<YamlTree> out = new ArrayList<>();
        collect(out);
        return out;
    }

    private void collect(List<YamlTree> out) {
        out.add(this);
        children.forEach(c -> c.collect(out));
    }

    /** A scalar as a case file or draft.yaml writes it: plain when it can be, else double-quoted. */
    static String quoteIfNeeded(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        StringBuilder s = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\x%02X", c));
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.append('"').toString();
    }

    // reading ------------------------------------------------------------------------------

    /** A YAML file of the repository as a tree; its comments are dropped. */
    static YamlTree read(Path file) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(Files.newBufferedReader(file));
            return of(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YamlTree of(Node node) {
        if (node instanceof ScalarNode s) {
            return scalar(s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? s.getValue() : quoteIfNeeded(s.getValue()));
        }
        if (node instanceof SequenceNode seq) {
            YamlTree t = list(seq.getValue().stream().map(YamlTree::of).toList());
            t.flow = seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            return t;
        }
        MappingNode m = (MappingNode) node;
        YamlTree t = map();
        for (NodeTuple tuple : m.getValue()) {
            t.put(((ScalarNode) tuple.getKeyNode()).getValue(), of(tuple.getValueNode()));
        }
        t.flow = m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        return t;
    }

    // writing ------------------------------------------------------------------------------

    String render() {
        StringBuilder out = new StringBuilder();
        if (kind == Kind.SCALAR || flow || children.isEmpty()) {
            out.append(inline()).append('\n');
        } else {
            if (!prefix.isEmpty()) {
                out.append("--- ").append(prefix).append('\n');
            }
            block(out, 0);
        }
        return out.toString();
    }

    private String head() {
        return prefix.isEmpty() ? "" : prefix + " ";
    }

    private String inline() {
        return switch (kind) {
            case SCALAR -> head() + raw;
            case LIST -> {
                List<String> items = children.stream().map(YamlTree::inline).toList();
                yield head() + "[" + String.join(", ", items) + "]";
            }
            case MAP -> {
                List<String> entries = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    entries.add(keys.get(i) + ": " + children.get(i).inline());
                }
                yield head() + "{" + String.join(", ", entries) + "}";
            }
        };
    }

    private boolean isBlock() {
        return kind != Kind.SCALAR && !flow && !children.isEmpty();
    }

    /** A block collection's lines at {@code indent}. */
    private void block(StringBuilder out, int indent) {
        String pad = " ".repeat(indent);
        for (int i = 0; i < children.size(); i++) {
            YamlTree child = children.get(i);
            if (kind == Kind.MAP) {
                out.append(pad).append(keys.get(i)).append(':');
                child.value(out, indent + 2);
            } else if (child.kind == Kind.MAP && child.isBlock() && child.prefix.isEmpty()) {
                StringBuilder item = new StringBuilder();
                child.block(item, indent + 2);
                out.append(pad).append("- ").append(item.substring(indent + 2));
            } else {
                out.append(pad).append('-');
                child.value(out, indent + 2);
            }
        }
    }

    /** A value after "key:" or "-": inline, or on the next lines. */
    private void value(StringBuilder out, int indent) {
        if (!isBlock()) {
            out.append(' ').append(inline()).append('\n');
            return;
        }
        if (!prefix.isEmpty()) {
            out.append(' ').append(prefix);
        }
        out.append('\n');
        block(out, indent);
    }

    @Override
    public String toString() {
        return render();
    }
}
