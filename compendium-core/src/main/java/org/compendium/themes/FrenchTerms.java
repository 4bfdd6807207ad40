package org.compendium.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

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

    /**
     * Each stem of {@code text} with the word it first stands for there, as written ({@code échanger} for
     * {@code echang}), without an elided article ({@code d'}): reasons show words a reader recognises, not stems.
     */
    public static Map<String, String> surfaceForms(String text) {
        Map<String, String> out = new HashMap<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = text.substring(offset.startOffset(), offset.endOffset());
                int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
                out.putIfAbsent(term.toString(), apostrophe >= 0 && apostrophe < word.length() - 1
                        ? word.substring(apostrophe + 1) : word);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tokenise a string", e);
        }
        return out;
    }
}
