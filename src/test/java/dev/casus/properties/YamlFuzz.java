package dev.casus.properties;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the YAML loaders: a valid document, changed by structural {@link Mutation}s of its tree
 * (keys dropped, repeated or renamed, values of the wrong shape or type, tags, anchors and aliases,
 * deep nesting, long or strange text) and by {@link Edit}s of its bytes (truncation, bytes that are
 * not UTF-8, a BOM, other line endings, tabs, more documents), and the check that a loader's every
 * problem is located.
 */
final class YamlFuzz {

    private YamlFuzz() {
    }

    // values and keys a mutation puts in -----------------------------------------------------

    /** Values as written in YAML: wrong types, numbers out of range, tags, aliases, broken syntax. */
    static final List<String> HOSTILE_VALUES = List.of(
            "", "''", "\"\"", "~", "null", "true", "false", "yes", "No", "on", "0", "-0", "-1", "1", "12", "007",
            "2147483647", "2147483648", "-2147483649", "99999999999999999999", "-99999999999999999999",
            "1e400", "-1e400", "1e-400", "4.9e-324", "1.5", "0.5", "-2.5", "1.7976931348623157e308", "1e308",
            ".nan", ".NaN", ".inf", "-.Inf", "0x1F", "0o17", "0b101", "1_000", "1:30:00", "+12", "12.", ".5", "1E3",
            "2025-02-30", "2026-03-01T04:00:00Z", "2026-03-01T04:00:00", "2026-03-01 04:00:00 +02:00", "2026-13-01",
            "2026-03-01T25:00:00Z", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "2026-03-01T04:00:00+25:00", "2026-02-29", "2024-02-29", "0000-01-01", "'single quoted'",
            "\"double \\\" quoted\"", "\"\\0\"", "\"\\uD800\"", "\"\\U0001F600\"", "\"\\x41\\e\"", "\"\\q\"",
            "\"\\u0085\"", "\"a\\nb\"", "Türkiye", "😀", "\u202Egnp.exe", "zero\u200Bwidth", "a\u0085b", "a\u2028b",
            "unknown", "Unknown", "UNKNOWN", "[]", "{}", "[unknown]", "[1, 1]", "[1, 2.5]", "[missile-strike, 12]",
            "[[a]]", "[~]", "{from: 0, to: 1e400}", "{from: 5, to: 1}", "{from: -1, to: 3}", "{from: .nan, to: 1}",
            "{from: 0}", "{to: 1, from: 1}", "{from: 0, to: 99999999999999999999}", "{from: a, to: b}",
            "{from: 0, to: 1, by: 2}", "{from: [1], to: 2}", "*nowhere", "&lonely value", "!!binary aGVsbG8=",
            "!!java.lang.Object {}", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]",
            "!!python/object/apply:os.system [id]", "!!set {a, b}", "!!omap [a: 1]", "!!timestamp 2026-01-01",
            "!!int 12", "!!int abc", "!!float 1.5", "!!str 12", "!!bool yes", "!!null ''", "!!null abc", "!custom x",
            "!<tag:yaml.org,2002:str> x", "!<tag:evil.com,2000:x> y", "! plain", "@reserved", "`backtick", "%percent",
            "- item", "? key", "key: value", "a # comment", "#only comment", "\"unterminated", "'unterminated",
            "[unclosed", "{unclosed", "}", "]", ",", "<<", "=", "|", ">", "&", "*", "!", "'it''s'", "\"\\t\\ttabs\"",
            "FR/consult", "XX/consult", "FR/", "/consult", "FR/consult/extra", "FR /consult", "UA/assist",
            "24h", "0h", "-1d", "PT-5H", "PT36H", "P1000000000D", "9223372036854775807h", "99999999999999999999d",
            "1e3h", "h", "7 d", "P1Y", "PT0S", "missile-strike", "missile_strike", "MISSILE-STRIKE", "misile-strike",
            "guarantor", "guarantors", "enum", "boolean", "integer", "decimal", "text", "time", "float",
            "open-texture", "open texture", "conflict", "dead-clause", "Art. 1", "RU", "UA", "FR", "DE", "consult",
            "assist", "pact", "fuzz", "coalition");

    /** Keys a rename may give: other fields, misspellings, and what YAML allows as a key but Casus cannot use. */
    static final List<String> HOSTILE_KEYS = List.of(
            "", "''", "\"\"", "~", "null", "1", "true", "1.5", "[a, b]", "{a: 1}", "*nowhere", "!!binary aGk=",
            "!!java.lang.Object x", "!!str 12", "<<", "? x", "Ünïcode", "😀", "key with spaces", "ID", "Id", "id ",
            "\"id\"", "'title'", "&k id", "extra", "incident", "cases", "drafts", "expect", "parties", "commitments",
            "attributes", "from", "to", "kind", "clause", "killed", "act", "time", "damage", "type", "values", "role",
            "deadline", "conditions", "commitments", "timeline", "expectFor", "strict", "silent", "title", "id");

    /** Values put in place of a number: out of range, not finite, of another type. */
    static final List<String> NUMBERS = List.of("-1", "-0", "0", "2.5", "-2.5", "0.1", "1e400", "-1e400", ".nan", ".inf",
            "-.inf", "99999999999999999999", "-99999999999999999999", "2147483647", "2147483648", "1.7976931348623157e308",
            "4.9e-324", "1e-400", "0x10", "1_000", "\"12\"", "12abc", "", "~", "true", "[1, 2]", "[]", "[2.5]",
            "{from: 1e400, to: 1e401}", "{from: -1, to: 2}", "{from: 0, to: .nan}", "{from: 2.5, to: 3.5}",
            "{from: 0, to: 99999999999999999999}", "{from: 3, to: 3}", "unknown", "[unknown]", "[1e400]", "[-1, 1]");

    /** Values put in place of a word (an enum value, an id, a name): near misses, other types. */
    static final List<String> WORDS = List.of("unknown", "UNKNOWN", "Missile-Strike", "missile_strike", "missile strike",
            "missilestrike", "guarantor", "state", "armed-attack", "", "~", "12", "true", "[]", "[state, non-state]",
            "[state, bogus]", "[unknown, state]", "{}", "ü", "-", "a/b", "enum", "FR", "XX", "FR/consult", "consult",
            "\"\"", "' '", "\"\\u0000\"", "Art. 9", "[[state]]", "{from: 1, to: 2}");

    /** Values put in place of a time. */
    static final List<String> TIMES = List.of("2025-02-30", "2025-02-29", "2024-02-29", "2026-03-01T04:00:00",
            "2026-03-01T24:00:00Z", "2026-03-01T04:00:00+25:00", "2026-03-01T04:00:00+14:00", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00+18:00", "2026-03-01T04:00:00.123456789Z", "2026-W09-1", "1772337600",
            "2026-03-01T04:00Z", "2026-03-01 04:00:00Z", "'2026-03-01T04:00:00Z'", "[2026-03-01T04:00:00Z, 2026-03-02]",
            "{from: 2026-03-01, to: 2026-03-02}", "unknown", "0000-00-00", "2026-3-1");

    /** Values put in place of a deadline. */
    static final List<String> DEADLINES = List.of("0h", "-1h", "PT-5H", "P-1D", "9223372036854775807h",
            "2562047788015216h", "106751991167301d", "99999999999999999999h", "1e3h", "24 h", "24H", "PT24H", "P1D",
            "P1Y", "PT0.5S", "PT0.000000001S", "1.5h", "h", "", "~", "[24h]", "24", "24d", "{h: 24}", "PT9999999999999999999H");

    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9][0-9.eE+-]*");
    private static final Pattern WORD_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9 ._-]*");
    private static final Pattern TIME_LIKE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
    private static final Pattern DEADLINE_LIKE = Pattern.compile("[0-9]+[hd]|P.*");

    /** Tags a mutation writes before a node. */
    static final List<String> TAGS = List.of("!!java.lang.Object", "!!binary", "!!str", "!!int", "!!float", "!!bool",
            "!!null", "!!map", "!!seq", "!!set", "!!omap", "!!pairs", "!!timestamp", "!!merge", "!!python/object:os.system",
            "!foo", "!", "!<tag:yaml.org,2002:int>", "!<!>", "!!java.net.URL");

    /** Units a long string is made of. */
    private static final List<String> UNITS = List.of("a", "é", "😀", "x ", "Art. ", "\u0301", "\u202E", "-", ":");

    // structural mutations -----------------------------------------------------------------

    enum Op { TYPED, DROP, DUPLICATE, RENAME, VALUE, SHAPE, TAG, ANCHOR_ALIAS, SELF_ALIAS, ALIAS_KEY, BOMB, NEST, LONG, STYLE, EMPTY, SWAP }

    /** One change to a document's tree; {@code where} and {@code what} pick the node and the replacement. */
    record Mutation(Op op, int where, int what) {

        @Override
        public String toString() {
            return op + "@" + where + "/" + what;
        }

        YamlTree apply(YamlTree document) {
            // a holder above the document, so that the document itself can be replaced like any node
            YamlTree holder = YamlTree.list(document);
            applyUnder(holder);
            return holder.children.isEmpty() ? YamlTree.scalar("") : holder.children.get(0);
        }

        private void applyUnder(YamlTree root) {
            List<YamlTree> nodes = root.children.get(0).nodes();
            YamlTree node = nodes.get(Math.floorMod(where, nodes.size()));
            List<YamlTree> parents = nodes.stream().filter(n -> !n.children.isEmpty()).toList();
            YamlTree parent = parents.isEmpty() ? null : parents.get(Math.floorMod(where, parents.size()));
            int child = parent == null ? 0 : Math.floorMod(what, parent.children.size());
            switch (op) {
                case TYPED -> {
                    List<YamlTree> scalars = nodes.stream().filter(n -> n.kind == YamlTree.Kind.SCALAR && n.raw != null).toList();
                    if (!scalars.isEmpty()) {
                        YamlTree scalar = scalars.get(Math.floorMod(where, scalars.size()));
                        replace(root, scalar, YamlTree.scalar(typed(scalar.raw, what)));
                    }
                }
                case DROP -> {
                    if (parent != null) {
                        parent.children.remove(child);
                        if (parent.kind == YamlTree.Kind.MAP) {
                            parent.keys.remove(child);
                        }
                    }
                }
                case DUPLICATE -> {
                    if (parent != null) {
                        parent.children.add(child + 1, parent.children.get(child).copy());
                        if (parent.kind == YamlTree.Kind.MAP) {
                            parent.keys.add(child + 1, parent.keys.get(child));
                        }
                    }
                }
                case RENAME -> {
                    if (parent != null && parent.kind == YamlTree.Kind.MAP) {
                        parent.keys.set(child, renamed(parent.keys.get(child), what));
                    }
                }
                case VALUE -> replace(root, node, YamlTree.scalar(pick(HOSTILE_VALUES, what)));
                case SHAPE -> replace(root, node, shape(node, what));
                case TAG -> node.prefix = (pick(TAGS, what) + " " + node.prefix).strip();
                case ANCHOR_ALIAS -> {
                    YamlTree other = nodes.get(Math.floorMod(what, nodes.size()));
                    if (other != node) {
                        node.prefix = ("&a" + Math.floorMod(where, 7) + " " + node.prefix).strip();
                        replace(root, other, YamlTree.scalar("*a" + Math.floorMod(where, 7)));
                    }
                }
                case SELF_ALIAS -> {
                    if (parent != null) {
                        parent.prefix = ("&self " + parent.prefix).strip();
                        List<YamlTree> inside = parent.nodes();
                        YamlTree target = inside.get(1 + Math.floorMod(what, inside.size() - 1));
                        replace(root, target, YamlTree.scalar("*self"));
                    }
                }
                case ALIAS_KEY -> {
                    List<YamlTree> maps = nodes.stream().filter(n -> n.kind == YamlTree.Kind.MAP && !n.keys.isEmpty()).toList();
                    if (!maps.isEmpty()) {
                        YamlTree map = maps.get(Math.floorMod(what, maps.size()));
                        int i = Math.floorMod(where, map.keys.size());
                        String key = map.keys.get(i);
                        map.keys.set(i, "&k " + key);
                        map.keys.add("*k");
                        map.children.add(YamlTree.scalar(pick(HOSTILE_VALUES, what)));
                    }
                }
                case BOMB -> replace(root, node, bomb(2 + Math.floorMod(what, 8), 2 + Math.floorMod(where, 9)));
                case NEST -> replace(root, node, nest(node.copy(), Math.floorMod(what, 3) == 0
                        ? 45 + Math.floorMod(where, 15) : 1 + Math.floorMod(where, 4), what % 2 == 0));
                case LONG -> replace(root, node, YamlTree.scalar(YamlTree.quoteIfNeeded(
                        pick(UNITS, where).repeat(1 + Math.floorMod(what, 4) * Math.floorMod(what, 20_000)))));
                case STYLE -> node.flow = !node.flow;
                case EMPTY -> replace(root, node, YamlTree.scalar(List.of("[]", "{}", "''", "", "~").get(Math.floorMod(what, 5))));
                case SWAP -> {
                    if (parent != null && parent.children.size() > 1) {
                        int other = (child + 1) % parent.children.size();
                        YamlTree a = parent.children.get(child);
                        parent.children.set(child, parent.children.get(other));
                        parent.children.set(other, a);
                    }
                }
            }
        }

        /** Puts {@code with} where {@code node} stands. */
        private static void replace(YamlTree root, YamlTree node, YamlTree with) {
            for (YamlTree n : root.nodes()) {
                for (int i = 0; i < n.children.size(); i++) {
                    if (n.children.get(i) == node) {
                        n.children.set(i, with);
                        return;
                    }
                }
            }
        }
    }

    /** A hostile value of the kind {@code raw} looks like: a number, a time, a deadline or a word. */
    private static String typed(String raw, int what) {
        if (TIME_LIKE.matcher(raw).matches()) {
            return pick(TIMES, what);
        }
        if (DEADLINE_LIKE.matcher(raw).matches()) {
            return pick(DEADLINES, what);
        }
        if (NUMBER_LIKE.matcher(raw).matches()) {
            return pick(NUMBERS, what);
        }
        if (WORD_LIKE.matcher(raw).matches()) {
            return pick(WORDS, what);
        }
        return pick(HOSTILE_VALUES, what);
    }

    private static String renamed(String key, int what) {
        String bare = key.replaceAll("^&\\S+ ", "");
        return switch (Math.floorMod(what, 6)) {
            case 0 -> bare.length() > 1 ? bare.substring(1) : bare + bare;
            case 1 -> bare + "s";
            case 2 -> bare.toUpperCase(Locale.ROOT);
            case 3 -> bare.length() > 2 ? bare.charAt(1) + "" + bare.charAt(0) + bare.substring(2) : "x" + bare;
            default -> pick(HOSTILE_KEYS, what / 6);
        };
    }

    /** A node of another shape than {@code node}: a list or a mapping of it, or a scalar of its text. */
    private static YamlTree shape(YamlTree node, int what) {
        return switch (Math.floorMod(what, 5)) {
            case 0 -> YamlTree.list(node.copy());
            case 1 -> YamlTree.map("value", node.copy());
            case 2 -> YamlTree.list(node.copy(), YamlTree.scalar(pick(HOSTILE_VALUES, what)));
            case 3 -> node.kind == YamlTree.Kind.SCALAR ? YamlTree.map(node.raw, pick(HOSTILE_VALUES, what))
                    : YamlTree.scalar(pick(HOSTILE_VALUES, what));
            default -> YamlTree.map("from", node.copy(), "to", pick(HOSTILE_VALUES, what)).flow();
        };
    }

    private static YamlTree nest(YamlTree inner, int depth, boolean flow) {
        YamlTree t = inner;
        for (int i = 0; i < depth; i++) {
            t = i % 2 == 0 ? YamlTree.list(t) : YamlTree.map("n", t);
            t.flow = flow;
        }
        return t;
    }

    /** A billion-laughs shape: each level a list of {@code width} aliases to the level below. */
    private static YamlTree bomb(int levels, int width) {
        YamlTree all = YamlTree.list();
        all.flow = true;
        YamlTree first = YamlTree.list(YamlTree.scalar("lol"), YamlTree.scalar("lol"));
        first.prefix = "&l0";
        first.flow = true;
        all.children.add(first);
        for (int level = 1; level < levels; level++) {
            List<YamlTree> aliases = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                aliases.add(YamlTree.scalar("*l" + (level - 1)));
            }
            YamlTree next = YamlTree.list(aliases);
            next.prefix = "&l" + level;
            next.flow = true;
            all.children.add(next);
        }
        return all;
    }

    // byte edits ---------------------------------------------------------------------------

    enum EditOp { TRUNCATE, BAD_BYTES, BOM, UTF16, CRLF, CR, TAB, DOCUMENTS, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES,
        INSERT_CHAR, INDENT, FLIP }

    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    private static final List<String> CHARS = List.of(":", "-", "[", "{", "]", "}", "\"", "'", "#", "&", "*", "!", "|",
            ">", "%", "@", "`", ",", "?", " ", "\t", "\n", "\r", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085",
            "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\\", "é", "😀", "\u00A0");

    private static final List<String> DOCUMENTS = List.of("---\n", "%YAML 1.1\n---\n", "%YAML 1.3\n---\n",
            "%YAML 2.0\n---\n", "%TAG !e! tag:evil.com,2000:\n---\n", "%FOO bar\n---\n", "--- !!java.lang.Object\n",
            "--- |\n  text\n", "...\n", "# just a comment\n");

    /** One change to a document's bytes. */
    record Edit(EditOp op, int where, int what) {

        @Override
        public String toString() {
            return op + "@" + where + "/" + what;
        }

        byte[] apply(byte[] bytes) {
            int at = Math.floorMod(where, bytes.length + 1);
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = Math.floorMod(where, lines.size());
            return switch (op) {
                case TRUNCATE -> Arrays.copyOf(bytes, at);
                case BAD_BYTES -> insert(bytes, at, BAD_BYTES.get(Math.floorMod(what, BAD_BYTES.size())));
                case BOM -> what % 2 == 0 ? insert(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                        : insert(bytes, at, "\uFEFF".getBytes(StandardCharsets.UTF_8));
                case UTF16 -> (what % 2 == 0 ? "\uFEFF" + text : text).getBytes(
                        what % 4 < 2 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
                case CRLF -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                case CR -> text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
                case TAB -> {
                    String l = lines.get(line);
                    String stripped = l.stripLeading();
                    lines.set(line, what % 2 == 0 ? "\t" + stripped : l.replace(": ", ":\t"));
                    yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case DOCUMENTS -> {
                    String extra = DOCUMENTS.get(Math.floorMod(what, DOCUMENTS.size()));
                    yield (what % 3 == 0 ? extra + text : text + extra + (what % 2 == 0 ? text : ""))
                            .getBytes(StandardCharsets.UTF_8);
                }
                case DELETE_LINE -> {
                    lines.remove(line);
                    yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case DUPLICATE_LINE -> {
                    lines.add(line, lines.get(line));
                    yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case SWAP_LINES -> {
                    int other = (line + 1) % lines.size();
                    String l = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, l);
                    yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case INSERT_CHAR -> insert(bytes, at, CHARS.get(Math.floorMod(what, CHARS.size())).getBytes(StandardCharsets.UTF_8));
                case INDENT -> {
                    String l = lines.get(line);
                    int change = Math.floorMod(what, 5) - 2;
                    lines.set(line, change > 0 ? " ".repeat(change) + l : l.substring(Math.min(-change, l.length() - l.stripLeading().length())));
                    yield String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
                case FLIP -> {
                    byte[] out = bytes.clone();
                    if (out.length > 0) {
                        out[Math.floorMod(where, out.length)] ^= (byte) (1 << Math.floorMod(what, 8));
                    }
                    yield out;
                }
            };
        }

        private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.write(inserted, 0, inserted.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }
    }

    // documents ----------------------------------------------------------------------------

    /** A valid document, the mutations and edits made to it, and the bytes that result. */
    record Fuzzed(String origin, YamlTree base, List<Mutation> mutations, List<Edit> edits) {

        byte[] bytes() {
            YamlTree tree = base.copy();
            for (Mutation m : mutations) {
                tree = m.apply(tree);
            }
            byte[] bytes = tree.render().getBytes(StandardCharsets.UTF_8);
            for (Edit e : edits) {
                bytes = e.apply(bytes);
            }
            return bytes;
        }

        @Override
        public String toString() {
            String text = new String(bytes(), StandardCharsets.UTF_8);
            String shown = text.length() > 3000 ? text.substring(0, 3000) + "\n[... " + text.length() + " characters]" : text;
            return origin + " " + mutations + " " + edits + "\n" + shown;
        }
    }

    /**
     * A mutation; most replace a value with a hostile one of its own kind (a number with a number out of
     * range), which passes the parser and reaches the loaders' checks of each field.
     */
    @SuppressWarnings("unchecked")
    static Arbitrary<Mutation> mutation() {
        Arbitrary<Op> ops = Arbitraries.frequency(Tuple.of(12, Op.TYPED), Tuple.of(3, Op.VALUE), Tuple.of(3, Op.DROP),
                Tuple.of(2, Op.DUPLICATE), Tuple.of(3, Op.RENAME), Tuple.of(3, Op.SHAPE), Tuple.of(2, Op.TAG),
                Tuple.of(2, Op.ANCHOR_ALIAS), Tuple.of(1, Op.SELF_ALIAS), Tuple.of(1, Op.ALIAS_KEY), Tuple.of(1, Op.BOMB),
                Tuple.of(1, Op.NEST), Tuple.of(1, Op.LONG), Tuple.of(2, Op.STYLE), Tuple.of(2, Op.EMPTY), Tuple.of(2, Op.SWAP));
        return Combinators.combine(ops, Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 100_000)).as(Mutation::new);
    }

    static Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.of(EditOp.class), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 1_000)).as(Edit::new);
    }

    /**
     * Valid documents mutated: a few left as they are, most changed in their structure, some in their
     * bytes as well, so that the loaders' deep checks are reached as often as the parser's.
     */
    @SuppressWarnings("unchecked")
    static Arbitrary<Fuzzed> fuzzed(Arbitrary<Tuple.Tuple2<String, YamlTree>> bases) {
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<Mutation>of())),
                Tuple.of(6, mutation().list().ofMinSize(1).ofMaxSize(2)),
                Tuple.of(3, mutation().list().ofMinSize(3).ofMaxSize(6)));
        Arbitrary<List<Edit>> edits = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(List.<Edit>of())),
                Tuple.of(3, edit().list().ofMinSize(1).ofMaxSize(2)));
        return Combinators.combine(bases, mutations, edits).as((base, m, e) -> new Fuzzed(base.get1(), base.get2(), m, e));
    }

    static <T> T pick(List<T> from, int what) {
        return from.get(Math.floorMod(what, from.size()));
    }

    // files --------------------------------------------------------------------------------

    /**
     * A temporary folder where each try writes a file of its own and removes the one before: writing
     * over the same file is a hundred times slower on ext4, which flushes a file truncated and rewritten.
     */
    static final class Scratch {

        private final String prefix;
        private final String suffix;
        private Path folder;
        private Path last;
        private int count;

        Scratch(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        Path write(byte[] bytes) throws IOException {
            if (folder == null) {
                folder = Files.createTempDirectory("casus-fuzz");
            }
            if (last != null) {
                Files.deleteIfExists(last);
            }
            last = folder.resolve(prefix + (++count) + suffix);
            Files.write(last, bytes);
            return last;
        }

        void remove() throws IOException {
            if (folder != null) {
                if (last != null) {
                    Files.deleteIfExists(last);
                }
                Files.deleteIfExists(folder);
                folder = null;
            }
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // the property -------------------------------------------------------------------------

    /** A Java class or package name, an exception's name, or a stack frame. */
    private static final Pattern JAVA_LEAK = Pattern.compile(
            "\\b(java|javax|jdk|sun|org|com|dev)\\.[a-z]\\w*\\.|\\b\\w*(Exception|Error)\\b|\\bat [\\w$.]+\\(|\\w@[0-9a-f]{4,}|\\bnull\\b");

    /** The quoted parts of a message, which show what the file itself holds. */
    private static final Pattern QUOTED = Pattern.compile("'[^'\\n]*'|\"[^\"\\n]*\"");

    /**
     * What loading gave: its result, or the problems of the {@link InvalidInputException} it threw (added
     * to {@code problems}), never another throwable, which fails the property as it is.
     */
    static <T> T loadOrProblems(Supplier<T> load, List<Problem> problems) {
        try {
            return load.get();
        } catch (InvalidInputException e) {
            assertThat(e.problems()).as("an InvalidInputException lists its problems").isNotEmpty();
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Each problem is on {@code file}, at a line and column the file has as an editor shows it (line 0
     * only for an empty file), with a plain message.
     */
    static void assertLocated(Path file, byte[] bytes, List<Problem> problems) {
        List<Integer> lengths = lineLengths(bytes);
        for (Problem p : problems) {
            assertThat(p.file()).as("the file of %s", p).isEqualTo(file);
            assertThat(p.message()).as("the message of %s", p).isNotBlank();
            if (p.line() == 0) {
                assertThat(p.message()).as("a problem without a line is about the whole file: %s", p)
                        .isEqualTo("the file is empty");
            } else {
                assertThat(p.line()).as("the line of %s, in a file of %d lines", p, lengths.size()).isBetween(1, lengths.size());
                assertThat(p.column()).as("the column of %s, on a line of %d characters", p, lengths.get(p.line() - 1))
                        .isBetween(0, lengths.get(p.line() - 1) + 1);
            }
            String own = QUOTED.matcher(p.message()).replaceAll("'…'");
            assertThat(JAVA_LEAK.matcher(own).find()).as("a Java name or a stack frame in %s", p).isFalse();
            assertThat(p.message()).as("the message of %s", p).doesNotContain("\tat ").doesNotContain("Caused by");
        }
    }

    /**
     * The length in characters of each line an editor shows, lines broken by \n, \r\n or \r; bytes that
     * are not UTF-8 count as a character each run.
     */
    private static List<Integer> lineLengths(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Integer> lengths = new ArrayList<>();
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i == text.length() || text.charAt(i) != '\n'))) {
                lengths.add(length);
                length = 0;
            } else if (c != '\r') {
                length++;
            }
        }
        lengths.add(length);
        return lengths;
    }
}
