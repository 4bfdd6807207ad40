package org.compendium.parse.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.compendium.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agenda items a text names, in each language's words for them. */
class AgendaReferencesTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|7. À ses 1re et 2e séances, le Groupe de travail a examiné le point 2 de l’ordre du jour, intitulé « Mesures ».|2",
        "fr|41. Au cours du débat qui a suivi, au titre du point 3 de l'ordre du jour, de nombreux orateurs|3",
        "fr|59. Au titre des points 2 et 3 de l’ordre du jour, des déclarations ont été faites|2,3",
        "fr|50. Revenant sur les débats tenus au titre des points 1 à 3 de l’ordre du jour, la Présidente|1,2,3",
        "fr|Point 2 b) de l'ordre du jour provisoire|2 b",
        "fr|62. Le Groupe de travail a adopté l’ordre du jour ci-après : 1. Questions d’organisation|",
        "fr|Le point 3 du rapport|",
        "en|7. At its 1st meeting, the Working Group considered agenda item 2, entitled “Prevention”.|2",
        "en|Under items 2 and 3 of the agenda, statements were made by|2,3",
        "en|the debates held under agenda items 1 to 3|1,2,3",
        "es|En relación con el tema 4 del programa, la Presidenta recordó|4",
        "es|en relación con los temas 2 y 3 del programa|2,3",
        "ru|В рамках пункта 3 повестки дня Рабочая группа|3",
        "ru|по пунктам 2 и 3 повестки дня|2,3",
        "ar|في إطار البند 2 من جدول الأعمال، ناقش الفريق العامل|2",
        "ar|في إطار البند ٣ من جدول الأعمال|3",
        "zh|在议程项目3下，工作组讨论了|3",
        "zh|关于议程项目2和3|2,3"})
    void theItemsATextNamesAreRead(String code, String text, String items) {
        List<String> expected = items == null ? List.of() : Arrays.asList(items.split(","));
        assertThat(AgendaReferences.in(text, Language.fromCode(code))).isEqualTo(expected);
    }
}
