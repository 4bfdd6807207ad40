package org.compendium.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.compendium.model.Language;

/**
 * The registry of text analyzers by language: each registered language gets its own text field
 * ({@code text.fr}) analyzed its own way, and any other language goes to {@code text.any} with a plain
 * {@link FoldingAnalyzer}. A query without a field searches all of them, each with its own analyzer.
 *
 * <p>The six UN languages are registered: French ({@link FrenchSearchAnalyzer}: elisions, Snowball stemming, folding),
 * Spanish ({@link SpanishSearchAnalyzer}: Snowball, which stems verbs), and Lucene's own analyzers for English
 * (possessives, stop words, Porter stemming), Russian (stop words, Snowball), Arabic (stop words, orthographic
 * normalisation of hamza forms, alef maqsura, teh marbuta and tatweel, diacritics removed, then light stemming of
 * prefixes such as {@code ال} and {@code وال} and suffixes) and Chinese (smartcn: words segmented with a hidden
 * Markov model of Simplified Chinese, punctuation dropped). Each reads its texts without the enumerations of the
 * instruments' titles ({@link TitleEnumerations}: {@code par terre, air et mer}) and the formulae of drafting
 * ({@link Formulae}: {@code le cas échéant}), and French without the marks of
 * inclusive writing ({@link FrenchInclusiveWriting}). Another analyzer plugs in with {@link #with}. Changing
 * the registry changes the index layout: run {@code compendium index rebuild} afterwards.
 */
public final class LanguageAnalyzers {
    /** The language code of text whose language is not known. */
    public static final String UNKNOWN = "und";
    static final String FALLBACK_FIELD = "text.any";
    /** The prefix of a text field's pair field ({@code pairs.fr}, {@link WordPairs}). */
    private static final String PAIRS = "pairs.";
    /** The prefix of a language's root field ({@code roots.fr}, {@link RootAnalyzer}). */
    private static final String ROOTS = "roots.";
    /** The languages with a root field ({@link RootAnalyzer} says why these). */
    private static final java.util.Set<String> ROOTED = java.util.Set.of(Language.ENGLISH.code(), Language.FRENCH.code(),
            Language.RUSSIAN.code(), Language.SPANISH.code());

    /** The analyzers as registered, before {@link #searchReading} wraps them ({@link #with} registers anew from them). */
    private final Map<String, Analyzer> registered;
    private final Map<String, Analyzer> registeredBases;
    /** Each language's analyzer as the search reads with it ({@link #searchReading}). */
    private final Map<String, Analyzer> byLanguage;
    /** The analyzers whose words a language's root field cuts, where they are not its text analyzer ({@link #rootBase}). */
    private final Map<String, Analyzer> rootBases;
    private final Analyzer fallback = new FoldingAnalyzer();
    private final Analyzer keyword = new KeywordFoldingAnalyzer();
    private final java.util.concurrent.ConcurrentMap<String, Equivalences> equivalences = new java.util.concurrent.ConcurrentHashMap<>();

    private LanguageAnalyzers(Map<String, Analyzer> byLanguage, Map<String, Analyzer> rootBases) {
        this.registered = Map.copyOf(byLanguage);
        this.registeredBases = Map.copyOf(rootBases);
        this.byLanguage = searchReadings(registered);
        this.rootBases = searchReadings(registeredBases);
    }

    /**
     * What a language's search reads out of a text before its analyzer cuts it into words, besides the titles'
     * enumerations and the formulae of drafting ({@link Formulae}): in French, the marks of inclusive writing. (The theme classifier's analysis does not read them
     * out: its figures are its own.)
     */
    private static final Map<String, GuardedPatternFilter.Rewrite> SPELLING = Map.of(
            Language.FRENCH.code(), FrenchInclusiveWriting.REWRITE);

    /** Each of {@code analyzers} (by language code) wrapped by {@link #searchReading}. */
    private static Map<String, Analyzer> searchReadings(Map<String, Analyzer> analyzers) {
        Map<String, Analyzer> out = new LinkedHashMap<>();
        analyzers.forEach((code, analyzer) -> out.put(code, searchReading(code, analyzer)));
        return Map.copyOf(out);
    }

    /**
     * {@code language}'s analyzer reading its language's {@link TitleEnumerations} out, its {@link Formulae} as one
     * word each and its {@link #SPELLING} out, before it cuts the text into words; itself when the language has none.
     */
    private static Analyzer searchReading(String code, Analyzer language) {
        TitleEnumerations titles = TitleEnumerations.of(code);
        Formulae formulae = Formulae.of(code);
        List<GuardedPatternFilter.Rewrite> rewrites = new ArrayList<>();
        rewrites.addAll(titles.rewrites());
        rewrites.addAll(formulae.rewrites());
        if (SPELLING.containsKey(code)) {
            rewrites.add(SPELLING.get(code));
        }
        if (rewrites.isEmpty()) {
            return language;
        }
        List<GuardedPatternFilter.Rewrite> inOrder = List.copyOf(rewrites);
        return new org.apache.lucene.analysis.AnalyzerWrapper(language.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return language;
            }

            @Override
            protected java.io.Reader wrapReader(String fieldName, java.io.Reader reader) {
                // One filter for all the rewrites: it reads and lower-cases the text once for all their tests.
                return new GuardedPatternFilter(reader, inOrder);
            }
        };
    }

    /** The registry of this version: the six UN languages. */
    public static LanguageAnalyzers defaults() {
        return new LanguageAnalyzers(Map.of(
                Language.ARABIC.code(), new ArabicAnalyzer(),
                Language.CHINESE.code(), new SmartChineseAnalyzer(),
                Language.ENGLISH.code(), new EnglishAnalyzer(),
                Language.FRENCH.code(), new FrenchSearchAnalyzer(),
                Language.RUSSIAN.code(), new RussianAnalyzer(),
                Language.SPANISH.code(), new SpanishSearchAnalyzer()),
                Map.of(Language.FRENCH.code(), new FrenchSearchAnalyzer(FrenchSearchAnalyzer.Stemming.LIGHT)));
    }

    /** This registry with {@code analyzer} for the ISO 639-1 language {@code code} (package-private: Lucene types stay here). */
    LanguageAnalyzers with(String code, Analyzer analyzer) {
        Map<String, Analyzer> copy = new LinkedHashMap<>(registered);
        copy.put(code, analyzer);
        Map<String, Analyzer> bases = new LinkedHashMap<>(registeredBases);
        bases.remove(code);
        return new LanguageAnalyzers(copy, bases);
    }

    /** The registered language codes. */
    public List<String> languages() {
        return byLanguage.keySet().stream().sorted().toList();
    }

    /** The text field of a language: {@code text.fr} when registered, else {@code text.any}. */
    String textField(String language) {
        return byLanguage.containsKey(language) ? "text." + language : FALLBACK_FIELD;
    }

    /** The text field of a language ({@code text.fr}), {@code text.any} when it has no analyzer. */
    String textField(Language language) {
        return textField(language.code());
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

    /**
     * The analyzer of a language's text field, {@link FoldingAnalyzer} for a language without one — for the
     * benchmarks' baselines, which index the same texts the same way outside this package.
     */
    public Analyzer analyzer(Language language) {
        return textAnalyzer(textField(language));
    }

    /** The analyzer of a text field ({@code text.fr}). */
    Analyzer textAnalyzer(String field) {
        return field.startsWith("text.") ? byLanguage.getOrDefault(field.substring(5), fallback) : fallback;
    }

    /**
     * The equivalent expressions of a text field's language ({@link Equivalences}: {@code equivalences/fr.txt}), read
     * with the field's analyzer once per field; {@link Equivalences#NONE} for a language without a list.
     */
    Equivalences equivalences(String textField) {
        return equivalences.computeIfAbsent(textField, f -> f.startsWith("text.") && byLanguage.containsKey(f.substring(5))
                ? Equivalences.of(f.substring(5), textAnalyzer(f), f) : Equivalences.NONE);
    }

    /**
     * The root field beside a text field ({@code roots.fr} beside {@code text.fr}: its words cut to their roots,
     * {@link RootAnalyzer}), empty for a language without one.
     */
    java.util.Optional<String> rootField(String textField) {
        if (!textField.startsWith("text.")) {
            return java.util.Optional.empty();
        }
        String code = textField.substring(5);
        return ROOTED.contains(code) && byLanguage.containsKey(code) ? java.util.Optional.of(ROOTS + code)
                : java.util.Optional.empty();
    }

    /**
     * The analyzer whose words a text field's root field cuts to their roots ({@link RootAnalyzer}): the field's own
     * analyzer, except in French, where it is the light stemmer's ({@link FrenchSearchAnalyzer.Stemming#LIGHT}). The
     * French search stems with Snowball, which leaves some words shorter than a root ({@code documents} →
     * {@code docu}, {@code documentaire} → {@code documentair}), so that their roots would differ where the light
     * stemmer's words share theirs ({@code docum}); a root base shares its text analyzer's tokenizer and stop words
     * and stems word for word, so the query side finds each word's root at its position ({@link WordsQuery.Roots}).
     */
    Analyzer rootBase(String textField) {
        String code = textField.startsWith("text.") ? textField.substring(5) : "";
        return rootBases.getOrDefault(code, textAnalyzer(textField));
    }

    /** The pair field beside a text field ({@code pairs.fr} beside {@code text.fr}, {@link WordPairs}); empty for another field. */
    java.util.Optional<String> pairField(String textField) {
        return textField.startsWith("text.") ? java.util.Optional.of(PAIRS + textField.substring(5)) : java.util.Optional.empty();
    }

    /**
     * The analyzer of the whole index: each text field with its language's analyzer, each root field with its
     * {@link RootAnalyzer} over its {@link #rootBase}, each pair field with {@link WordPairs#analyzer}, every other field as a keyword.
     */
    Analyzer perField() {
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String field : textFields()) {
            fields.put(field, textAnalyzer(field));
            rootField(field).ifPresent(root -> fields.put(root, new RootAnalyzer(rootBase(field))));
            pairField(field).ifPresent(pairs -> fields.put(pairs, WordPairs.analyzer(textAnalyzer(field))));
        }
        return new PerFieldAnalyzerWrapper(keyword, fields);
    }
}
