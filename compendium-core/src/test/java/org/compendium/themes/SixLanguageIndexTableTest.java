package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.compendium.model.Language;
import org.compendium.parse.grammar.IndexWording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One index table in each UN language, printed as UNODC prints its French one (two header rows, a part switch alone
 * and inside a cell, ranges of references and of numbers, a theme continued on the next page, preambular paragraphs,
 * an instrument cell), read to the same entries. Before, the reader knew the French words only.
 */
class SixLanguageIndexTableTest {
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(Language.FRENCH, "Victimes", "Résolution 6/3", List.of(
                        "Thème\tParagraphes/recommandations dans le recueil\tRapport de réunion\t\t\t",
                        "\t\tCote\tRésolution/ décision\tParagraphes\tRecommandations",
                        "Victimes\tPartie A\t\t\t\t",
                        "\tIII.19 à 21 et III.25\tCTOC/COP/WG.7/2015/3\t\t8 à 10 et 14\t",
                        "Victimes (suite)\tPartie B : VI.al. 1 à 3, VI.4\tCTOC/COP/2012/15\tRésolution 6/3\tal. 1 à 3 et 4\t")),
                Arguments.of(Language.ENGLISH, "Victims", "Resolution 6/3", List.of(
                        "Theme\tParagraphs/recommendations in the compendium\tMeeting report\t\t\t",
                        "\t\tSymbol\tResolution/ decision\tParagraphs\tRecommendations",
                        "Victims\tPart A\t\t\t\t",
                        "\tIII.19 to 21 and III.25\tCTOC/COP/WG.7/2015/3\t\t8 to 10 and 14\t",
                        "Victims (continued)\tPart B: VI.PP 1 to 3, VI.4\tCTOC/COP/2012/15\tResolution 6/3\tPP 1 to 3 and 4\t")),
                Arguments.of(Language.SPANISH, "Víctimas", "Resolución 6/3", List.of(
                        "Tema\tPárrafos/recomendaciones de la recopilación\tInforme de la reunión\t\t\t",
                        "\t\tSignatura\tResolución/ decisión\tPárrafos\tRecomendaciones",
                        "Víctimas\tParte A\t\t\t\t",
                        "\tIII.19 a 21 y III.25\tCTOC/COP/WG.7/2015/3\t\t8 a 10 y 14\t",
                        "Víctimas (continuación)\tParte B: VI.p. p. 1 a 3, VI.4\tCTOC/COP/2012/15\tResolución 6/3\tp. p. 1 a 3 y 4\t")),
                Arguments.of(Language.RUSSIAN, "Жертвы", "Резолюция 6/3", List.of(
                        "Тема\tПункты/рекомендации в сборнике\tДоклад о работе совещания\t\t\t",
                        "\t\tУсловное обозначение\tРезолюция/ решение\tПункты\tРекомендации",
                        "Жертвы\tЧасть А\t\t\t\t",
                        "\tIII.19–21 и III.25\tCTOC/COP/WG.7/2015/3\t\t8–10 и 14\t",
                        "Жертвы (продолжение)\tЧасть В: VI.п. п. 1–3, VI.4\tCTOC/COP/2012/15\tРезолюция 6/3\tп. п. 1–3 и 4\t")),
                Arguments.of(Language.ARABIC, "الضحايا", "القرار 6/3", List.of(
                        "الموضوع\tالفقرات/التوصيات في الخلاصة\tتقرير الاجتماع\t\t\t",
                        "\t\tالرمز\tالقرار/ المقرر\tالفقرات\tالتوصيات",
                        "الضحايا\tالجزء ألف\t\t\t\t",
                        "\tIII.19 إلى 21 وIII.25\tCTOC/COP/WG.7/2015/3\t\t8 إلى 10 و14\t",
                        "الضحايا (تابع)\tالجزء باء : VI.ف د 1 إلى 3، VI.4\tCTOC/COP/2012/15\tالقرار 6/3\tف د 1 إلى 3 و4\t")),
                Arguments.of(Language.CHINESE, "被害人", "第6/3号决议", List.of(
                        "专题\t汇编中的段落/建议\t会议报告\t\t\t",
                        "\t\t文号\t决议/决定\t段落\t建议",
                        "被害人\tA部分\t\t\t\t",
                        "\tIII.19至21和III.25\tCTOC/COP/WG.7/2015/3\t\t8至10和14\t",
                        "被害人（续）\tB部分：VI.序言段1至3、VI.4\tCTOC/COP/2012/15\t第6/3号决议\t序言段1至3和4\t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theTableReadsToTheSameEntriesInEveryLanguage(Language language, String theme, String instrument, List<String> lines) {
        IndexTable.Result r = IndexTable.read(lines, IndexWording.of(language));

        assertThat(r.problems()).isEmpty();
        assertThat(r.themes()).containsExactly(theme);
        String a = theme + "|A:III.%s|CTOC/COP/WG.7/2015/3|%s|null";
        String b = theme + "|B:VI.%s|CTOC/COP/2012/15|%s|" + instrument;
        assertThat(r.entries()).extracting(e -> e.theme() + "|" + e.reference().part() + ":" + e.reference().label() + "|"
                        + e.reportSymbol() + "|" + e.reportNumber() + "|" + e.instrument())
                .containsExactly(a.formatted(19, 8), a.formatted(20, 9), a.formatted(21, 10), a.formatted(25, 14),
                        b.formatted("al. 1", "al. 1"), b.formatted("al. 2", "al. 2"), b.formatted("al. 3", "al. 3"),
                        b.formatted(4, 4));
        assertThat(r.unaligned()).isZero();
    }
}
