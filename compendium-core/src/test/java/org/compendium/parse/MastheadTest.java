package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.compendium.model.DateRange;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The masthead of a UN document as text extraction gives it: the Organization's name and the symbol joined on one
 * line (in Arabic, laid out from the right, the symbol may come first), then the organ with the distribution and
 * date, the session and the agenda item. A General Assembly resolution or a working-group report under such a
 * masthead reads exactly as its fixture does — same work and provisions — instead of the masthead hiding its
 * symbol (a General Assembly resolution was then stored as unstructured text).
 */
class MastheadTest {
    private static final DocumentParser PARSER = new DocumentParser();

    /** The masthead lines after the symbol line, per language: organ and distribution, date, session, agenda item. */
    private static final Map<Language, String> GA_MASTHEAD = Map.of(
            Language.ENGLISH, "General Assembly                          Distr.: General\n                                          9 December 2025\n\nEightieth session\nAgenda item 108\n",
            Language.FRENCH, "Assemblée générale                        Distr. générale\n                                          9 décembre 2025\n\nQuatre-vingtième session\nPoint 108 de l’ordre du jour\n",
            Language.SPANISH, "Asamblea General                          Distr. general\n                                          9 de diciembre de 2025\n\nOctogésimo período de sesiones\nTema 108 del programa\n",
            Language.RUSSIAN, "Генеральная Ассамблея                     Distr.: General\n                                          9 December 2025\n\nВосьмидесятая сессия\nПункт 108 повестки дня\n",
            Language.ARABIC, "Distr.: General                           الجمعية العامة\n9 December 2025\n\nالدورة الثمانون\nالبند 108 من جدول الأعمال\n",
            Language.CHINESE, "大  会                                     Distr.: General\n                                          9 December 2025\n\n第八十届会议\n议程项目108\n");
    /** The Organization's name as each language's masthead prints it beside the symbol. */
    static final Map<Language, String> ORGANIZATION = Map.of(
            Language.ENGLISH, "United Nations", Language.FRENCH, "Nations Unies", Language.SPANISH, "Naciones Unidas",
            Language.RUSSIAN, "Организация Объединенных Наций", Language.ARABIC, "الأمم المتحدة", Language.CHINESE, "联合国");

    /** The fixture's title proper: its numbered title line without the resolution's number. */
    private static final Map<Language, String> GA_TITLE = Map.of(
            Language.ENGLISH, "Political declaration on preventing and combating the smuggling of migrants",
            Language.FRENCH, "Déclaration politique sur la prévention du trafic illicite de migrants et la lutte contre ce phénomène",
            Language.SPANISH, "Declaración política sobre la prevención y la lucha contra el tráfico ilícito de migrantes",
            Language.RUSSIAN, "Политическая декларация о предупреждении незаконного ввоза мигрантов и борьбе с ним",
            Language.ARABIC, "الإعلان السياسي بشأن منع تهريب المهاجرين ومكافحته",
            Language.CHINESE, "关于预防和打击偷运移民行为的政治宣言");

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    /** The fixture with its first line, the bare symbol, replaced by the joined masthead line and the lines under it. */
    private static String withMasthead(String fixture, Language language, String under) {
        String symbol = fixture.lines().findFirst().orElseThrow().strip();
        String organization = ORGANIZATION.get(language);
        String line = language == Language.ARABIC ? symbol + "                         " + organization
                : organization + "                              " + symbol;
        return line + "\n" + under + fixture.substring(fixture.indexOf('\n'));
    }

    private static List<String> citations(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation() + " " + p.kind() + " " + p.path()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aGeneralAssemblyResolutionUnderItsMastheadReadsAsItsFixture(Language language) throws Exception {
        ParsedDocument plain = PARSER.parse(LanguageFixtures.source(LanguageFixtures.GA_DECLARATION, language));
        String text = withMasthead(LanguageFixtures.text(LanguageFixtures.GA_DECLARATION, language), language, GA_MASTHEAD.get(language));
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("ga-masthead-" + language.code() + ".txt", text));
        assertThat(d.metadata().type()).isEqualTo(plain.metadata().type());
        assertThat(d.work()).isEqualTo(plain.work());
        assertThat(d.metadata().symbol()).isEqualTo(plain.metadata().symbol());
        assertThat(d.metadata().language()).isEqualTo(language);
        assertThat(citations(d)).containsExactlyElementsOf(citations(plain)).isNotEmpty();
        assertThat(d.warnings()).isEmpty();
        // The title is the resolution's own, not the masthead, the adoption line or the committee line above it.
        assertThat(plain.metadata().title()).isEqualTo(GA_TITLE.get(language));
        assertThat(d.metadata().title()).isEqualTo(GA_TITLE.get(language));
        // Adopted on 3 December 2025 (its adoption line), not issued on 9 December (the masthead's date).
        assertThat(plain.metadata().dates()).isEqualTo(DateRange.of(LocalDate.of(2025, 12, 3)));
        assertThat(d.metadata().dates()).isEqualTo(DateRange.of(LocalDate.of(2025, 12, 3)));
        assertThat(d.segments()).filteredOn(s -> s.label().equals("masthead")).extracting(Segment::text)
                .anySatisfy(t -> assertThat(t).contains(ORGANIZATION.get(language)))
                .anySatisfy(t -> assertThat(t).startsWith("[").endsWith("]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aWorkingGroupReportUnderItsMastheadReadsAsItsFixture(Language language) throws Exception {
        ParsedDocument plain = PARSER.parse(LanguageFixtures.source(LanguageFixtures.WG_REPORT, language));
        String text = withMasthead(LanguageFixtures.text(LanguageFixtures.WG_REPORT, language), language,
                "Distr.: General\n20 July 2025\n\n");
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("wg-masthead-" + language.code() + ".txt", text));
        assertThat(d.work()).isEqualTo(plain.work());
        assertThat(d.metadata().symbol()).isEqualTo(plain.metadata().symbol());
        assertThat(citations(d)).containsExactlyElementsOf(citations(plain)).isNotEmpty();
    }
}
