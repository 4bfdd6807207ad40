package org.compendium.parse.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar tables: CLDR ordinals, numerals, leading verbs, letters and section numbers in the six languages. */
class GrammarTablesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "en | fourteenth | 14", "en | eleventh | 11", "en | twenty-first | 21", "en | 14th | 14",
            "es | decimocuarta | 14", "es | duodécima | 12", "es | undécimo | 11", "es | 11º | 11", "es | 12ª | 12",
            "ru | четырнадцатом | 14", "ru | одиннадцатой | 11", "ru | восьмого | 8", "ru | первой | 1",
            "ar | الرابع عشر | 14", "ar | الحادية عشرة | 11", "ar | الثامن | 8", "ar | العاشر | 10",
            "zh | 第十四 | 14", "zh | 第十一 | 11", "zh | 第二十三 | 23", "zh | 第14 | 14",
            "fr | onzième | 11", "fr | 12e | 12"})
    void ordinalsOfEachLanguageReadBackToTheirNumber(String code, String word, int number) {
        assertThat(Grammars.of(Language.fromCode(code)).ordinals().parse(word)).isEqualTo(OptionalInt.of(number));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"en | next", "en | 3", "es | próxima", "ru | следующем", "ar | المقبل", "zh | 下次"})
    void wordsThatAreNotOrdinalsReadAsNothing(String code, String word) {
        assertThat(Grammars.of(Language.fromCode(code)).ordinals().parse(word)).isEmpty();
    }

    @Test
    void arabicIndicDigitsAndChineseNumeralsReadAsNumbers() {
        assertThat(Numerals.ascii("١١/٥")).isEqualTo("11/5");
        assertThat(Numerals.ascii("۱۲")).isEqualTo("12");
        assertThat(Numerals.ascii("11/5")).isSameAs(Numerals.ascii("11/5"));
        assertThat(Numerals.chinese("十四")).isEqualTo(OptionalInt.of(14));
        assertThat(Numerals.chinese("二十")).isEqualTo(OptionalInt.of(20));
        assertThat(Numerals.chinese("一百零五")).isEqualTo(OptionalInt.of(105));
        assertThat(Numerals.chinese("两")).isEqualTo(OptionalInt.of(2));
        assertThat(Numerals.chinese("十十")).isEqualTo(OptionalInt.of(20)).as("tolerated: a unit after a unit");
        assertThat(Numerals.chinese("三二")).isEmpty();
        assertThat(Numerals.chinese("会议")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | Recalling also the recommendations | Recalling also",
            "en | Also requests the Secretariat | Also requests",
            "en | Strongly urges States | Strongly urges",
            "es | Solicita también a la Secretaría | Solicita también",
            "es | Acogiendo con beneplácito la asistencia | Acogiendo con beneplácito",
            "ru | просит также секретариат | просит также",
            "ru | настоятельно призывает государства | настоятельно призывает",
            "ar | وإذ يشير أيضا إلى التوصيات | وإذ يشير أيضا",
            "ar | تطلب إلى الأمين العام | تطلب",
            "zh | 又回顾偷运移民问题工作组 | 又回顾",
            "zh | 进一步请秘书处 | 进一步请",
            "fr | Prie instamment les États parties | Prie instamment",
            "fr | Rappelant également les recommandations | Rappelant également",
            "en | Cognizant of the need | Cognizant",
            "en | Striving to eliminate trafficking | Striving",
            "en | Upholding also the principle | Upholding also",
            "en | Deeply troubled by | Deeply troubled",
            "en | Strongly condemns trafficking | Strongly condemns",
            "es | Procurando eliminar la trata | Procurando",
            "es | Hondamente preocupada por | Hondamente preocupada",
            "es | Condena enérgicamente la trata | Condena enérgicamente",
            "ru | будучи глубоко встревожена ростом | будучи глубоко встревожена",
            "ar | وإذ يقلقها تزايد الاتجار | وإذ يقلقها",
            "ar | وإذ تستذكر أيضا قراراتها | وإذ تستذكر أيضا",
            "zh | 震惊地注意到贩运人口 | 震惊地注意到",
            "fr | Vivement préoccupée par la traite | Vivement préoccupée",
            "fr | Profondément alarmée par | Profondément alarmée"})
    void theLongestLeadingVerbPhraseIsTaken(String code, String text, String verb) {
        assertThat(Grammars.of(Language.fromCode(code)).leadingVerb().apply(text)).isEqualTo(verb);
    }

    @Test
    void aVerbMustEndAtAWordBoundaryWhereWordsAreSpaced() {
        assertThat(Grammars.of(Language.ENGLISH).leadingVerb().apply("Notesthat")).isNull();
        assertThat(Grammars.of(Language.ENGLISH).leadingVerb().apply("The Secretariat should")).isNull();
        // The shapes of openers not in a list are not read into names and prepositions that share them.
        assertThat(Grammars.of(Language.ENGLISH).leadingVerb().apply("During the period under review")).isNull();
        assertThat(Grammars.of(Language.ENGLISH).leadingVerb().apply("Beijing Declaration and Platform for Action,")).isNull();
        assertThat(Grammars.of(Language.ENGLISH).leadingVerb().apply("United Nations Office on Drugs and Crime,")).isNull();
        assertThat(Grammars.of(Language.SPANISH).leadingVerb().apply("Fernando Pessoa")).isNull();
        assertThat(Grammars.of(Language.ARABIC).leadingVerb().apply("إذاعة الأمم المتحدة")).isNull();
    }

    @Test
    void lettersAndSectionNumbersOfEachScriptAreReadAsLatin() {
        assertThat(Grammars.of(Language.ARABIC).resolution().canonicalLetter("ج")).isEqualTo("c");
        assertThat(Grammars.of(Language.ARABIC).resolution().canonicalLetter("هـ")).isEqualTo("e");
        assertThat(Grammars.of(Language.RUSSIAN).resolution().canonicalLetter("б")).isEqualTo("b");
        assertThat(Grammars.of(Language.ENGLISH).resolution().canonicalLetter("iv")).isEqualTo("iv");
        assertThat(Grammars.of(Language.ARABIC).report().sectionId("ثالث")).isEqualTo("III");
        assertThat(Grammars.of(Language.CHINESE).report().sectionId("四")).isEqualTo("IV");
        assertThat(Grammars.of(Language.RUSSIAN).report().sectionId("Б")).isEqualTo("B");
        assertThat(Grammars.of(Language.FRENCH).report().sectionId("II")).isEqualTo("II");
    }

    @Test
    void everyLanguageHasItsGrammarAndUndeterminedReadsAsFrench() {
        for (Language l : Language.OFFICIAL) {
            assertThat(Grammars.of(l).language()).isEqualTo(l);
            assertThat(Grammars.of(l).wording().names().conference()).isNotBlank();
        }
        assertThat(Grammars.of(Language.UNDETERMINED)).isSameAs(Grammars.french());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | held in Vienna from 1 to 3 July 2025 | 2025-07-01/2025-07-03",
            "en | on 14 and 15 October 2021 | 2021-10-14/2021-10-15",
            "en | from 30 May to 1 June 2012 | 2012-05-30/2012-06-01",
            "en | On 3 July 2025, the Working Group | 2025-07-03",
            "es | celebrada en Viena del 1 al 3 de julio de 2025 | 2025-07-01/2025-07-03",
            "es | el 21 de octubre de 2022 | 2022-10-21",
            "ru | состоявшегося в Вене 1–3 июля 2025 года | 2025-07-01/2025-07-03",
            "ru | 14 и 15 октября 2021 года | 2021-10-14/2021-10-15",
            "ar | المعقود في فيينا من 1 إلى 3 تموز/يوليه 2025 | 2025-07-01/2025-07-03",
            "ar | يومي 14 و15 تشرين الأول/أكتوبر 2021 | 2021-10-14/2021-10-15",
            "ar | في 3 يوليو 2025 | 2025-07-03",
            "zh | 2025年7月1日至3日在维也纳举行 | 2025-07-01/2025-07-03",
            "zh | 2012年5月30日至6月1日 | 2012-05-30/2012-06-01",
            "zh | 工作组于2025年7月3日通过 | 2025-07-03"})
    void datesOfEachLanguageWithCldrMonthNames(String code, String text, String range) {
        assertThat(Dates.first(Language.fromCode(code), text)).hasValueSatisfying(r -> assertThat(r).hasToString(range));
    }

    @Test
    void impossibleDatesAndTextWithoutDatesGiveNone() {
        assertThat(Dates.first(Language.ENGLISH, "from 30 to 31 February 2025")).isEmpty();
        assertThat(Dates.first(Language.ENGLISH, "resolution 11/5 of the Conference")).isEmpty();
        assertThat(Dates.first(Language.FRENCH, "du 1er au 3 juillet 2025")).as("French has its own reader").isEmpty();
    }
}
