package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.SourceSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    private static MappedText normalize(String source, boolean markdown, String vocabularyText) {
        TextNormalizer n = new TextNormalizer(Vocabulary.of(vocabularyText + " " + source));
        return n.normalize(MappedText.of(source, List.of(new SourceSpan(0, source.length()))), markdown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le Groupe a décidé d ’examiner la question    | Le Groupe a décidé d’examiner la question
            France , Italie ,\\nPortugal .                 | France, Italie, Portugal.
            les États -Unis d’Amérique                     | les États-Unis d’Amérique
            une coopé-\\nration accrue                     | une coopération accrue
            la Nouvelle-\\nZélande                         | la Nouvelle-Zélande
            """)
    void pdfArtefactsAreRepaired(String raw, String expected) {
        assertThat(normalize(raw.replace("\\n", "\n"), false, "").text()).isEqualTo(expected);
    }

    @Test
    void aCompoundTheLanguageWritesWithAHyphenKeepsItsHyphenAtALineBreak() {
        // Written only at the break: the document gives no evidence, the Russian table of compound parts does.
        assertThat(normalize("до сведения всех государств-\nчленов;", false, "").text())
                .isEqualTo("до сведения всех государств-членов;");
        assertThat(normalize("призывает государства-\n участники", false, "").text())
                .isEqualTo("призывает государства-участники");
        // A word hyphenated at the line end, whose parts are no compound's, still loses its hyphen.
        assertThat(normalize("в соответ-\nствии с", false, "").text()).isEqualTo("в соответствии с");
        // A document that writes the joined word whole shows that its hyphen there was the line end's.
        assertThat(normalize("государствчленов и государств-\nчленов", false, "").text())
                .isEqualTo("государствчленов и государствчленов");
    }

    @Test
    void wordsSplitByExtractionAreJoinedOnlyWhenTheDocumentKnowsTheWhole() {
        String vocabulary = "les services de santé, les services sociaux, des données fiables";
        assertThat(normalize("des servic es publics et des d onnées", false, vocabulary).text())
                .isEqualTo("des services publics et des données");
        assertThat(normalize("il a pris par ce biais", false, "parce que").text()).isEqualTo("il a pris par ce biais");
    }

    @Test
    void markdownMarkupAndFootnoteReferencesAreStripped() {
        MappedText t = normalize("1. *Prie instamment* les États<sup>2</sup> de ratifier la [76/7](#) du 1^{er} juin¹²,", true, "");
        assertThat(t.text()).isEqualTo("1. Prie instamment les États de ratifier la 76/7 du 1er juin,");
    }

    @Test
    void everyNormalisedCharacterMapsBackToTheSameCharacterInTheSource() {
        String source = "  La  Conférence\n\n  d ’examiner  *les* mesures<sup>3</sup> ,\nservic es ";
        MappedText t = normalize(source, true, "services");
        for (int i = 0; i < t.length(); i++) {
            char c = t.text().charAt(i);
            char original = source.charAt(t.sourceOffset(i));
            if (c == ' ') {
                assertThat(Character.isWhitespace(original)).as("space at %d", i).isTrue();
            } else {
                assertThat(original).as("char %d of %s", i, t.text()).isEqualTo(c);
            }
        }
        assertThat(t.text()).isEqualTo("La Conférence d’examiner les mesures, services");
    }
}
