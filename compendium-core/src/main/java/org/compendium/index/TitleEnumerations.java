package org.compendium.index;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enumerations of scope in the official titles of instruments, which a language's text fields do not read as
 * words: in {@code Protocole contre le trafic illicite de migrants par terre, air et mer} the words {@code par terre,
 * air et mer}, in {@code Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and
 * Children} the words {@code Especially Women and Children}. A title is a name: a provision urging States to ratify
 * the Protocol is about the Protocol (its words {@code trafic illicite de migrants} stay), not about air or children,
 * yet its enumeration matched every query on smuggling by air or sea and on children, and ranked the many
 * provisions that cite the Protocol by its full title among those on the topic.
 *
 * <p>The titles are data per language, which editors can edit ({@code titles/fr.txt} beside this class): one title
 * per line, the enumeration in square brackets, {@code #} starting a comment; the words before the brackets (and
 * after them, where the language puts the enumeration inside the title, as Chinese does) are what identifies the
 * title, so that the same words outside it (the Protocol's preamble: {@code to prevent and combat the smuggling of
 * migrants by land, sea and air}) are read as words. Letters match in any case, spaces as any run of white space, and
 * a word ending in {@code *} with any ending (Russian declines the title's head: {@code Протокола}, {@code
 * Протоколом}).
 *
 * <p>The enumeration is removed by a char filter ({@link GuardedPatternFilter}) before the text is cut into words, so the highlighter's offsets
 * still point into the original text; the same filter runs when a text is indexed and when a query is read
 * ({@link LanguageAnalyzers} wraps each language's analyzer), so a query copying the full title still finds it.
 */
final class TitleEnumerations {
    /** No title: the language has no list. */
    static final TitleEnumerations NONE = new TitleEnumerations(List.of());

    /** A line: the text before the enumeration, the enumeration, the text after it (may be empty). */
    private static final Pattern LINE = Pattern.compile("([^\\[\\]]*)\\[([^\\[\\]]+)\\]([^\\[\\]]*)");

    /**
     * A title: its pattern (the identifying text before as group 1, the enumeration, the text after looked ahead),
     * and words in lower case that every text holding it holds — its first word and the enumeration's longest.
     */
    private record Title(Pattern pattern, List<String> keys) {
        boolean mayBeIn(GuardedPatternFilter.Sample text) {
            String lower = text.lower();
            return keys.stream().allMatch(lower::contains);
        }
    }

    private final List<Title> titles;

    private TitleEnumerations(List<Title> titles) {
        this.titles = List.copyOf(titles);
    }

    /** How many titles the list holds. */
    int size() {
        return titles.size();
    }

    /** The list of {@code language} ({@code fr}); {@link #NONE} when the language has no file. */
    static TitleEnumerations of(String language) {
        return LanguageLists.read("titles", language).map(t -> parse(t, "titles/" + language + ".txt")).orElse(NONE);
    }

    /**
     * The titles of a list's text ({@code source} names it in errors).
     *
     * @throws IllegalArgumentException when a line has no enumeration in brackets, or nothing before it to identify
     *                                  the title, naming its line
     */
    static TitleEnumerations parse(String text, String source) {
        List<Title> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(1).isBlank()) {
                throw new IllegalArgumentException(source + " line " + (i + 1)
                        + ": a title is written 'words that identify it [its enumeration] words after it, if any', got '" + line + "'");
            }
            Pattern pattern = Pattern.compile("(?iu)(" + regex(m.group(1)) + ")" + regex(m.group(2))
                    + (m.group(3).isBlank() ? "" : "(?=" + regex(m.group(3)) + ")"));
            String firstWord = m.group(1).strip().split("\\s+")[0].replace("*", "").toLowerCase(Locale.ROOT);
            String enumerationWord = java.util.Arrays.stream(m.group(2).split("[\\s\\p{P}]+"))
                    .map(w -> w.replace("*", "").toLowerCase(Locale.ROOT))
                    .max(java.util.Comparator.comparingInt(String::length)).orElse("");
            out.add(new Title(pattern, List.of(firstWord, enumerationWord)));
        }
        return new TitleEnumerations(out);
    }

    /** The regular expression of a part of a title: words literal, spaces any white space, {@code word*} any ending. */
    private static String regex(String part) {
        StringBuilder out = new StringBuilder();
        for (String piece : part.split("(?<=\\s)|(?=\\s)")) {
            if (piece.isBlank()) {
                out.append("\\s+");
            } else if (piece.endsWith("*") && piece.length() > 1) {
                out.append(Pattern.quote(piece.substring(0, piece.length() - 1))).append("\\p{L}*");
            } else {
                out.append(Pattern.quote(piece));
            }
        }
        return out.toString();
    }

    /** {@code text} read without the titles' enumerations (only a text holding a title's first word is scanned). */
    Reader without(Reader text) {
        return new GuardedPatternFilter(text, rewrites());
    }

    /**
     * The rewrites {@link #without} makes, one per title, each tried only on a text holding its first word and its
     * enumeration's longest (for a filter making others too, {@link LanguageAnalyzers}).
     */
    List<GuardedPatternFilter.Rewrite> rewrites() {
        return titles.stream()
                .map(t -> new GuardedPatternFilter.Rewrite(t::mayBeIn, List.of(t.pattern()), "$1"))
                .toList();
    }
}
