package org.compendium.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chars a match of a pattern can open with, read from the pattern itself, so that a pattern sought by
 * {@code find()} over a long text (the opening's wording, the working group's name) is tried only where one of them
 * stands: {@code (?i)recueil …} only at an {@code r} or {@code R}, instead of at each of 3,000 characters.
 *
 * <p>How the chars are read: for each char {@code c} of the Basic Multilingual Plane, the pattern is tried on the
 * one-char text {@code c} ({@code lookingAt()}); a match can open with {@code c} when it matches there or when the
 * engine reached the end of that text ({@code hitEnd()}): when it failed without reading past {@code c}, it fails at
 * any position whose char is {@code c}, whatever follows, for it reads the same chars and decides the same. That holds
 * only for a pattern that reads nothing before where it is tried: one with a look-behind, a boundary ({@code \b} or
 * {@code \B} other than last, after what never matches empty; {@code \G}, {@code \A}, {@code \Z}, {@code \z}), an anchor ({@code ^}, {@code $} outside a class),
 * comments mode or canonical equivalence is sought by {@code find()} as it is ({@link #ANY}). A surrogate may open
 * a match (it is tried as the code point it starts). {@code FindGateTest} checks the gated matches against
 * {@code find()} for every wording pattern of the six grammars on random texts and the fixtures.
 */
final class FindGate {
    private static final Map<Pattern, FindGate> GATES = new ConcurrentHashMap<>();
    /** A gate that tries the pattern at every character: {@code find()} itself. */
    private static final FindGate ANY = new FindGate(null, null);
    /** Up to this many opening chars, the next of each is found by {@code indexOf}; more, by a table. */
    private static final int FEW = 4;

    /** The opening chars when there are at most {@link #FEW}; else null. */
    private final char[] few;
    /** Per BMP char, whether a match can open with it, when there are more than {@link #FEW}; else null. */
    private final boolean[] table;

    private FindGate(char[] few, boolean[] table) {
        this.few = few;
        this.table = table;
    }

    /** The gate of {@code pattern}, read once per pattern. */
    static FindGate of(Pattern pattern) {
        FindGate gate = GATES.get(pattern);
        return gate != null ? gate : GATES.computeIfAbsent(pattern, FindGate::read);
    }

    /** Whether {@code pattern.matcher(text).find()}, the pattern tried only where a match can open. */
    static boolean found(Pattern pattern, String text) {
        return of(pattern).find(pattern.matcher(text), text, 0) >= 0;
    }

    /** Per pattern and word, the word as a literal pattern with that pattern's case flags. */
    private static final Map<Pattern, Map<String, Pattern>> LITERALS = new ConcurrentHashMap<>();

    /** {@code word} as a literal pattern matching as it does inside {@code in}: with its case flags. */
    static Pattern literal(String word, Pattern in) {
        return LITERALS.computeIfAbsent(in, k -> new ConcurrentHashMap<>()).computeIfAbsent(word,
                w -> Pattern.compile(Pattern.quote(w), in.flags() & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }

    /** Whether the gate tries the pattern at every character (it could not be read). */
    boolean isOpen() {
        return few == null && table == null;
    }

    /**
     * Where the first match of {@code m}'s pattern at or after {@code from} in {@code text} ({@code m}'s text)
     * starts, as {@code m.find(from)} finds it, with {@code m} then on that match; -1 when there is none. The matcher
     * is set to transparent, non-anchoring bounds, as {@code find()} sees the text around each start.
     */
    int find(Matcher m, String text, int from) {
        int n = text.length();
        if (isOpen()) {
            return from <= n && m.find(from) ? m.start() : -1;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (few != null) {
            return findFew(m, text, from);
        }
        boolean[] opens = table;
        for (int at = from; at < n; at++) {
            if (opens[text.charAt(at)] && m.region(at, n).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    private int findFew(Matcher m, String text, int from) {
        int n = text.length();
        int at = from;
        while (at < n) {
            int next = -1;
            for (char c : few) {
                int i = text.indexOf(c, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                }
            }
            if (next < 0) {
                return -1;
            }
            if (m.region(next, n).lookingAt()) {
                return next;
            }
            at = next + 1;
        }
        return -1;
    }

    private static FindGate read(Pattern pattern) {
        // A pattern that can match the empty text may match at the text's end, where no char stands to be tried.
        if (!readable(pattern) || pattern.matcher("").lookingAt()) {
            return ANY;
        }
        Matcher m = pattern.matcher("");
        boolean[] opens = new boolean[Character.MAX_VALUE + 1];
        int count = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean may = Character.isSurrogate((char) c);
            if (!may) {
                m.reset(String.valueOf((char) c));
                may = m.lookingAt() || m.hitEnd();
            }
            opens[c] = may;
            count += may ? 1 : 0;
        }
        if (count > FEW) {
            return new FindGate(null, opens);
        }
        char[] few = new char[count];
        int k = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (opens[c]) {
                few[k++] = (char) c;
            }
        }
        return new FindGate(few, null);
    }

    /** Whether {@code prefix}, with {@code pattern}'s flags, is a pattern that never matches the empty text. */
    private static boolean consumes(Pattern pattern, String prefix) {
        try {
            return !prefix.isEmpty() && !Pattern.compile(prefix, pattern.flags()).matcher("").lookingAt();
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    /**
     * Whether the pattern reads nothing before where it is tried: no look-behind, boundary or anchor (outside a
     * character class), no comments mode, no canonical equivalence.
     */
    static boolean readable(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.CANON_EQ | Pattern.LITERAL)) != 0) {
            return false;
        }
        String r = pattern.pattern();
        int depth = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                if (i + 1 >= r.length()) {
                    return false;
                }
                char e = r.charAt(++i);
                if (e == 'Q') {
                    int end = r.indexOf("\\E", i + 1);
                    if (end < 0) {
                        return false;
                    }
                    i = end + 1;
                } else if ("GAZz".indexOf(e) >= 0 || (e == 'b' || e == 'B') && !(i == r.length() - 1 && depth == 0 && consumes(pattern, r.substring(0, i - 1)))) {
                    // A boundary is read only last, after a match of what comes before it that is never empty: it
                    // then reads the char before it (inside the match) and the one after it, or reaches the end.
                    return false;
                }
                continue;
            }
            if (c == '[') {
                if (r.startsWith("[]", i) || r.startsWith("[^]", i)) {
                    return false;
                }
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '^' || c == '$')) {
                return false;
            } else if (depth == 0 && c == '(' && r.startsWith("(?", i)) {
                if (r.startsWith("(?<=", i) || r.startsWith("(?<!", i)) {
                    return false;
                }
                // Inline flags: comments mode (x) or canonical equivalence are refused as the flags are.
                int j = i + 2;
                while (j < r.length() && (Character.isLetter(r.charAt(j)) || r.charAt(j) == '-')) {
                    if (r.charAt(j) == 'x') {
                        return false;
                    }
                    j++;
                }
            }
        }
        return true;
    }
}
