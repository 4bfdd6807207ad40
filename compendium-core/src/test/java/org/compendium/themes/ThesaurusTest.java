package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;

/** The MyThes thesaurus reader: stems of one-word synonyms, mutual pairs, and errors naming file and line. */
class ThesaurusTest {
    /** A MyThes file in the shape of Debian's mythes-fr, written for the test. */
    private static final String FILE = """
            UTF-8
            migrant|1
            (Nom)|émigré|immigré|réfugié
            émigré|1
            (Nom)|migrant|expatrié
            traite|2
            (Nom)|esclavage|billet
            (Nom)|commerce des êtres humains|servitude (terme générique)
            esclavage|1
            (Nom)|servitude|traite
            """;

    private static Thesaurus read(String text) throws IOException {
        return Thesaurus.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Language.FRENCH,
                "th_test.dat");
    }

    private static String stem(String word) {
        List<String> stems = ThemeTerms.stems(word, Language.FRENCH);
        assertThat(stems).hasSize(1);
        return stems.getFirst();
    }

    @Test
    void aWordsSynonymsAreTheStemsOfItsOneWordSynonymsInTheirOrder() throws IOException {
        Thesaurus t = read(FILE);
        assertThat(t.of(stem("migrants"), 10)).containsExactly(stem("émigré"), stem("immigré"), stem("réfugié"));
        // Every sense, phrases left out, a parenthesised note dropped from its word.
        assertThat(t.of(stem("traite"), 10)).containsExactly(stem("esclavage"), stem("billet"), stem("servitude"));
        assertThat(t.of(stem("migrant"), 2)).hasSize(2);
        assertThat(t.of("inconnu", 10)).isEmpty();
    }

    @Test
    void mutualPairsAreThoseListedBothWays() throws IOException {
        Thesaurus t = read(FILE).mutual();
        assertThat(t.of(stem("migrant"), 10)).containsExactly(stem("émigré"));
        assertThat(t.of(stem("traite"), 10)).containsExactly(stem("esclavage"));
        assertThat(t.of(stem("esclavage"), 10)).containsExactly(stem("traite"));
    }

    @Test
    void anExpandedTextKeepsItsStemsThenAddsTheirSynonyms() throws IOException {
        Thesaurus t = read(FILE).mutual();
        List<String> stems = ThemeTerms.stems("la traite des migrants", Language.FRENCH);
        assertThat(t.expanded(stems, 5)).startsWith(stems.toArray(String[]::new))
                .endsWith(stem("esclavage"), stem("émigré")).hasSize(stems.size() + 2);
    }

    @Test
    void aMalformedFileIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> read("UTF-8\nmigrant|un\n(Nom)|émigré\n")).isInstanceOf(IOException.class)
                .hasMessage("th_test.dat line 2: expected 'word|count', found 'migrant|un'");
        assertThatThrownBy(() -> read("UTF-8\nmigrant|2\n(Nom)|émigré\n")).isInstanceOf(IOException.class)
                .hasMessage("th_test.dat line 4: the file ends inside an entry");
        assertThatThrownBy(() -> read("KOI-99\nmigrant|1\n(Nom)|émigré\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("th_test.dat: unknown encoding 'KOI-99'");
    }

    @Test
    void aLanguageWithoutAPackagedThesaurusSaysSo() {
        assertThat(Thesaurus.debianPackage(Language.FRENCH)).contains("mythes-fr");
        assertThat(Thesaurus.debianPackage(Language.CHINESE)).isEmpty();
        assertThatThrownBy(() -> Thesaurus.system(Language.CHINESE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no thesaurus is packaged for zh");
    }
}
