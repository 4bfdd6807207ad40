package org.compendium.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;

/**
 * The analyzer of a language's root field ({@code roots.fr}): the language's root base (its own analyzer, in French the
 * light stemmer's: {@link LanguageAnalyzers#rootBase}), each word then cut to its first {@value #LENGTH} characters, so that words of one family meet where the stemmer keeps them apart —
 * {@code documentaire} and {@code documents} ({@code docum}), {@code frauduleux} and {@code fraude} ({@code fraud}),
 * {@code prévention} and {@code prévenir} ({@code preve}), {@code criminalité} and {@code criminels}. A stemmer removes
 * inflections; the derivations a reader types for the text's word (the adjective for the noun, the noun for the
 * verb) it leaves, and the words of the query then miss the provision. Truncation conflates too much to be the only
 * reading (it joins {@code international} and {@code internet}), so {@link WordsQuery} scores the root below the word
 * itself. Five characters is the length the French IR literature found best for truncation (Savoy; McNamee and
 * Mayfield's 5-grams); it was checked by cross-validation on the relevance set (README, "Relevance benchmark").
 *
 * <p>Only for languages whose words are written with affixes at their end and whose stems are long: English,
 * Spanish, French and Russian ({@link LanguageAnalyzers}). Arabic words take prefixes (the first characters are not
 * the root) and Chinese has no inflection.
 *
 * <p>Contract: the root of a word is {@link #root} of the word the wrapped analyzer makes; the query side relies on
 * it, reading each word of a query with the same root base ({@link WordsQuery.Roots}; tested against random text in
 * every rooted language).
 */
final class RootAnalyzer extends AnalyzerWrapper {
    /** The characters (UTF-16 units, as {@link TruncateTokenFilter} counts) a root keeps. */
    static final int LENGTH = 5;

    private final Analyzer language;

    RootAnalyzer(Analyzer language) {
        super(language.getReuseStrategy());
        this.language = language;
    }

    /** The root of a word as the language's analyzer makes it: its first {@value #LENGTH} characters. */
    static String root(String word) {
        return word.length() > LENGTH ? word.substring(0, LENGTH) : word;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return language;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
                new TruncateTokenFilter(components.getTokenStream(), LENGTH));
    }
}
