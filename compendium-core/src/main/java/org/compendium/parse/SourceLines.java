package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A source text cut into lines, each line knowing its offsets, so that structure readers can assign whole lines (or
 * parts of lines) to nodes without losing the way back to the source.
 */
public final class SourceLines {
    /** One line: {@code [start, end)} excludes the line terminator. */
    public record Line(int index, int start, int end, String text) {
        public boolean isBlank() {
            return text.isBlank();
        }

        /** The line without leading and trailing whitespace. */
        public String stripped() {
            return text.strip();
        }

        /** Offset of the first non-whitespace character, or {@code end} for a blank line. */
        public int contentStart() {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return start + i;
        }

        /** Offset just past the last non-whitespace character, or {@code start} for a blank line. */
        public int contentEnd() {
            int i = text.length();
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            return start + i;
        }
    }

    private final String source;
    /** The source's characters, kept for the scans that read every one of them ({@link NodeCollector#measure}). */
    private final char[] chars;
    private final List<Line> lines;

    public SourceLines(String source) {
        this.source = source;
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = source.length();
        char[] chars = source.toCharArray();
        this.chars = chars;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c > '\r' && c < '\u2028') {
                continue;
            }
            // \f (page break from PDF extraction) also ends a line so page furniture sits on lines of its own.
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B') {
                out.add(new Line(out.size(), start, i, source.substring(start, i)));
                if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new Line(out.size(), start, n, source.substring(start, n)));
        }
        this.lines = List.copyOf(out);
    }

    public String source() {
        return source;
    }

    /** The source's characters; not to be written. */
    char[] chars() {
        return chars;
    }

    public List<Line> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }

    public Line get(int index) {
        return lines.get(index);
    }
}
