package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.compendium.bench.Regressions;
import org.compendium.parse.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The French search analyzer: words of one family stem alike (Snowball removes derivations the light stemmer keeps),
 * and a word typed without its accents stems as the text's accented word — measured over the seeds' vocabulary and
 * recorded ({@code search.analysis.fr.*}).
 */
class FrenchSearchAnalyzerTest {
    private static final Analyzer SEARCH = new FrenchSearchAnalyzer();
    private static final Analyzer LIGHT = new FrenchSearchAnalyzer(FrenchSearchAnalyzer.Stemming.LIGHT);

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "responsabilité, responsables",
            "législation, législatives",
            "aide, aider",
            "sensibilisation, sensibiliser",
            "assistance, assister"})
    void wordsOfOneFamilyStemAlike(String one, String other) {
        assertThat(stems(LIGHT, one)).as("the light stemmer keeps them apart").isNotEqualTo(stems(LIGHT, other));
        assertThat(stems(SEARCH, one)).isEqualTo(stems(SEARCH, other));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "criminalité, criminalite",
            "sécurité, securite",
            "forcées, forcees",
            "adoptée, adoptee",
            "frontières, frontieres",
            "troisième, troisieme",
            "responsabilités, responsabilites"})
    void aWordTypedWithoutItsAccentsStemsAsTheAccentedWord(String accented, String typed) {
        assertThat(stems(SEARCH, typed)).isEqualTo(stems(SEARCH, accented));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cite", "site", "élite", "limitée", "forces", "contrôle"})
    void endingsAreRestoredOnlyOnWordsWithoutAccentsAndALongEnoughStem(String word) {
        assertThat(restored(word)).isEqualTo(word);
    }

    @Test
    void accentsAreRestoredOnTheEndingsSnowballReadsByThem() {
        assertThat(restored("criminalites")).isEqualTo("criminalités");
        assertThat(restored("forcee")).isEqualTo("forcée");
        assertThat(restored("frontiere")).isEqualTo("frontière");
        assertThat(restored("troisiemes")).isEqualTo("troisièmes");
    }

    /**
     * Over the seeds' words holding an accent (each occurrence counted): the share whose stem differs when the word is
     * typed without its accents. Snowball without the restored endings makes it about a fifth; the light stemmer's
     * share is recorded beside it.
     */
    @Test
    void fewWordsOfTheSeedsStemOtherwiseTypedWithoutAccents() throws IOException {
        Map<String, Integer> accented = new HashMap<>();
        try (Stream<Path> files = Files.list(Corpus.dir())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String w : Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (w.length() > 2 && !unaccented(w).equals(w)) {
                        accented.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        double search = differing(SEARCH, accented);
        double snowballAlone = differing(snowballWithoutRestoredEndings(), accented);
        Regressions.assertRatio("search.analysis.fr.accentless.differs", search);
        Regressions.assertRatio("search.analysis.fr.accentless.differs.light", differing(LIGHT, accented));
        Regressions.assertRatio("search.analysis.fr.accentless.differs.snowball", snowballAlone);
        assertThat(search).isLessThan(snowballAlone / 5);
    }

    private static double differing(Analyzer analyzer, Map<String, Integer> words) {
        long all = 0;
        long differ = 0;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            List<String> withAccents = stems(analyzer, e.getKey());
            if (withAccents.isEmpty()) {
                continue;
            }
            all += e.getValue();
            differ += withAccents.equals(stems(analyzer, unaccented(e.getKey()))) ? 0 : e.getValue();
        }
        return (double) differ / all;
    }

    private static String unaccented(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static List<String> stems(Analyzer analyzer, String text) {
        return WordsQuery.analyze(analyzer, "text.fr", text).stream().map(WordsQuery.Token::term).toList();
    }

    /** {@code word} through {@link FrenchEndingAccents} alone. */
    private static String restored(String word) {
        Analyzer restoring = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new FrenchEndingAccents(source));
            }
        };
        return stems(restoring, word).getFirst();
    }

    /** The search's chain as it would be without {@link FrenchEndingAccents}. */
    private static Analyzer snowballWithoutRestoredEndings() {
        CharArraySet stop = FrenchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new StopFilter(new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)), stop);
                result = new ASCIIFoldingFilter(new SnowballFilter(result, new FrenchStemmer()));
                return new TokenStreamComponents(source, result);
            }
        };
    }
}
