package org.compendium.parse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compendium.bench.Regressions;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Language detection: script decides Arabic, Chinese and Russian; Lingua tells English, French and Spanish apart.
 * Accuracy is measured on every paragraph of the six-language fixtures, whole and cut to its first five words, and
 * compared exactly with {@code regressions.properties} ({@code parse.detector.*}).
 */
class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ar | CTOC/COP/WG.4/2025/5 تقرير عن اجتماع الفريق العامل المعني بالاتجار بالأشخاص",
            "zh | CTOC/COP/WG.4/2025/5 贩运人口问题工作组会议报告",
            "ru | CTOC/COP/WG.4/2025/5 Доклад о работе совещания Рабочей группы по торговле людьми",
            "en | Report on the meeting of the Working Group on Trafficking in Persons",
            "fr | Rapport de la réunion du Groupe de travail sur la traite des personnes",
            "es | Informe sobre la reunión del Grupo de Trabajo sobre la Trata de Personas"})
    void aTitleIsEnoughToTellTheLanguageEvenWithALatinSymbolBeforeIt(String code, String text) {
        assertThat(DETECTOR.detect(text)).isEqualTo(Language.fromCode(code));
    }

    @Test
    void tooFewLettersSayNothing() {
        assertThat(DETECTOR.detect("")).isEqualTo(Language.UNDETERMINED);
        assertThat(DETECTOR.detect("CTOC/COP/2024/1 — 12 3 4")).isEqualTo(Language.UNDETERMINED);
    }

    @Test
    void everyParagraphOfTheFixturesIsDetectedWholeAndFromItsFirstFiveWords() throws Exception {
        DocumentParser parser = new DocumentParser();
        Map<String, int[]> byLanguage = new TreeMap<>();
        for (String kind : LanguageFixtures.KINDS) {
            for (Language language : LanguageFixtures.languages()) {
                ParsedDocument d = parser.parse(LanguageFixtures.source(kind, language));
                int[] counts = byLanguage.computeIfAbsent(language.code(), k -> new int[3]);
                for (Provision p : d.provisions()) {
                    counts[0]++;
                    if (DETECTOR.detect(p.text()) == language) {
                        counts[1]++;
                    }
                    if (DETECTOR.detect(firstWords(p.text(), language)) == language) {
                        counts[2]++;
                    }
                }
            }
        }
        for (var e : byLanguage.entrySet()) {
            String key = "parse.detector." + e.getKey();
            Regressions.assertCount(key + ".paragraphs", e.getValue()[0]);
            Regressions.assertCount(key + ".paragraphs-correct", e.getValue()[1]);
            Regressions.assertCount(key + ".five-words-correct", e.getValue()[2]);
        }
    }

    /** The first five words (the first ten characters of Chinese, which has no spaces). */
    private static String firstWords(String text, Language language) {
        if (language == Language.CHINESE) {
            return text.substring(0, Math.min(10, text.length()));
        }
        List<String> words = List.of(text.split(" "));
        return String.join(" ", words.subList(0, Math.min(5, words.size())));
    }
}
