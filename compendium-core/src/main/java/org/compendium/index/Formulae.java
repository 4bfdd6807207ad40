package org.compendium.index;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The formulae of drafting that a language's text fields read as one word each, not as their words: the hedges that qualify what a
 * provision asks without saying what it is about — {@code le cas échéant}, {@code s'il y a lieu}, {@code selon qu'il
 * conviendra}, {@code as appropriate}, {@code según proceda}, {@code в надлежащих случаях}, {@code 酌情}. They are
 * function expressions, as stop words are function words, but of several words, some of which are content words
 * elsewhere ({@code cas}, {@code lieu}): read as words, they matched queries holding those words and lengthened the
 * provisions that hold them, which BM25 then ranked lower for the words they are about. Read as one word
 * ({@link #word}), a formula is still found by a search for it, as agreed language is looked for.
 *
 * <p>Data per language, which editors can edit ({@code formulae/fr.txt} beside this class): one formula per line,
 * {@code #} starting a comment; letters match in any case, spaces any run of white space, apostrophes straight or
 * typographic, and a formula only as whole words (in Chinese, which has no spaces, anywhere). It is read by a char
 * filter ({@link GuardedPatternFilter}), replaced by its word, before the text is cut into words, when a text is indexed and when a query
 * is read ({@link LanguageAnalyzers}), so the highlighter's offsets still point into the original text.
 */
final class Formulae {
    /** No formula: the language has no list. */
    static final Formulae NONE = new Formulae(List.of(), List.of(), List.of());

    private final List<Pattern> patterns;
    /** The one word each formula is read as, by its place. */
    private final List<String> words;
    /** The longest word of each formula, in lower case, by its place: a text without it does not hold the formula. */
    private final List<String> keys;

    private Formulae(List<Pattern> patterns, List<String> words, List<String> keys) {
        this.patterns = List.copyOf(patterns);
        this.words = List.copyOf(words);
        this.keys = List.copyOf(keys);
    }

    /** How many formulae the list holds. */
    int size() {
        return patterns.size();
    }

    /** The list of {@code language} ({@code fr}); {@link #NONE} when the language has no file. */
    static Formulae of(String language) {
        return LanguageLists.read("formulae", language).map(Formulae::parse).orElse(NONE);
    }

    /** The formulae of a list's text, longest first (so that one holding another is removed whole). */
    static Formulae parse(String text) {
        List<String> formulae = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String f = line.strip();
            if (!f.isEmpty() && !f.startsWith("#")) {
                formulae.add(f);
            }
        }
        formulae.sort(Comparator.comparingInt(String::length).reversed());
        List<Pattern> patterns = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String f : formulae) {
            words.add(word(f));
            patterns.add(Pattern.compile("(?iu)" + boundary(f.codePointAt(0), "(?<![\\p{L}\\p{N}])") + regex(f)
                    + boundary(f.codePointBefore(f.length()), "(?![\\p{L}\\p{N}])")));
            keys.add(java.util.Arrays.stream(f.toLowerCase(Locale.ROOT).split("[\\s'’]+"))
                    .max(Comparator.comparingInt(String::length)).orElseThrow());
        }
        return new Formulae(patterns, words, keys);
    }

    /**
     * The one word formula {@code f} is read as: {@code zzf}, seven letters made from the formula's words (lower case,
     * apostrophes alike, white space collapsed), {@code zz} — Latin letters only, so that every language's tokenizer
     * keeps it one token and its stemmer leaves it one word (the same analysis makes it at indexing and in a query),
     * and no word of any language.
     */
    static String word(String f) {
        String normal = f.toLowerCase(Locale.ROOT).replace('’', '\'').strip().replaceAll("\\s+", " ");
        long h = Integer.toUnsignedLong(normal.hashCode());
        StringBuilder out = new StringBuilder("zzf");
        for (int i = 0; i < 7; i++) {
            out.append((char) ('a' + h % 26));
            h /= 26;
        }
        return out.append("zz").toString();
    }

    /** A whole-word boundary, except beside a Han character (Chinese has no spaces between words). */
    private static String boundary(int codePoint, String lookaround) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN ? "" : lookaround;
    }

    /** A formula's regular expression: its words literal, spaces any white space, an apostrophe either form. */
    private static String regex(String formula) {
        StringBuilder out = new StringBuilder();
        for (String piece : formula.split("(?<=[\\s'’])|(?=[\\s'’])")) {
            if (piece.isBlank()) {
                out.append("\\s+");
            } else if (piece.equals("'") || piece.equals("’")) {
                out.append("['’]");
            } else {
                out.append(Pattern.quote(piece));
            }
        }
        return out.toString();
    }

    /**
     * {@code text} with each formula read as one word of its own ({@link #word}): its words no longer match queries
     * of those words nor lengthen the provision, and a search for the formula itself (a negotiator's agreed
     * language, {@code "le cas échéant"}) still finds the provisions that use it. Only a text holding a formula's
     * longest word is scanned.
     */
    Reader without(Reader text) {
        return patterns.isEmpty() ? text : new GuardedPatternFilter(text, rewrites());
    }

    /**
     * The rewrites {@link #without} makes, one per formula in the list's order (longest first), each tried only on a
     * text holding the formula's longest word (for a filter making others too, {@link LanguageAnalyzers}).
     */
    List<GuardedPatternFilter.Rewrite> rewrites() {
        List<GuardedPatternFilter.Rewrite> out = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String key = keys.get(i);
            out.add(new GuardedPatternFilter.Rewrite(text -> text.lower().contains(key), List.of(patterns.get(i)), words.get(i)));
        }
        return out;
    }
}
