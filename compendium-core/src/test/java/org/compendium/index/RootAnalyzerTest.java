package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The root fields: index-time roots are {@link RootAnalyzer#root} of the root base's words, and the query side reads
 * each word by the root indexed for it (the contract {@link WordsQuery} relies on), for random text in each rooted
 * language; words of one family share a root where the stemmer keeps them apart; and which languages have a root field.
 */
class RootAnalyzerTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();
    private static final WordsQuery QUERIES = new WordsQuery(ANALYZERS);

    @Test
    void theRootsIndexedAreTheRootsOfTheLanguagesWords() {
        Random random = new Random(20261201L);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéèàçôùñíóúüabcdeабвгдежзийклмнопрстуфхцчшщыэюя ,.;'’-()0123456789";
        for (Language language : List.of(Language.ENGLISH, Language.FRENCH, Language.RUSSIAN, Language.SPANISH)) {
            String field = ANALYZERS.textField(language);
            String roots = ANALYZERS.rootField(field).orElseThrow();
            for (int i = 0; i < 300; i++) {
                StringBuilder sb = new StringBuilder();
                for (int n = 1 + random.nextInt(80); n > 0; n--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                List<String> indexed = WordsQuery.analyze(ANALYZERS.perField(), roots, text).stream()
                        .map(WordsQuery.Token::term).toList();
                List<String> expected = WordsQuery.analyze(ANALYZERS.rootBase(field), field, text).stream()
                        .map(t -> RootAnalyzer.root(t.term())).toList();
                assertThat(indexed).as(language + " '" + text + "'").isEqualTo(expected);
                // The query side reads each word of the text field by the root indexed for it (its first occurrence's).
                List<String> words = WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, text).stream()
                        .map(WordsQuery.Token::term).toList();
                assertThat(words).as("word for word").hasSameSizeAs(indexed);
                for (String word : words) {
                    assertThat(QUERIES.analyze(text, List.of(field)).roots().get(field).of(word))
                            .as(language + " '" + text + "' " + word).isEqualTo(indexed.get(words.indexOf(word)));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} ~ {2}")
    @CsvSource({
            "fr, documentaire, documents",
            "fr, frauduleux, fraude",
            "fr, prévention, prévenir",
            "fr, criminalité, criminels",
            "es, fraudulentos, fraude",
            "en, smugglers, smuggling",
            "ru, мигрантов, миграции"})
    void wordsOfOneFamilyShareARoot(String code, String one, String other) {
        String field = ANALYZERS.textField(Language.fromCodeOrUndetermined(code));
        Analyzer analyzers = new Analyzer(field, ANALYZERS.rootField(field).orElseThrow());
        assertThat(analyzers.words(one)).as("the stemmer keeps them apart").isNotEqualTo(analyzers.words(other));
        assertThat(analyzers.roots(one)).isEqualTo(analyzers.roots(other));
    }

    @Test
    void onlyLanguagesWrittenWithSuffixesHaveARootField() {
        assertThat(ANALYZERS.rootField("text.fr")).contains("roots.fr");
        assertThat(ANALYZERS.rootField("text.ar")).isEmpty();
        assertThat(ANALYZERS.rootField("text.zh")).isEmpty();
        assertThat(ANALYZERS.rootField(LanguageAnalyzers.FALLBACK_FIELD)).isEmpty();
    }

    private record Analyzer(String field, String roots) {
        List<String> words(String text) {
            return WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, text).stream().map(WordsQuery.Token::term).toList();
        }

        List<String> roots(String text) {
            return WordsQuery.analyze(ANALYZERS.perField(), roots, text).stream().map(WordsQuery.Token::term).toList();
        }
    }
}
