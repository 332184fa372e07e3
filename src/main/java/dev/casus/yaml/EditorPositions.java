package dev.casus.yaml;

import org.yaml.snakeyaml.error.Mark;

import java.util.Arrays;

/**
 * Lines and columns as an editor shows them, for SnakeYAML's marks. YAML 1.1 also breaks lines at
 * U+0085, U+2028 and U+2029, which editors do not, so SnakeYAML's own line numbers drift past such a
 * character; a mark's index (in code points) does not, and is mapped here to lines broken by
 * {@code \n}, {@code \r\n} or {@code \r}.
 */
final class EditorPositions {

    private final String text;
    /** The code-point index at which each line starts. */
    private final int[] lineStarts;
    private final boolean bom;

    EditorPositions(String text) {
        this.text = text;
        this.bom = text.startsWith("\uFEFF");
        int[] starts = new int[16];
        int lines = 1;
        int index = 0;
        for (int i = 0; i < text.length(); index++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i == text.length() || text.charAt(i) != '\n'))) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = index + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    /** The 1-based line of the mark. */
    int line(Mark mark) {
        return lineIndex(mark.getIndex()) + 1;
    }

    /** The 1-based column of the mark, in characters; a byte-order mark takes none. */
    int column(Mark mark) {
        int line = lineIndex(mark.getIndex());
        int column = mark.getIndex() - lineStarts[line] + 1;
        return line == 0 && bom && mark.getIndex() > 0 ? column - 1 : column;
    }

    /** The line and column of the {@code codePoint}-th character, 1-based. */
    int[] at(int codePoint) {
        int line = lineIndex(codePoint);
        return new int[] {line + 1, codePoint - lineStarts[line] + 1};
    }

    /**
     * The first character that YAML reads as a line break and editors do not (U+0085, U+2028, U+2029)
     * on the editor line of any of the marks, as {line, column, character}; null when there is none.
     * Such a character, pasted into a value, is the likely cause of a syntax error on its line.
     */
    int[] strayBreak(Mark... marks) {
        for (Mark mark : marks) {
            if (mark == null) {
                continue;
            }
            int line = lineIndex(mark.getIndex());
            int index = lineStarts[line];
            int i = text.offsetByCodePoints(0, Math.min(index, text.codePointCount(0, text.length())));
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                    return new int[] {line + 1, index - lineStarts[line] + 1, c};
                }
                i += Character.charCount(c);
                index++;
            }
        }
        return null;
    }

    private int lineIndex(int codePoint) {
        int found = Arrays.binarySearch(lineStarts, codePoint);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }
}
