package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The enumeration in an instrument's title is not read as words ({@link TitleEnumerations}), in every UN language,
 * while the same words outside the title are.
 */
class TitleEnumerationsTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();

    /** The terms of {@code text} as the search's analysis of {@code language}'s text field reads it. */
    static List<String> terms(String language, String text) {
        String field = ANALYZERS.textField(Language.fromCode(language));
        return WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, text).stream().map(WordsQuery.Token::term).toList();
    }

    /** The texts as the fixtures write them: the title's enumeration, and the same words as words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "fr; ratifier le Protocole contre le trafic illicite de migrants par terre, air et mer.; ratifier le Protocole contre le trafic illicite de migrants.",
            "fr; le Protocole contre le trafic illicite de migrants par terre, mer et air; le Protocole contre le trafic illicite de migrants",
            "fr; Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants, additionnel; Protocole visant à prévenir, réprimer et punir la traite des personnes additionnel",
            "en; ratify or accede to the Protocol against the Smuggling of Migrants by Land, Sea and Air.; ratify or accede to the Protocol against the Smuggling of Migrants.",
            "en; the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children,; the Protocol to Prevent, Suppress and Punish Trafficking in Persons",
            "es; el Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire; el Protocolo contra el Tráfico Ilícito de Migrantes",
            "ru; в соответствии со статьей 6 Протокола против незаконного ввоза мигрантов по суше, морю и воздуху; в соответствии со статьей 6 Протокола против незаконного ввоза мигрантов",
            "ru; Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее; Протокола о предупреждении и пресечении торговли людьми и наказании за нее",
            "ar; بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو؛; بروتوكول مكافحة تهريب المهاجرين؛",
            "zh; 《关于打击陆、海、空偷运移民的补充议定书》; 《关于打击偷运移民的补充议定书》"})
    void aTitlesEnumerationIsNotReadAsWords(String language, String title, String withoutEnumeration) {
        assertThat(terms(language, title)).isEqualTo(terms(language, withoutEnumeration));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "en; effective action to prevent and combat the smuggling of migrants by land, sea and air; sea",
            "fr; prévenir le trafic illicite de migrants par terre, air et mer; air",
            "zh; 声明为有效预防和打击经由陆、海、空偷运移民; 海"})
    void theSameWordsOutsideTheTitleAreWords(String language, String text, String word) {
        assertThat(terms(language, text)).anySatisfy(t -> assertThat(t).contains(terms(language, word).getFirst()));
    }

    @Test
    void everyUnLanguageHasItsList() {
        for (String code : List.of("ar", "en", "es", "fr", "ru", "zh")) {
            assertThat(TitleEnumerations.of(code).size()).as(code).isGreaterThanOrEqualTo(2);
        }
        assertThat(TitleEnumerations.of("und").size()).isZero();
    }

    @Test
    void aLineWithoutAnEnumerationOrWithNothingToIdentifyTheTitleIsRefusedNamingIt() {
        assertThatThrownBy(() -> TitleEnumerations.parse("# titles\nProtocole contre le trafic\n", "t.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.txt line 2");
        assertThatThrownBy(() -> TitleEnumerations.parse("[par terre, air et mer]\n", "t.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.txt line 1");
    }
}
