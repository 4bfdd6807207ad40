package org.compendium.parse.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.compendium.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A compendium's meeting and session headings in each language — as this project's editions print them (Roman
 * numerals) and as UN reports number chapters (Arabic words, Chinese numerals) — with the number each gives, and
 * lines that look alike but are not headings: a contents entry, a sentence naming a meeting.
 */
class CompendiumGrammarTest {
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | meeting | XIV. Fourteenth meeting, 1–3 July 2025                          | 14
            en | meeting | I. First meeting                                                 | 1
            en | meeting | XXI. Twenty-first meeting, 3 and 4 June 2030                     | 21
            en | session | XIII. Thirteenth session                                         | 13
            en | meeting | The Working Group held its first meeting in Vienna               | 0
            es | session | VI. Sexto período de sesiones, 15 a 19 de octubre de 2012         | 6
            es | meeting | II. Segunda reunión, 11 a 13 de noviembre de 2013                | 2
            ru | meeting | IV. Четвертое совещание, 11–13 сентября 2017 года                 | 4
            ru | session | V. Пятая сессия                                                  | 5
            ar | meeting | XIV. الاجتماع الرابع عشر، 1-3 تموز/يوليه 2025                      | 14
            ar | meeting | ثالثاً - الاجتماع الثالث، 18-20 تشرين الثاني/نوفمبر 2015           | 3
            ar | session | ثانياً - الدورة الثانية                                            | 2
            zh | meeting | XIV. 第十四次会议，2025年7月1日至3日                                  | 14
            zh | meeting | 十四、第十四次会议                                                    | 14
            zh | session | 十三、第十三届会议                                                    | 13
            zh | meeting | XIII. 第十三届会议                                                   | 0
            fr | session | XIII. Treizième session                                          | 13
            fr | meeting | I. Première réunion, du 30 mai au 1er juin 2012                  | 1
            """)
    void headingsAndTheirNumbers(String code, String noun, String line, int expected) {
        CompendiumGrammar g = CompendiumGrammar.of(Language.fromCode(code));
        Matcher m = (noun.equals("meeting") ? g.meeting() : g.session()).matcher(line);
        if (expected == 0) {
            assertThat(m.matches()).isFalse();
        } else {
            assertThat(m.matches()).isTrue();
            assertThat(g.number(m)).hasValue(expected);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A. Recommendations adopted by the Working Group at its first to sixth meetings             | true
            en | A. Recommendations adopted by the Working Group at its first meeting ............... 5        | false
            ru | А. Рекомендации, принятые Рабочей группой на ее первом–шестом совещаниях                    | true
            ar | ألف - التوصيات التي اعتمدها الفريق العامل في اجتماعاته من الأول إلى السادس                   | true
            zh | A. 工作组在其第十四次会议上通过的建议                                                          | true
            es | A. Recomendaciones aprobadas por el Grupo de Trabajo en su primera reunión	4                 | false
            """)
    void partAHeadingNotItsContentsEntry(String code, String line, boolean heading) {
        assertThat(CompendiumGrammar.of(Language.fromCode(code)).partA().matcher(line).matches()).isEqualTo(heading);
    }
}
