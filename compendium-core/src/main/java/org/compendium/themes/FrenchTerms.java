package org.compendium.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French tokeniser of theme classification: a Lucene chain of elision removal ({@code l'}, {@code d'}), lower
 * casing, French stop words, light stemming and accent folding, giving the stems of a text in order.
 *
 * <p>Folding comes after stemming because the light stemmer's rules are written for accented forms. Thread-safe:
 * Lucene analyzers reuse per-thread token streams.
 */
public final class FrenchTerms {
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, STOP_WORDS);
            s = new FrenchLightStemFilter(s);
            s = new ASCIIFoldingFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    private FrenchTerms() {
    }

    /** The stems of {@code text}, in order; digits-only tokens are dropped (paragraph numbers carry no theme). */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.chars().allMatch(Character::isDigit)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tokenise a string", e);
        }
        return out;
    }
}
