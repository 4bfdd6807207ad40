package org.compendium.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.compendium.index.FrenchSearchAnalyzer;
import org.compendium.model.Language;

/**
 * The tokenisers of theme classification, one per UN language: French is the search index's chain with light stemming
 * ({@link FrenchSearchAnalyzer}: elision, stop words, light stemming, accent folding; see {@link FrenchTerms}); the
 * others are Lucene's analyzers of that language (English, Spanish and Russian stemming, Arabic normalisation and
 * stemming, Chinese as overlapping character bigrams), which the label match of a provision without a French version
 * reads its own language's labels and keywords with. Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
final class ThemeTerms {
    private static final Map<Language, Analyzer> ANALYZERS = analyzers();

    private ThemeTerms() {
    }

    private static Map<Language, Analyzer> analyzers() {
        Map<Language, Analyzer> m = new EnumMap<>(Language.class);
        // Light stemming: the classifier's figures (regressions.properties, themes.*) were measured with it; the search
        // stems with Snowball since #11, which the classifier has not been measured with.
        m.put(Language.FRENCH, new FrenchSearchAnalyzer(FrenchSearchAnalyzer.Stemming.LIGHT));
        m.put(Language.ENGLISH, new EnglishAnalyzer());
        m.put(Language.SPANISH, new SpanishAnalyzer());
        m.put(Language.RUSSIAN, new RussianAnalyzer());
        m.put(Language.ARABIC, new ArabicAnalyzer());
        m.put(Language.CHINESE, new CJKAnalyzer());
        return Map.copyOf(m);
    }

    /** Whether {@code language} has a tokeniser here (the six UN languages). */
    static boolean supports(Language language) {
        return ANALYZERS.containsKey(language);
    }

    /** The stems of {@code text} in {@code language}, in order. */
    static List<String> stems(String text, Language language) {
        return analyse(text, language).stems();
    }

    /**
     * A text's terms in {@code language}: its stems in order (digits-only tokens dropped: paragraph numbers carry no
     * theme) and each stem with the word it first stands for, as written, without an elided article.
     *
     * @throws IllegalArgumentException for a language without a tokeniser ({@link Language#UNDETERMINED})
     */
    static FrenchTerms.Terms analyse(String text, Language language) {
        Analyzer analyzer = ANALYZERS.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("no theme tokeniser for " + language);
        }
        List<String> stems = new ArrayList<>();
        Map<String, String> written = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
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
        return new FrenchTerms.Terms(List.copyOf(stems), Map.copyOf(written));
    }
}
