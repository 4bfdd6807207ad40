package org.compendium.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first character of a line must be for a line pattern to match it, read from the pattern itself: most line
 * patterns of the grammars and readers open with {@code ^}, optional leading blanks and marks ({@code \s*},
 * {@code [*_#\s]*}) and then one required character of a few ({@code [IVX]}, {@code [A-H]}, {@code \d}, {@code R}), so
 * the first character after the blanks and marks tells, without running the pattern, that most lines cannot match.
 *
 * <p>Conservative by construction: a pattern whose opening is not of that simple form gets a gate that lets every
 * line through; and where a gate is read, it refuses a line only when no match can start with the line's first
 * character after the leading run (the leading run matched exactly as the pattern's class matches it, which is why
 * the run's class must not share a character with the required one). {@code LineGateTest} checks, for every line
 * pattern of the six grammars and the readers, that no line of the fixtures and seeds nor of random lines that the
 * pattern matches is refused.
 */
final class LineGate {
    private static final Map<Pattern, LineGate> GATES = new ConcurrentHashMap<>();
    private static final LineGate OPEN = new LineGate(null, null);

    /** The characters the leading run may consume, or null for none; null gate for {@link #OPEN}. */
    private final CharTest leading;
    private final CharTest first;

    private LineGate(CharTest leading, CharTest first) {
        this.leading = leading;
        this.first = first;
    }

    /** A test of one char. */
    @FunctionalInterface
    private interface CharTest {
        boolean test(char c);
    }

    /** The gate of {@code pattern}, read once per pattern. */
    static LineGate of(Pattern pattern) {
        // A plain get first: after the first lines every pattern is there, and get takes no lock.
        LineGate gate = GATES.get(pattern);
        return gate != null ? gate : GATES.computeIfAbsent(pattern, LineGate::read);
    }

    /** Whether {@code pattern.matcher(line).matches()} (or {@code lookingAt()}) may be true. */
    static boolean mayMatch(Pattern pattern, String line) {
        return of(pattern).admits(line);
    }

    /** {@code pattern.matcher(line).matches()}, the pattern run only on a line its gate admits. */
    static boolean matches(Pattern pattern, String line) {
        return mayMatch(pattern, line) && pattern.matcher(line).matches();
    }

    /** {@code pattern.matcher(line).lookingAt()}, the pattern run only on a line its gate admits. */
    static boolean lookingAt(Pattern pattern, String line) {
        return mayMatch(pattern, line) && pattern.matcher(line).lookingAt();
    }

    /** The matcher of {@code pattern} after {@code matches()} succeeded on {@code line}; null when it did not. */
    static Matcher matched(Pattern pattern, String line) {
        if (!mayMatch(pattern, line)) {
            return null;
        }
        Matcher m = pattern.matcher(line);
        return m.matches() ? m : null;
    }

    /** The matcher of {@code pattern} after {@code lookingAt()} succeeded on {@code line}; null when it did not. */
    static Matcher lookedAt(Pattern pattern, String line) {
        if (!mayMatch(pattern, line)) {
            return null;
        }
        Matcher m = pattern.matcher(line);
        return m.lookingAt() ? m : null;
    }

    /** Whether the gate lets a line through: always for an open gate. */
    boolean admits(String line) {
        return admits(line, 0, line.length());
    }

    /**
     * Whether the gate lets through the line {@code text[from, to)}, as {@link #admits(String)} its substring: a
     * matcher's region over it with opaque bounds matches as the substring would.
     */
    boolean admits(CharSequence text, int from, int to) {
        if (first == null) {
            return true;
        }
        int i = from;
        if (leading != null) {
            while (i < to && leading.test(text.charAt(i))) {
                i++;
            }
        }
        return i < to && first.test(text.charAt(i));
    }

    /** Whether the gate refuses some lines (it was read from the pattern), for the tests. */
    boolean isGated() {
        return first != null;
    }

    private static LineGate read(Pattern pattern) {
        if ((pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.MULTILINE)) != 0) {
            return OPEN;
        }
        boolean unicode = (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0;
        String regex = pattern.pattern();
        Reader r = new Reader(regex, 1, unicode);
        // "^a|b" matches b anywhere: only a pattern anchored as a whole has a first character.
        if (!regex.startsWith("^") || r.hasTopLevelAlternative(-1, regex.length())) {
            return OPEN;
        }
        CharTest leading = r.leadingRun();
        if (leading == null && r.failed) {
            return OPEN;
        }
        CharTest first = r.requiredFirst();
        if (first == null) {
            return OPEN;
        }
        if (leading != null) {
            // The required character must not be one the run may take, or the run's end would not be where it is sought.
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (leading.test((char) c) && first.test((char) c)) {
                    return OPEN;
                }
            }
        }
        return new LineGate(leading, first);
    }

    /** Reads the opening of a regular expression: a leading run, then the first required character. */
    private static final class Reader {
        private final String regex;
        private final boolean unicode;
        private int at;
        boolean failed;

        Reader(String regex, int at, boolean unicode) {
            this.regex = regex;
            this.at = at;
            this.unicode = unicode;
        }

        /**
         * A leading {@code \s*} or {@code [...]*} (greedy or possessive) of literal characters and {@code \s}; null
         * when there is none (then nothing was read) or when it cannot be read ({@link #failed}).
         */
        CharTest leadingRun() {
            int start = at;
            CharTest run;
            if (regex.startsWith("\\s", at)) {
                at += 2;
                run = this::isSpace;
            } else if (regex.startsWith("[", at)) {
                run = charClass(true);
                if (run == null) {
                    at = start;
                    return null;
                }
            } else {
                return null;
            }
            if (at < regex.length() && regex.charAt(at) == '*') {
                at++;
                if (at < regex.length() && (regex.charAt(at) == '+')) {
                    at++;
                } else if (at < regex.length() && regex.charAt(at) == '?') {
                    // A lazy run may stop early: the character after it is then not the first outside the run.
                    failed = true;
                    return null;
                }
                return run;
            }
            at = start;
            return null;
        }

        /** The test of the first character every match needs next, or null when it cannot be read. */
        CharTest requiredFirst() {
            // Groups that open here: their first element is the next one, if the group has no alternative.
            while (regex.startsWith("(", at)) {
                int close = groupEnd(at);
                if (close < 0 || hasTopLevelAlternative(at, close) || optionalAfter(close + 1)) {
                    return null;
                }
                if (regex.startsWith("(?:", at)) {
                    at += 3;
                } else if (regex.startsWith("(?", at)) {
                    return null;
                } else {
                    at += 1;
                }
            }
            if (at >= regex.length()) {
                return null;
            }
            int start = at;
            CharTest test;
            char c = regex.charAt(at);
            if (c == '[') {
                test = charClass(false);
            } else if (c == '\\') {
                test = escape();
            } else if (".^$|()?*+{}".indexOf(c) >= 0) {
                return null;
            } else if (Character.isSurrogate(c)) {
                return null;
            } else {
                at++;
                test = x -> x == c;
            }
            if (test == null || optionalAfter(at)) {
                at = start;
                return null;
            }
            return test;
        }

        /** Whether a quantifier that allows zero repetitions follows at {@code i}. */
        private boolean optionalAfter(int i) {
            if (i >= regex.length()) {
                return false;
            }
            char q = regex.charAt(i);
            return q == '?' || q == '*' || regex.startsWith("{0", i);
        }

        /** {@code \d}, {@code \p{Lu}}, {@code \p{L}} or an escaped punctuation mark; null for anything else. */
        private CharTest escape() {
            if (regex.startsWith("\\d", at)) {
                at += 2;
                // \d is [0-9], or any decimal digit with Unicode classes; a surrogate may begin one outside the BMP.
                return unicode ? x -> Character.isDigit(x) || Character.isSurrogate(x) : x -> x >= '0' && x <= '9';
            }
            if (regex.startsWith("\\p{Lu}", at)) {
                at += 6;
                return x -> Character.isUpperCase(x) || Character.isTitleCase(x) || Character.isSurrogate(x)
                        || Character.getType(x) == Character.UPPERCASE_LETTER;
            }
            if (regex.startsWith("\\p{L}", at)) {
                at += 5;
                return x -> Character.isLetter(x) || Character.isSurrogate(x);
            }
            if (at + 1 < regex.length() && "*.()[]{}\\/-#".indexOf(regex.charAt(at + 1)) >= 0) {
                char literal = regex.charAt(at + 1);
                at += 2;
                return x -> x == literal;
            }
            return null;
        }

        /**
         * A character class of literal characters, ranges and (in a leading run) {@code \s}: {@code [IVX]},
         * {@code [A-H]}, {@code [*_#\s]}, {@code [-\s]}; null for anything else (negation, other escapes, nesting).
         */
        private CharTest charClass(boolean allowSpace) {
            int i = at + 1;
            if (i < regex.length() && regex.charAt(i) == '^') {
                return null;
            }
            StringBuilder singles = new StringBuilder();
            StringBuilder ranges = new StringBuilder();
            boolean space = false;
            if (i < regex.length() && regex.charAt(i) == ']') {
                return null;
            }
            while (i < regex.length() && regex.charAt(i) != ']') {
                char c = regex.charAt(i);
                if (c == '\\') {
                    if (regex.startsWith("\\s", i) && allowSpace) {
                        space = true;
                        i += 2;
                    } else if (i + 1 < regex.length() && "*.()[]{}\\/-#^_".indexOf(regex.charAt(i + 1)) >= 0) {
                        singles.append(regex.charAt(i + 1));
                        i += 2;
                    } else {
                        return null;
                    }
                } else if (c == '[' || c == '&' || Character.isSurrogate(c)) {
                    return null;
                } else if (i + 2 < regex.length() && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']') {
                    char to = regex.charAt(i + 2);
                    if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < c) {
                        return null;
                    }
                    ranges.append(c).append(to);
                    i += 3;
                } else {
                    singles.append(c);
                    i++;
                }
            }
            if (i >= regex.length()) {
                return null;
            }
            at = i + 1;
            String one = singles.toString();
            String range = ranges.toString();
            boolean withSpace = space;
            return x -> {
                if (withSpace && isSpace(x) || one.indexOf(x) >= 0) {
                    return true;
                }
                for (int k = 0; k < range.length(); k += 2) {
                    if (x >= range.charAt(k) && x <= range.charAt(k + 1)) {
                        return true;
                    }
                }
                return false;
            };
        }

        /** What {@code \s} matches under the pattern's flags. */
        private boolean isSpace(char c) {
            if (unicode) {
                int type = Character.getType(c);
                return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR || c >= '\t' && c <= '\r' || c == '\u0085';
            }
            return c == ' ' || c >= '\t' && c <= '\r';
        }

        /** The index of the parenthesis closing the group opened at {@code open}, or -1. */
        private int groupEnd(int open) {
            int depth = 0;
            boolean inClass = false;
            for (int i = open; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether the group {@code (open, close)} has a {@code |} outside nested groups and classes. */
        boolean hasTopLevelAlternative(int open, int close) {
            int depth = 0;
            boolean inClass = false;
            for (int i = open + 1; i < close; i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
