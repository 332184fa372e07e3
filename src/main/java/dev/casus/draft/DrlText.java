package dev.casus.draft;

import org.drools.drl.ast.descr.RuleDescr;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a DRL file, for turning the parser's offsets into lines and columns, and for the few
 * places the descriptors carry no position (annotations, the start of a consequence).
 */
final class DrlText {

    private final String source;
    private final int[] lineStarts;

    DrlText(String source) {
        this.source = source;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String source() {
        return source;
    }

    /** The 1-based line of an offset. */
    int lineAt(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** The 1-based column of an offset. */
    int columnAt(int offset) {
        return offset - lineStarts[lineAt(offset) - 1] + 1;
    }

    /** The offset where a 1-based line starts; 0 for a line before the first. */
    int offsetOfLine(int line) {
        if (line <= 1) {
            return 0;
        }
        return line > lineStarts.length ? source.length() : lineStarts[line - 1];
    }

    /** The offset of a 1-based line and column. */
    int offsetOf(int line, int column) {
        return Math.min(source.length(), offsetOfLine(line) + Math.max(0, column - 1));
    }

    /**
     * Where {@code @name} stands in the rule's header, or -1. The descriptors carry no position for
     * most annotations, so the header (from {@code rule} up to its conditions) is scanned, skipping
     * string literals and comments.
     */
    int annotationOffset(RuleDescr rule, String name) {
        int start = Math.max(0, rule.getStartCharacter());
        int end = rule.getLhs() != null && rule.getLhs().getStartCharacter() > start
                ? rule.getLhs().getStartCharacter() : Math.min(source.length(), Math.max(start, rule.getEndCharacter()));
        end = Math.min(end, source.length());
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '"') {
                for (i++; i < end && source.charAt(i) != '"'; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '/' && i + 1 < end && source.charAt(i + 1) == '/') {
                while (i < end && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < end && source.charAt(i + 1) == '*') {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? end : close + 1;
            } else if (c == '@' && source.startsWith(name, i + 1)
                    && (i + 1 + name.length() >= end || !Character.isJavaIdentifierPart(source.charAt(i + 1 + name.length())))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A place where the text nests deeper than a limit: the offset of the bracket (or prefix operator)
     * that first goes past it, and the deepest level reached there.
     *
     * @param operators true for a run of prefix operators ({@code !!!x}), false for brackets
     */
    record Nesting(int offset, int depth, boolean operators) {
    }

    /**
     * Every place where brackets ({@code (}, {@code [}, {@code {}) nest, or prefix operators ({@code !},
     * {@code ~}, and {@code -} or {@code +} where no operand precedes them) follow one another, more than
     * {@code limit} levels deep, outside string literals and comments. The parsers recurse once or more
     * per level, so this is read before any of them sees the text; one pass, no recursion.
     */
    List<Nesting> nestedDeeperThan(int limit) {
        List<Nesting> found = new ArrayList<>();
        int depth = 0;
        int deepest = 0;
        int deepAt = -1;
        int run = 0;
        int runAt = -1;
        boolean operand = false;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i + 1 < n && source.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 1;
                continue;
            }
            boolean prefix = c == '~' || (c == '!' && (i + 1 >= n || source.charAt(i + 1) != '='))
                    || ((c == '-' || c == '+') && !operand);
            if (prefix) {
                if (++run == limit + 1) {
                    runAt = i;
                }
                operand = false;
                continue;
            }
            if (run > limit) {
                found.add(new Nesting(runAt, run, true));
            }
            run = 0;
            if (c == '"' || c == '\'') {
                for (i++; i < n && source.charAt(i) != c; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
                operand = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                if (depth == limit + 1) {
                    deepAt = i;
                }
                deepest = Math.max(deepest, depth);
                operand = false;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == limit && deepAt >= 0) {
                    found.add(new Nesting(deepAt, deepest, false));
                    deepAt = -1;
                    deepest = depth;
                }
                operand = true;
            } else {
                operand = Character.isJavaIdentifierPart(c) || c == '.';
            }
        }
        if (run > limit) {
            found.add(new Nesting(runAt, run, true));
        }
        if (deepAt >= 0) {
            found.add(new Nesting(deepAt, deepest, false));
        }
        return found;
    }

    /** Where the rule's consequence code (as the descriptor holds it, stripped) starts, or -1. */
    int consequenceOffset(RuleDescr rule, String code) {
        int then = offsetOfLine(rule.getConsequenceLine()) + Math.max(0, rule.getConsequencePattern());
        return source.indexOf(code, Math.min(then, source.length()));
    }
}
