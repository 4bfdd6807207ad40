package org.compendium.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The analyzer of Spanish provision text: standard tokens, lower case, Spanish stop words, the Snowball Spanish
 * stemmer, then accents folded.
 *
 * <p>Snowball rather than Lucene's {@code SpanishAnalyzer} (a light stemmer of plural and gender endings): resolutions
 * speak in verbs, and a reader who types the infinitive ({@code solicitar}) must find the clause that conjugates it
 * ({@code Solicita a la Secretaría}); Snowball strips verb endings, the light stemmer does not. Order as in
 * {@link FrenchSearchAnalyzer}: the stop list and the stemmer's rules are written for accented text, so folding
 * comes last.
 */
final class SpanishSearchAnalyzer extends Analyzer {
    private static final CharArraySet STOP_WORDS = SpanishAnalyzer.getDefaultStopSet();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, STOP_WORDS);
        result = new SnowballFilter(result, new SpanishStemmer());
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
