package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.compendium.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verb facet of a recommendation is its modal phrase, read with its language's table, as the text writes it. */
class ModalVerbsTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Les États parties devraient renforcer la coopération.                     | devraient
            fr | Les États parties sont vivement encouragés à ratifier le Protocole.       | sont vivement encouragés
            fr | Le Groupe de travail voudra peut-être examiner la question.              | voudra peut-être
            en | States parties should strengthen cooperation.                             | should
            en | The Working Group may wish to consider the matter.                        | may wish to consider
            es | Los Estados partes deberían reforzar la cooperación.                      | deberían
            ru | Государствам-участникам следует укрепить сотрудничество.                   | следует
            ar | ينبغي للدول الأطراف أن تعزز التعاون.                                       | ينبغي
            zh | 缔约国应加强合作。                                                          | 应
            """)
    void eachLanguagesModalIsTheFacetValue(String lang, String text, String verb) {
        assertThat(LeadingVerbs.of(null, text, Language.fromCode(lang))).isEqualTo(verb);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Shoulder to shoulder, the States acted.
            fr | Les États parties ont dévoilé un plan.
            """)
    void aWordThatOnlyContainsAModalIsNotOne(String lang, String text) {
        assertThat(LeadingVerbs.of(null, text, Language.fromCode(lang))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Prie instamment | Prie instamment les États parties | prie instamment
            """)
    void theParsersLeadingVerbWins(String parsed, String text, String verb) {
        assertThat(LeadingVerbs.of(parsed, text, Language.FRENCH)).isEqualTo(verb);
    }
}
