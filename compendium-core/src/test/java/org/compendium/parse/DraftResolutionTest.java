package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A draft resolution as negotiators read it: a symbol of the limited series ({@code CTOC/COP/2026/L.4}), the
 * masthead as text extraction lays it out, the sponsors' line ({@code Argentina, Canada …: draft resolution}), then
 * the text that the session will adopt — with no heading numbering it yet. The draft is its own work, cited by its
 * symbol, read with the structure of the resolution it proposes; before, it was stored as unstructured text.
 *
 * <p>The drafts are built from the COP resolution fixture in each language: its heading ({@code Resolution 13/4})
 * replaced by the masthead and sponsors' line, so the draft's provisions must be exactly the adopted resolution's.
 */
class DraftResolutionTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static final String SYMBOL = "CTOC/COP/2026/L.4";

    /** The masthead above the sponsors' line: organ, distribution and date, session, venue, agenda item and its title. */
    private static final Map<Language, String> MASTHEAD = Map.of(
            Language.ENGLISH, """
                    United Nations                                                CTOC/COP/2026/L.4
                    Conference of the Parties to the                              Distr.: Limited
                    United Nations Convention                                     14 October 2026
                    against Transnational
                    Organized Crime                                               Original: English

                    Thirteenth session
                    Vienna, 12–16 October 2026
                    Agenda item 3 (b)
                    Review of the implementation of the Protocol against the Smuggling of Migrants by Land, Sea and Air
                    """,
            Language.FRENCH, """
                    Nations Unies                                                 CTOC/COP/2026/L.4
                    Conférence des Parties à la                                   Distr. limitée
                    Convention des Nations Unies                                  14 octobre 2026
                    contre la criminalité transnationale                          Français
                    organisée                                                     Original : anglais

                    Treizième session
                    Vienne, 12-16 octobre 2026
                    Point 3 b) de l’ordre du jour
                    Examen de l’application du Protocole contre le trafic illicite de migrants par terre, air et mer
                    """,
            Language.SPANISH, """
                    Naciones Unidas                                               CTOC/COP/2026/L.4
                    Conferencia de las Partes en la                               Distr. limitada
                    Convención de las Naciones Unidas                             14 de octubre de 2026
                    contra la Delincuencia Organizada                             Español
                    Transnacional                                                 Original: inglés

                    Decimotercer período de sesiones
                    Viena, 12 a 16 de octubre de 2026
                    Tema 3 b) del programa
                    Examen de la aplicación del Protocolo contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire
                    """,
            Language.RUSSIAN, """
                    Организация Объединенных Наций                                CTOC/COP/2026/L.4
                    Конференция участников Конвенции                              Distr.: Limited
                    Организации Объединенных Наций                                14 October 2026
                    против транснациональной                                      Russian
                    организованной преступности                                   Original: English

                    Тринадцатая сессия
                    Вена, 12–16 октября 2026 года
                    Пункт 3 (b) повестки дня
                    Обзор осуществления Протокола против незаконного ввоза мигрантов по суше, морю и воздуху
                    """,
            Language.ARABIC, """
                    CTOC/COP/2026/L.4                                             الأمم المتحدة
                    Distr.: Limited                                               مؤتمر الأطراف في اتفاقية الأمم المتحدة
                    14 October 2026                                               لمكافحة الجريمة المنظَّمة عبر الوطنية
                    Arabic
                    Original: English

                    الدورة الثالثة عشرة
                    فيينا، 12-16 تشرين الأول/أكتوبر 2026
                    البند 3 (ب) من جدول الأعمال
                    استعراض تنفيذ بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو
                    """,
            Language.CHINESE, """
                    联合国                                                        CTOC/COP/2026/L.4
                    联合国打击跨国有组织犯罪公约缔约方会议                        Distr.: Limited
                                                                                  14 October 2026
                                                                                  Chinese
                                                                                  Original: English

                    第十三届会议
                    2026年10月12日至16日，维也纳
                    议程项目3(b)
                    审查《关于打击陆、海、空偷运移民的补充议定书》的执行情况
                    """);

    private static final Map<Language, String> SPONSORS = Map.of(
            Language.ENGLISH, "Argentina, Canada, Italy, Mexico and Nigeria: draft resolution",
            Language.FRENCH, "Argentine, Canada, Italie, Mexique et Nigéria : projet de résolution",
            Language.SPANISH, "Argentina, Canadá, Italia, México y Nigeria: proyecto de resolución",
            Language.RUSSIAN, "Аргентина, Италия, Канада, Мексика и Нигерия: проект резолюции",
            Language.ARABIC, "الأرجنتين وإيطاليا وكندا والمكسيك ونيجيريا: مشروع قرار",
            Language.CHINESE, "阿根廷、加拿大、意大利、墨西哥和尼日利亚：决议草案");

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    /** The COP resolution fixture with its heading line replaced by a draft's masthead and sponsors' line. */
    static String draftOf(Language language, String masthead, String sponsors) {
        String fixture = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, language);
        return masthead + "\n          " + sponsors + "\n" + fixture.substring(fixture.indexOf('\n'));
    }

    private static List<String> provisions(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.eId() + " " + p.kind() + " " + p.leadingVerb() + " " + p.text()).toList();
    }

    private static List<String> segments(ParsedDocument d, String label) {
        return d.segments().stream().filter(s -> s.kind() == SegmentKind.FRONT_MATTER && s.label().equals(label))
                .map(Segment::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aDraftResolutionIsItsOwnWorkWithTheStructureOfTheResolutionItProposes(Language language) throws Exception {
        ParsedDocument adopted = PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, language));
        String text = draftOf(language, MASTHEAD.get(language), SPONSORS.get(language));
        ParsedDocument draft = PARSER.parse(LanguageFixtures.source("draft-" + language.code() + ".txt", text));

        assertThat(draft.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(draft.work()).isEqualTo(new Work.SymbolDocument(DocumentSymbol.parse(SYMBOL)));
        assertThat(draft.metadata().language()).isEqualTo(language);
        assertThat(draft.metadata().body()).isEqualTo(Body.COP);
        // The session it is issued for (its masthead's), and its date of issue, not the session's opening day.
        assertThat(draft.metadata().session()).isEqualTo(13);
        assertThat(draft.metadata().dates()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 14)));
        assertThat(draft.metadata().resolutionNumber()).isNull();
        assertThat(draft.warnings()).isEmpty();
        // The provisions the session adopts, cited by the draft's symbol.
        assertThat(provisions(draft)).containsExactlyElementsOf(provisions(adopted)).hasSize(18);
        assertThat(draft.provisions()).extracting(p -> p.citation().work()).containsOnly(draft.work());
        assertThat(draft.provisions().get(6).citation()).hasToString(SYMBOL + " op. 1");
        // The title is the resolution's; the masthead and the agenda item's title above the sponsors are masthead.
        assertThat(draft.metadata().title()).isEqualTo(adopted.metadata().title()).isNotBlank();
        assertThat(segments(draft, "sponsors")).containsExactly(SPONSORS.get(language));
        assertThat(String.join("\n", segments(draft, "masthead"))).contains(SYMBOL).contains("2026");
    }

    @Test
    void aRevisedDraftIsTheRevisionsWork() throws Exception {
        String masthead = MASTHEAD.get(Language.ENGLISH).replace(SYMBOL + "\n", SYMBOL + "/Rev.1\n")
                .replace("14 October 2026", "16 October 2026");
        String text = draftOf(Language.ENGLISH, masthead, "Argentina, Canada, Italy, Mexico and Nigeria: revised draft resolution");
        ParsedDocument draft = PARSER.parse(LanguageFixtures.source("draft-rev1.txt", text));
        assertThat(draft.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(draft.work()).hasToString(SYMBOL + "/Rev.1");
        assertThat(draft.metadata().dates()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 16)));
        assertThat(draft.provisions()).hasSize(18);
    }

    @Test
    void sponsorsWrappedOverSeveralLinesStayAboveTheTitle() throws Exception {
        String sponsors = "Argentina, Australia, Austria, Belgium, Canada, Colombia, Costa Rica, Ecuador, France,\n"
                + "          Germany, Italy, Mexico, Nigeria, Peru and Spain: draft resolution";
        ParsedDocument adopted = PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH));
        ParsedDocument draft = PARSER.parse(LanguageFixtures.source("draft-wrapped.txt",
                draftOf(Language.ENGLISH, MASTHEAD.get(Language.ENGLISH), sponsors)));
        assertThat(draft.metadata().title()).isEqualTo(adopted.metadata().title());
        assertThat(provisions(draft)).containsExactlyElementsOf(provisions(adopted));
    }

    @Test
    void aDraftDecisionSubmittedByThePresidentIsADecision() throws Exception {
        String text = MASTHEAD.get(Language.ENGLISH).replace("L.4", "L.9") + """

                Draft decision submitted by the President

                Venue of the fourteenth session of the Conference

                The Conference of the Parties to the United Nations Convention against Transnational Organized Crime:

                (a) Welcomes the offer of the Government of Austria to host its fourteenth session;

                (b) Decides to hold its fourteenth session in Vienna in October 2028.
                """;
        ParsedDocument draft = PARSER.parse(LanguageFixtures.source("draft-decision.txt", text));
        assertThat(draft.metadata().type()).isEqualTo(DocumentType.DECISION);
        assertThat(draft.work()).hasToString("CTOC/COP/2026/L.9");
        assertThat(draft.metadata().title()).isEqualTo("Venue of the fourteenth session of the Conference");
        assertThat(draft.provisions()).extracting(p -> p.citation().toString())
                .containsExactly("CTOC/COP/2026/L.9 (a)", "CTOC/COP/2026/L.9 (b)");
    }

    @Test
    void aGeneralAssemblyCommitteesDraftHasNoBodyOfTheConvention() throws Exception {
        String ga = LanguageFixtures.text(LanguageFixtures.GA_DECLARATION, Language.ENGLISH);
        String body = ga.substring(ga.indexOf("The General Assembly"));
        String text = """
                United Nations                                                A/C.3/80/L.12
                General Assembly                                              Distr.: Limited
                                                                              21 October 2025
                                                                              Original: English
                Eightieth session
                Third Committee
                Agenda item 108
                Crime prevention and criminal justice

                          Italy and Mexico: draft resolution

                Political declaration on preventing and combating the smuggling of migrants

                """ + body;
        ParsedDocument draft = PARSER.parse(LanguageFixtures.source("ga-draft.txt", text));
        assertThat(draft.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(draft.work()).hasToString("A/C.3/80/L.12");
        assertThat(draft.metadata().body()).isNull();
        assertThat(draft.metadata().title()).isEqualTo("Political declaration on preventing and combating the smuggling of migrants");
        assertThat(draft.provisions()).isNotEmpty().allSatisfy(p -> assertThat(p.citation().work()).isEqualTo(draft.work()));
    }

    @Test
    void aReportSentenceAboutADraftDoesNotMakeItADraft() throws Exception {
        ParsedDocument report = PARSER.parse(LanguageFixtures.source(LanguageFixtures.WG_REPORT, Language.ENGLISH));
        String text = LanguageFixtures.text(LanguageFixtures.WG_REPORT, Language.ENGLISH)
                .replaceFirst("\n\n", "\n\nThe Working Group had before it the following draft resolution:\n\n");
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("wg-report-mentions-draft.txt", text));
        assertThat(d.metadata().type()).isEqualTo(report.metadata().type()).isEqualTo(DocumentType.MEETING_REPORT);
        assertThat(d.work()).isEqualTo(report.work());
    }
}
