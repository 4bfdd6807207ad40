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

    /** The characters a count of {@link #nonBlankBefore} covers: one count per block instead of one per character. */
    private static final int BLOCK_BITS = 3;
    private static final int BLOCK = 1 << BLOCK_BITS;

    /** Per char below U+1680 (the first blank above the no-break space), 1 when it is not blank ({@link Blanks}), else 0. */
    private static final byte[] NOT_BLANK = new byte[0x1680];

    static {
        for (char c = 0; c < NOT_BLANK.length; c++) {
            NOT_BLANK[c] = (byte) (Blanks.isBlank(c) ? 0 : 1);
        }
    }

    private final String source;
    /**
     * Per block of {@link #BLOCK} characters, how many characters before it are not blank ({@link Blanks}): coverage
     * counts ranges by it, reading at most half a block's characters for each end of a range.
     */
    private final int[] nonBlankBefore;
    private final List<Line> lines;

    public SourceLines(String source) {
        this.source = source;
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = source.length();
        char[] chars = source.toCharArray();
        int[] nonBlank = new int[(n >>> BLOCK_BITS) + 1];
        int count = 0;
        for (int block = 0; block < n; block += BLOCK) {
            nonBlank[block >>> BLOCK_BITS] = count;
            int blockEnd = Math.min(n, block + BLOCK);
            for (int i = block; i < blockEnd; i++) {
                char c = chars[i];
                if (c < NOT_BLANK.length) {
                    // Most characters: counted by table, without a branch on whether the char is a blank (a space
                    // every few characters, which a branch would mispredict).
                    count += NOT_BLANK[c];
                    if (c > '\r') {
                        continue;
                    }
                } else {
                    count += Blanks.isBlank(c) ? 0 : 1;
                    if (c < '\u2028' || c > '\u2029') {
                        continue;
                    }
                }
                // \f (page break from PDF extraction) also ends a line so page furniture sits on lines of its own.
                if (c == '\n' && i > 0 && chars[i - 1] == '\r') {
                    // The second character of \r\n: the line ended at the \r.
                    start = i + 1;
                } else if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B') {
                    out.add(new Line(out.size(), start, i, source.substring(start, i)));
                    start = i + 1;
                }
            }
        }
        if ((n & (BLOCK - 1)) == 0) {
            // The count before a last block that starts at the very end (the loop sets the others).
            nonBlank[n >>> BLOCK_BITS] = count;
        }
        this.nonBlankBefore = nonBlank;
        if (start < n) {
            out.add(new Line(out.size(), start, n, source.substring(start, n)));
        }
        this.lines = List.copyOf(out);
    }

    /** 1 when {@code c} is not blank ({@link Blanks}), else 0. */
    private static int notBlank(char c) {
        return c < NOT_BLANK.length ? NOT_BLANK[c] : Blanks.isBlank(c) ? 0 : 1;
    }

    public String source() {
        return source;
    }

    /** How many characters of {@code [from, to)} are not blank ({@link Blanks#isBlank}). */
    int nonBlank(int from, int to) {
        return nonBlankBefore(to) - nonBlankBefore(from);
    }

    /** How many characters before offset {@code at} (at most the length) are not blank. */
    private int nonBlankBefore(int at) {
        int block = at >>> BLOCK_BITS;
        int blockStart = block << BLOCK_BITS;
        int blockEnd = blockStart + BLOCK;
        if (at - blockStart <= BLOCK / 2 || blockEnd > source.length()) {
            int count = nonBlankBefore[block];
            for (int i = blockStart; i < at; i++) {
                count += notBlank(source.charAt(i));
            }
            return count;
        }
        // Nearer the next block's count: back from it.
        int count = nonBlankBefore[block + 1];
        for (int i = at; i < blockEnd; i++) {
            count -= notBlank(source.charAt(i));
        }
        return count;
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
