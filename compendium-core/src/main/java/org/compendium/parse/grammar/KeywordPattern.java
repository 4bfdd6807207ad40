package org.compendium.parse.grammar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Per keyword pattern, the chars its match can open with ({@link #openings}), read once. */
    private static final Map<Pattern, char[]> OPENINGS = new ConcurrentHashMap<>();
    /** A keyword pattern that does not open with a literal character: sought by {@code find()}. */
    private static final char[] ANY = new char[0];
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

    public KeywordPattern {
        if (wordsBefore < 0) {
            throw new IllegalArgumentException("wordsBefore must not be negative");
        }
        if ((pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) == 0) {
            throw new IllegalArgumentException("the words before the keyword are counted as \\S+ with UNICODE_CHARACTER_CLASS: "
                    + "compile " + pattern + " with it");
        }
    }

    /**
     * The chars a match of {@code keyword} can open with, or {@link #ANY} when its pattern is not a plain literal: those for which the pattern of that one character, with the keyword's flags, matches (with
     * {@code (?iU)}, {@code r} and {@code R} for {@code réunion}; {@code k}, {@code K} and the Kelvin sign for a
     * {@code k}). Every char of the Basic Multilingual Plane is tried; no character outside it case-maps into it
     * ({@code KeywordPatternTest}), so none can match a keyword that opens with a char of it.
     */
    static char[] openings(Pattern keyword) {
        char[] known = OPENINGS.get(keyword);
        if (known != null) {
            return known;
        }
        return OPENINGS.computeIfAbsent(keyword, k -> {
            String regex = k.pattern();
            // Only a keyword written as a plain literal: then every occurrence opens with a match of its first char.
            if (regex.isEmpty() || regex.chars().anyMatch(c -> METACHARACTERS.indexOf(c) >= 0 || Character.isSurrogate((char) c))
                    || (k.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
                return ANY;
            }
            Matcher first = Pattern.compile(Pattern.quote(regex.substring(0, 1)), k.flags()).matcher("");
            StringBuilder chars = new StringBuilder();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (first.reset(String.valueOf((char) c)).matches()) {
                    chars.append((char) c);
                }
            }
            return chars.toString().toCharArray();
        });
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
        /** The chars an occurrence of the keyword opens with ({@link #openings}), and where each next stands. */
        private final char[] openings;
        private final int[] nextOpening;
        private int resumeAt;
        private boolean done;

        private Matches(KeywordPattern gated, CharSequence text) {
            this.gated = gated;
            this.text = text;
            this.match = gated.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.keyword = gated.keyword.matcher(text);
            this.openings = openings(gated.keyword);
            this.nextOpening = new int[openings.length];
            java.util.Arrays.fill(nextOpening, -2);
        }

        /**
         * Where the first occurrence of the keyword at or after {@code from} starts, or -1: what {@code keyword.find(from)}
         * finds. An occurrence opens with one of {@link #openings}, found by {@code indexOf} (the regex engine compares
         * a case-insensitive literal char by char at every position); the keyword is then tried there.
         */
        private int keywordAt(int from) {
            if (openings == ANY || !(text instanceof String s)) {
                return keyword.find(from) ? keyword.start() : -1;
            }
            while (true) {
                int at = -1;
                for (int j = 0; j < openings.length; j++) {
                    if (nextOpening[j] != -1 && nextOpening[j] < from) {
                        nextOpening[j] = s.indexOf(openings[j], from);
                    }
                    if (nextOpening[j] >= 0 && (at < 0 || nextOpening[j] < at)) {
                        at = nextOpening[j];
                    }
                }
                if (at < 0) {
                    return -1;
                }
                if (keyword.region(at, s.length()).lookingAt()) {
                    return at;
                }
                from = at + 1;
            }
        }

        /** Finds the next match; false when there is none. */
        public boolean find() {
            int from = resumeAt;
            int occurrence;
            while (!done && from <= text.length() && (occurrence = keywordAt(from)) >= 0) {
                // The next match starts no earlier than the bound of this occurrence; one that starts after the
                // occurrence holds a later one, tried next.
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
