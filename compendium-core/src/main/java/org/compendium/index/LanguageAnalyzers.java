package org.compendium.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The registry of text analyzers by language: each registered language gets its own text field
 * ({@code text.fr}) analyzed its own way, and any other language goes to {@code text.any} with a plain
 * {@link FoldingAnalyzer}. A query without a field searches all of them, each with its own analyzer.
 *
 * <p>French is registered; the other UN languages plug in with {@link #with} (e.g. Lucene's Arabic, Chinese smartcn,
 * Russian or Spanish analyzers). Changing the registry changes the index layout: run {@code compendium index rebuild}
 * afterwards.
 */
public final class LanguageAnalyzers {
    /** The language code of text whose language is not known. */
    public static final String UNKNOWN = "und";
    static final String FALLBACK_FIELD = "text.any";

    private final Map<String, Analyzer> byLanguage;
    private final Analyzer fallback = new FoldingAnalyzer();
    private final Analyzer keyword = new KeywordFoldingAnalyzer();

    private LanguageAnalyzers(Map<String, Analyzer> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** The registry of this version: French. */
    public static LanguageAnalyzers defaults() {
        return new LanguageAnalyzers(Map.of("fr", new FrenchSearchAnalyzer()));
    }

    /** This registry with {@code analyzer} for the ISO 639-1 language {@code code} (package-private: Lucene types stay here). */
    LanguageAnalyzers with(String code, Analyzer analyzer) {
        Map<String, Analyzer> copy = new LinkedHashMap<>(byLanguage);
        copy.put(code, analyzer);
        return new LanguageAnalyzers(copy);
    }

    /** The registered language codes. */
    public List<String> languages() {
        return byLanguage.keySet().stream().sorted().toList();
    }

    /** The text field of a language: {@code text.fr} when registered, else {@code text.any}. */
    String textField(String language) {
        return byLanguage.containsKey(language) ? "text." + language : FALLBACK_FIELD;
    }

    /** Every text field, registered languages first (sorted), the fallback last. */
    List<String> textFields() {
        List<String> out = new ArrayList<>();
        for (String code : languages()) {
            out.add("text." + code);
        }
        out.add(FALLBACK_FIELD);
        return out;
    }

    /** The analyzer of a text field ({@code text.fr}). */
    Analyzer textAnalyzer(String field) {
        return field.startsWith("text.") ? byLanguage.getOrDefault(field.substring(5), fallback) : fallback;
    }

    /** The analyzer of the whole index: each text field with its language's analyzer, every other field as a keyword. */
    Analyzer perField() {
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String field : textFields()) {
            fields.put(field, textAnalyzer(field));
        }
        return new PerFieldAnalyzerWrapper(keyword, fields);
    }
}
