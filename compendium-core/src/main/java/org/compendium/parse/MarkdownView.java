package org.compendium.parse;

/**
 * A Markdown text as the structure readers see it, of exactly the same length so that every offset still points
 * into the source: inline HTML anchors ({@code <a id="op_1"></a>}, {@code <a name="…">}, {@code </a>}) and
 * whitespace entities ({@code &emsp;}, {@code &nbsp;}) become spaces, and a backslash escaping a label's character
 * ({@code 1\.}, {@code \(a)}) goes: inside a word the character takes its place ({@code 1. }), at a word's start it
 * becomes a space ({@code  (a)}), so that a label reads as a label at the start of its line.
 *
 * <p>Exporters write these (pandoc, and this project's own Markdown editions, which anchor every provision): without
 * the view a numbered paragraph behind its anchor was no paragraph, and an edition read back gave 0 provisions.
 * Emphasis escapes ({@code \*}, {@code \_}) stay for {@link TextNormalizer}, which keeps the character they escape
 * and drops the markup around it.
 */
final class MarkdownView {
    /** The characters whose escape moves: they are read in labels and never stripped as markup. */
    private static final String MOVED_ESCAPES = ".()";
    /** The entities of a blank an exporter writes (an indent, a no-break space). */
    private static final String[] WHITESPACE_ENTITIES = {"&nbsp;", "&emsp;", "&ensp;", "&thinsp;", "&#160;", "&#8195;", "&#xA0;"};

    private MarkdownView() {
    }

    /** {@code raw} with its anchors and whitespace entities blanked and label escapes moved; {@code raw} itself when it has none. */
    static String of(String raw) {
        char[] s = null;
        int n = raw.length();
        Openings openings = new Openings(raw, "<[&\\");
        for (int i = openings.next(0); i < n; i = openings.next(i + 1)) {
            char c = raw.charAt(i);
            int end = switch (c) {
                case '<' -> anchorEnd(raw, i);
                case '[' -> bookmarkEnd(raw, i);
                case '&' -> whitespaceEntityEnd(raw, i);
                case '\\' -> i + 1 < n && MOVED_ESCAPES.indexOf(raw.charAt(i + 1)) >= 0 ? i + 2 : -1;
                default -> -1;
            };
            if (end < 0) {
                continue;
            }
            if (s == null) {
                s = raw.toCharArray();
            }
            if (c == '\\' && i > 0 && !Character.isWhitespace(s[i - 1])) {
                // Inside a word (1\.): the character takes the backslash's place, so that the label stays whole.
                s[i] = raw.charAt(i + 1);
                s[i + 1] = ' ';
            } else if (c == '\\') {
                // At a word's start (\(a)): the backslash goes, the character keeps its place.
                s[i] = ' ';
            } else {
                java.util.Arrays.fill(s, i, end, ' ');
            }
            i = end - 1;
        }
        return s == null ? raw : new String(s);
    }

    /** The end of {@code <a id="…">}, {@code <a name="…">} or {@code </a>} at {@code i}, or -1. */
    private static int anchorEnd(String raw, int i) {
        if (raw.startsWith("</a>", i)) {
            return i + 4;
        }
        if (!raw.startsWith("<a ", i)) {
            return -1;
        }
        int close = closeOnLine(raw, i, '>');
        if (close < 0) {
            return -1;
        }
        String attributes = raw.substring(i + 3, close).strip();
        boolean anchorOnly = attributes.matches("(?:(?:id|name)\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*')\\s*)+/?");
        return anchorOnly ? close + 1 : -1;
    }

    /** The end of an empty span with attributes at {@code i}, pandoc's bookmark of a DOCX ({@code []{#_Toc123 .anchor}}), or -1. */
    private static int bookmarkEnd(String raw, int i) {
        if (!raw.startsWith("[]{#", i)) {
            return -1;
        }
        int close = closeOnLine(raw, i, '}');
        return close < 0 ? -1 : close + 1;
    }

    /** The first {@code close} after {@code i} on the same line and within 200 characters (a tag, not prose), or -1. */
    private static int closeOnLine(String raw, int i, char close) {
        int at = raw.indexOf(close, i);
        int lineEnd = raw.indexOf('\n', i);
        return at < 0 || (lineEnd >= 0 && lineEnd < at) || at - i > 200 ? -1 : at;
    }

    /** The end of {@code &nbsp;}, {@code &emsp;}, {@code &ensp;}, {@code &thinsp;} or {@code &#160;} at {@code i}, or -1. */
    private static int whitespaceEntityEnd(String raw, int i) {
        for (String entity : WHITESPACE_ENTITIES) {
            if (raw.startsWith(entity, i)) {
                return i + entity.length();
            }
        }
        return -1;
    }

    /**
     * The next occurrence of any of a few chars in a text, each found by {@code indexOf} (which the JDK runs over
     * many chars at a time) and kept until passed: a scan that only stops at those chars, in order.
     */
    static final class Openings {
        private final String text;
        private final String chars;
        private final int[] next;

        Openings(String text, String chars) {
            this.text = text;
            this.chars = chars;
            this.next = new int[chars.length()];
            java.util.Arrays.fill(next, -2);
        }

        /** The first offset at or after {@code from} that holds one of the chars, or the text's length; {@code from} never decreases. */
        int next(int from) {
            int at = text.length();
            for (int j = 0; j < next.length; j++) {
                if (next[j] != -1 && next[j] < from) {
                    next[j] = text.indexOf(chars.charAt(j), from);
                }
                if (next[j] >= 0 && next[j] < at) {
                    at = next[j];
                }
            }
            return at;
        }
    }
}
