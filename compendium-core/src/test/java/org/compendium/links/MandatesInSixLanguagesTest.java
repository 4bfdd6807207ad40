package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mandates read in every language the parser reads: the six versions of the fixture resolution 13/4 give the same
 * mandates (op. 2, 5 and 7 request the Secretariat, op. 6 decides what the Working Group does; the States urged,
 * encouraged and invited in op. 1, 3 and 4 are no addressees), and a request to UNODC is read in each language.
 */
class MandatesInSixLanguagesTest {
    private static final List<String> RES_13_4 = List.of(
            "COP res. 13/4 op. 2 secretariat requests",
            "COP res. 13/4 op. 5 secretariat requests",
            "COP res. 13/4 op. 6 working-group decides",
            "COP res. 13/4 op. 7 secretariat requests");

    static Stream<Language> languages() {
        return LanguageFixtures.languages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theFixtureResolutionGivesTheSameMandatesInEveryLanguage(Language language) throws Exception {
        ParsedDocument d = new DocumentParser().parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, language));
        MandateReader reader = new MandateReader(MandateLanguage.of(language).orElseThrow());
        List<Mandate> mandates = d.provisions().stream().flatMap(p -> reader.read(p).stream()).toList();
        assertThat(mandates).extracting(m -> m.citation() + " " + m.addressee().code() + " " + m.strength().code())
                .containsExactlyElementsOf(RES_13_4);
        // The verb phrase as written, with the adverb that sets op. 5 and 7 apart from op. 2 ("Also requests").
        assertThat(mandates.get(1).verb()).isNotEqualTo(mandates.get(0).verb()).contains(mandates.get(0).verb());
        assertThat(mandates.get(3).verb()).isNotEqualTo(mandates.get(0).verb()).contains(mandates.get(0).verb());
    }

    static Stream<Arguments> unodc() {
        return Stream.of(
                Arguments.of(Language.ENGLISH, "Requests the United Nations Office on Drugs and Crime to continue to assist States parties;", "requests"),
                Arguments.of(Language.ENGLISH, "Welcomes the study and also requests UNODC to publish it;", "also requests"),
                Arguments.of(Language.FRENCH, "Prie l'Office des Nations Unies contre la drogue et le crime de continuer d'aider les États parties ;", "prie"),
                Arguments.of(Language.SPANISH, "Solicita a la Oficina de las Naciones Unidas contra la Droga y el Delito que siga prestando asistencia;", "solicita"),
                Arguments.of(Language.SPANISH, "Invita nuevamente a la UNODC a que continúe su labor;", "invita nuevamente"),
                Arguments.of(Language.RUSSIAN, "просит Управление Организации Объединенных Наций по наркотикам и преступности продолжать оказывать помощь;", "просит"),
                Arguments.of(Language.RUSSIAN, "предлагает ЮНОДК продолжать свою работу;", "предлагает"),
                Arguments.of(Language.ARABIC, "يطلب إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة أن يواصل تقديم المساعدة؛", "يطلب"),
                Arguments.of(Language.ARABIC, "ويطلب أيضا إلى المكتب أن ينشر الدراسة؛", "ويطلب أيضا"),
                Arguments.of(Language.CHINESE, "请联合国毒品和犯罪问题办公室继续向缔约国提供援助；", "请"),
                Arguments.of(Language.CHINESE, "还邀请毒品和犯罪问题办公室继续开展工作；", "还邀请"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("unodc")
    void aRequestToUnodcIsReadInEachLanguage(Language language, String text, String verb) {
        Provision p = new Provision(Citation.parse("COP res. 13/4 op. 9"), ProvisionKind.OPERATIVE, "9", List.of("9"), null,
                text, null, List.of(), null, 13);
        assertThat(new MandateReader(MandateLanguage.of(language).orElseThrow()).read(p))
                .singleElement().satisfies(m -> {
                    assertThat(m.addressee()).isEqualTo(Mandate.Addressee.UNODC);
                    assertThat(m.verb()).isEqualTo(verb);
                });
    }

    static Stream<Arguments> notMandates() {
        return Stream.of(
                Arguments.of(Language.ENGLISH, "Urges States parties to provide contributions to the Office;"),
                Arguments.of(Language.SPANISH, "Insta a los Estados partes a que aporten contribuciones a la Oficina;"),
                Arguments.of(Language.RUSSIAN, "настоятельно призывает государства-участники вносить взносы в Управление;"),
                Arguments.of(Language.ARABIC, "يحث الدول الأطراف على تقديم التبرعات إلى المكتب؛"),
                Arguments.of(Language.CHINESE, "敦促缔约国向办公室提供捐款；"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notMandates")
    void theStatesAskedToHelpTheOfficeGiveItNoTask(Language language, String text) {
        Provision p = new Provision(Citation.parse("COP res. 13/4 op. 9"), ProvisionKind.OPERATIVE, "9", List.of("9"), null,
                text, null, List.of(), null, 13);
        assertThat(new MandateReader(MandateLanguage.of(language).orElseThrow()).read(p)).isEmpty();
    }
}
