package org.compendium.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.compendium.index.FrenchSearchAnalyzer;

/**
 * The French tokeniser of theme classification: a Lucene chain of elision removal ({@code l'}, {@code d'}), lower
 * casing, French stop words, light stemming and accent folding, giving the stems of a text in order.
 *
 * <p>Folding comes after stemming because the light stemmer's rules are written for accented forms. Thread-safe:
 * Lucene analyzers reuse per-thread token streams.
 */
public final class FrenchTerms {
    /** The search index's French chain: themes are classified on the very terms people search with. */
    private static final Analyzer ANALYZER = new FrenchSearchAnalyzer();

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
