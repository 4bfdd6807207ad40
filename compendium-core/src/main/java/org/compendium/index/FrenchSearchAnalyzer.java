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
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analyzer of French provision text: standard tokens, elided articles removed ({@code l'}, {@code d'},
 * {@code qu'}, with straight or typographic apostrophes), lower case, French stop words, light stemming
 * ({@code entraides} → {@code entraid}), then accents folded so that {@code reguliere} finds {@code régulière}.
 *
 * <p>Order matters: stop words are removed before folding because the stop list is accented ({@code été}), and
 * folding comes after the stemmer because the stemmer's rules are written for accented endings. Prefix and wildcard
 * terms of a query are not analyzed by the query parser, only {@linkplain #normalize normalized} (lower case and
 * folded), so {@code Entraid*} matches the stem {@code entraid}.
 */
public final class FrenchSearchAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new FrenchLightStemFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
