package org.compendium.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The analyzer of French provision text: standard tokens, elided articles removed ({@code l'}, {@code d'},
 * {@code qu'}, with straight or typographic apostrophes), lower case, French stop words, stemming, then accents
 * folded so that {@code reguliere} finds {@code régulière}.
 *
 * <p>The search stems with the Snowball French stemmer ({@link Stemming#SNOWBALL}), which also removes derivational
 * suffixes — {@code responsabilité} and {@code responsables} are {@code respons}, {@code législation} and
 * {@code législatives} {@code legisl}, {@code aide} and {@code aident} {@code aid} — where Lucene's light stemmer
 * ({@link Stemming#LIGHT}) removes inflections only and keeps them apart; on the relevance set it ranked better
 * (README, "Relevance benchmark"). Snowball reads some endings by their accents, so a word typed without any accent
 * first gets the accent of such an ending back ({@link FrenchEndingAccents}).
 *
 * <p>Order matters: stop words are removed before folding because the stop list is accented ({@code été}), and
 * folding comes after the stemmer because the stemmer's rules are written for accented endings. Prefix and wildcard
 * terms of a query are not analyzed by the query parser, only {@linkplain #normalize normalized} (lower case and
 * folded), so {@code Entraid*} matches the stem {@code entraid}.
 */
public final class FrenchSearchAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    /** How the words are stemmed. */
    public enum Stemming {
        /** Lucene's light stemmer (plural, gender and a few inflections): the theme classifier's tokens. */
        LIGHT,
        /** The Snowball French stemmer, inflections and derivations, on words whose endings have their accents: the search's. */
        SNOWBALL
    }

    private final Stemming stemming;

    /** The search's analyzer ({@link Stemming#SNOWBALL}). */
    public FrenchSearchAnalyzer() {
        this(Stemming.SNOWBALL);
    }

    public FrenchSearchAnalyzer(Stemming stemming) {
        this.stemming = java.util.Objects.requireNonNull(stemming);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = switch (stemming) {
            case LIGHT -> new FrenchLightStemFilter(result);
            case SNOWBALL -> new SnowballFilter(new FrenchEndingAccents(result), new FrenchStemmer());
        };
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
