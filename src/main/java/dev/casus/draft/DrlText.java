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

    /** Where the rule's consequence code (as the descriptor holds it, stripped) starts, or -1. */
    int consequenceOffset(RuleDescr rule, String code) {
        int then = offsetOfLine(rule.getConsequenceLine()) + Math.max(0, rule.getConsequencePattern());
        return source.indexOf(code, Math.min(then, source.length()));
    }
}
