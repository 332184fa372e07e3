package dev.casus.yaml;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a YAML file with SnakeYAML's composer into {@link YamlNode}s that carry line and column, so
 * that every later check can point at the exact place in the file. Only plain values, lists and
 * mappings are read: no tag ever constructs an object.
 */
public final class YamlReader {

    /** The largest file read, in bytes (64 MB): far above any real case file, so 50 MB files still load. */
    static final int MAX_BYTES = 64_000_000;
    /** How deep lists and mappings may nest; a real file needs fewer than ten levels. */
    static final int MAX_DEPTH = 50;
    /** How many aliases may refer to a list or a mapping, which keeps an alias bomb from growing. */
    static final int MAX_COLLECTION_ALIASES = 50;

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+\\.[0-9]*)([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+");
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private EditorPositions positions;

    private YamlReader(Path file) {
        this.file = file;
    }

    /**
     * Reads one YAML document. Syntax errors, repeated keys, tags, aliases that nest too deep or grow
     * too large, and bytes that are not UTF-8 become located {@link Problem}s.
     *
     * @throws InvalidInputException with every problem found
     */
    public static YamlNode read(Path file) {
        return new YamlReader(file).read();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        options.setProcessComments(false);
        return options;
    }

    /** Reads one YAML document from text, such as a resource shipped with Casus; problems name {@code name} as the file. */
    public static YamlNode read(Path name, String text) {
        return new YamlReader(name).read(text);
    }

    private YamlNode read() {
        return read(decode());
    }

    private YamlNode read(String text) {
        positions = new EditorPositions(text);
        Node root = compose(text);
        if (root == null || (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty())) {
            throw invalid(0, 0, "the file is empty");
        }
        YamlNode tree = convert(root);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tree;
    }

    private String decode() {
        return SourceText.read(file, MAX_BYTES, "YAML files");
    }

    private Node compose(String text) {
        LoaderOptions options = options();
        EventGuard guard = new EventGuard(new ParserImpl(new StreamReader(text), options), options);
        Composer composer = new AliasKeyComposer(guard, options);
        try {
            if (!composer.checkNode()) {
                return null;
            }
            Node root = composer.getNode();
            if (composer.checkNode()) {
                throw located(guard.peekEvent().getStartMark(),
                        "a second YAML document starts here; a Casus file holds one document");
            }
            return root;
        } catch (EventGuard.Refused e) {
            throw located(e.at(), e.getMessage());
        } catch (MarkedYAMLException e) {
            int[] stray = positions.strayBreak(e.getContextMark(), e.getProblemMark());
            if (stray != null) {
                throw invalid(stray[0], stray[1], "YAML syntax: " + explanation(e) + String.format(Locale.ROOT,
                        "; the invisible character U+%04X here is a line break to YAML: remove it", stray[2]));
            }
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw located(at, "YAML syntax: " + explanation(e));
        } catch (ReaderException e) {
            throw unprintable(text);
        } catch (YAMLException e) {
            throw located(guard.lastMark(), "YAML: " + e.getMessage());
        } catch (NumberFormatException e) {
            // SnakeYAML's scanner parses the hex digits of a unicode escape cut short by the end of the file without a check
            throw located(guard.lastMark(), "YAML syntax: an escape such as \\u0041 in a double-quoted text is cut short here: "
                    + "give its hex digits, or close the quotes");
        }
    }

    /**
     * A composer that gives a key written as an alias ({@code *k}) the place of the alias rather than
     * that of its anchor, so that a key repeated through an alias is reported where it is repeated.
     */
    private static final class AliasKeyComposer extends Composer {

        AliasKeyComposer(org.yaml.snakeyaml.parser.Parser parser, LoaderOptions options) {
            super(parser, new Resolver(), options);
        }

        @Override
        protected Node composeKeyNode(MappingNode node) {
            Mark alias = parser.checkEvent(Event.ID.Alias) ? parser.peekEvent().getStartMark() : null;
            Node key = super.composeKeyNode(node);
            if (alias != null && key instanceof ScalarNode scalar) {
                return new ScalarNode(scalar.getTag(), scalar.getValue(), alias, alias, scalar.getScalarStyle());
            }
            return key;
        }
    }

    private InvalidInputException located(Mark at, String message) {
        return at == null ? invalid(0, 0, message) : invalid(positions.line(at), positions.column(at), message);
    }

    /** The parser's explanation, without its marks and source excerpts, which the location replaces. */
    private static String explanation(MarkedYAMLException e) {
        List<String> kept = new ArrayList<>();
        for (String part : new String[] {e.getContext(), e.getProblem()}) {
            if (part != null) {
                part.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(kept::add);
            }
        }
        return kept.isEmpty() ? "cannot parse" : String.join("; ", kept);
    }

    /** YAML allows no control characters but tab and line breaks; points at the first other one. */
    private InvalidInputException unprintable(String text) {
        int index = 0;
        for (int i = 0; i < text.length(); index++) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                int[] at = positions.at(index);
                return invalid(at[0], at[1], String.format(Locale.ROOT,
                        "the character U+%04X is not allowed in YAML; is this a text file?", c));
            }
            i += Character.charCount(c);
        }
        return invalid(0, 0, "the file holds a character that YAML does not allow");
    }

    private YamlNode convert(Node node) {
        YamlNode done = converted.get(node);
        if (done != null) {
            return done;
        }
        int line = positions.line(node.getStartMark());
        int column = positions.column(node.getStartMark());
        YamlNode out;
        if (node instanceof ScalarNode scalar) {
            out = scalar(scalar, line, column);
        } else if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            out = new YamlNode.Sequence(items, line, column);
        } else {
            out = mapping((MappingNode) node, line, column);
        }
        converted.put(node, out);
        return out;
    }

    private YamlNode.Mapping mapping(MappingNode node, int line, int column) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Mark at = tuple.getKeyNode().getStartMark();
            int keyLine = positions.line(at);
            int keyColumn = positions.column(at);
            YamlNode value = convert(tuple.getValueNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.add(new Problem(file, keyLine, keyColumn, "a key must be a single value, not "
                        + convert(tuple.getKeyNode()).shape()));
                continue;
            }
            String key = keyNode.getValue();
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                problems.add(new Problem(file, keyLine, keyColumn,
                        "'" + key + "' is given twice in this mapping (first on line " + first.line() + ")"));
            } else {
                entries.put(key, new YamlNode.Entry(key, keyLine, keyColumn, value));
            }
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    /**
     * A scalar's kind follows YAML's own resolution, narrowed so that each kind's text always parses:
     * an integer is decimal digits, a decimal is what {@link Double#parseDouble} reads, a boolean is
     * true or false. Anything else (yes, 0x1F, 1_000, .inf) stays text.
     */
    private static YamlNode.Scalar scalar(ScalarNode node, int line, int column) {
        String text = node.getValue();
        Tag tag = node.getTag();
        YamlNode.Scalar.Kind kind = YamlNode.Scalar.Kind.STRING;
        if (tag.equals(Tag.NULL)) {
            kind = YamlNode.Scalar.Kind.NULL;
        } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)) {
            if (INTEGER.matcher(text).matches()) {
                kind = YamlNode.Scalar.Kind.INTEGER;
            } else if (DECIMAL.matcher(text).matches()) {
                kind = YamlNode.Scalar.Kind.DECIMAL;
            } else if (BOOLEANS.contains(text)) {
                kind = YamlNode.Scalar.Kind.BOOLEAN;
            } else if (NULLS.contains(text)) {
                kind = YamlNode.Scalar.Kind.NULL;
            }
        }
        return new YamlNode.Scalar(kind == YamlNode.Scalar.Kind.NULL ? null : text, kind, line, column);
    }

    private InvalidInputException invalid(int line, int column, String message) {
        problems.add(new Problem(file, line, column, message));
        return new InvalidInputException(problems);
    }
}
