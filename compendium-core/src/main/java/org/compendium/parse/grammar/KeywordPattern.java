package org.compendium.parse.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern sought over a whole text, with a word every match of it holds and how many words before that word a match
 * can start: the pattern is tried only near the word ({@code réunion}, {@code meeting}, {@code 次会议}), not at every
 * character of a long report that states its meeting late or never.
 *
 * <p>The matches are those of {@code while (pattern.matcher(text).find())}, in the same order. Why that holds: every
 * match holds an occurrence of {@code keyword} at or after its start, and starts at most {@code wordsBefore}
 * whitespace-separated words before the word holding that occurrence; so the next match starts between that bound
 * for the first occurrence at or after where the search resumes and the occurrence itself, or holds a later
 * occurrence. Only those starts are tried, occurrence after occurrence. Words are parted where
 * {@code \s} matches with {@link Pattern#UNICODE_CHARACTER_CLASS} (Unicode White_Space), which the pattern must be
 * compiled with: then a word here is exactly what {@code \S+} matches there.
 *
 * @param pattern     the pattern
 * @param keyword     a literal every match of {@code pattern} holds, compiled with the pattern's case flags
 * @param wordsBefore how many words may stand between a match's start and the word holding the keyword
 *                    ({@code à sa vingt et unième réunion}: five)
 */
public record KeywordPattern(Pattern pattern, Pattern keyword, int wordsBefore) {
    public KeywordPattern {
        if (wordsBefore < 0) {
            throw new IllegalArgumentException("wordsBefore must not be negative");
        }
        if ((pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) == 0) {
            throw new IllegalArgumentException("the words before the keyword are counted as \\S+ with UNICODE_CHARACTER_CLASS: "
                    + "compile " + pattern + " with it");
        }
    }

    /** The matches of the pattern over {@code text}, read one after the other with {@link Matches#find()}. */
    public Matches matches(CharSequence text) {
        return new Matches(this, text);
    }

    /** The matches of a {@link KeywordPattern} over one text, as a {@link Matcher#find()} loop gives them. */
    public static final class Matches {
        private final KeywordPattern gated;
        private final CharSequence text;
        private final Matcher match;
        private final Matcher keyword;
        private int resumeAt;
        private boolean done;

        private Matches(KeywordPattern gated, CharSequence text) {
            this.gated = gated;
            this.text = text;
            this.match = gated.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.keyword = gated.keyword.matcher(text);
        }

        /** Finds the next match; false when there is none. */
        public boolean find() {
            int from = resumeAt;
            while (!done && from <= text.length() && keyword.find(from)) {
                // The next match starts no earlier than the bound of this occurrence; one that starts after the
                // occurrence holds a later one, tried next.
                int occurrence = keyword.start();
                for (int at = Math.max(from, earliestStart(occurrence)); at <= occurrence; at++) {
                    if (match.region(at, text.length()).lookingAt()) {
                        // As Matcher.find() resumes: after the match, or one further on after an empty one.
                        resumeAt = match.end() == match.start() ? match.end() + 1 : match.end();
                        return true;
                    }
                }
                from = occurrence + 1;
            }
            done = true;
            return false;
        }

        /** Group {@code g} of the last match. */
        public String group(int g) {
            return match.group(g);
        }

        /** Where the last match starts. */
        public int start() {
            return match.start();
        }

        /** The earliest start of a match holding the keyword occurrence at {@code at}. */
        private int earliestStart(int at) {
            int i = at;
            while (i > 0 && !isSpace(text.charAt(i - 1))) {
                i--;
            }
            for (int w = 0; w < gated.wordsBefore; w++) {
                while (i > 0 && isSpace(text.charAt(i - 1))) {
                    i--;
                }
                while (i > 0 && !isSpace(text.charAt(i - 1))) {
                    i--;
                }
            }
            return i;
        }
    }

    /**
     * What {@code \s} matches with {@link Pattern#UNICODE_CHARACTER_CLASS}: a space, line or paragraph separator,
     * {@code \t} to {@code \r}, or U+0085 (no character outside the BMP is one; {@code KeywordPatternTest}
     * checks every char against the regex).
     */
    static boolean isSpace(char c) {
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= '\t' && c <= '\r' || c == '\u0085';
    }
}
