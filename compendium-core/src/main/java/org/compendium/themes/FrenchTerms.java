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

    /**
     * A text's terms: its stems in order, and each stem with the word it first stands for there, as written
     * ({@code Échange} for {@code echang}), without an elided article ({@code d'}) — reasons show words a reader
     * recognises, not stems.
     *
     * @param stems   the stems, in order; digits-only tokens are dropped (paragraph numbers carry no theme)
     * @param written each stem's first word in the text
     */
    public record Terms(List<String> stems, Map<String, String> written) {
    }

    /** The stems of {@code text}, in order (see {@link Terms#stems()}). */
    public static List<String> stems(String text) {
        return analyse(text).stems();
    }

    /** The stems of {@code text} and the words they stand for, in one pass of the analyzer. */
    public static Terms analyse(String text) {
        List<String> stems = new ArrayList<>();
        Map<String, String> written = new HashMap<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String stem = term.toString();
                if (stem.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                stems.add(stem);
                if (!written.containsKey(stem)) {
                    String word = text.substring(offset.startOffset(), offset.endOffset());
                    int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
                    written.put(stem, apostrophe >= 0 && apostrophe < word.length() - 1
                            ? word.substring(apostrophe + 1) : word);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tokenise a string", e);
        }
        return new Terms(List.copyOf(stems), Map.copyOf(written));
    }
}
