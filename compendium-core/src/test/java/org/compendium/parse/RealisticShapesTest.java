package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.bench.Regressions;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of real documents that the first fixtures did not have, as a PDF's text gives them: a General Assembly
 * resolution laid out in columns with a reissue star after its symbol, indented paragraphs, footnote marks glued to
 * words, a wrapped adoption line, the closing formula and the footnotes under it, an annex ({@code ga-raw/}); a
 * Secretariat background paper for a working group, whose masthead names no meeting and whose text cites the
 * Conference's session ({@code wg-note-raw/}); a COP session report with a table of contents, a resolution broken
 * over a page and a decision whose opening runs into its verb ({@code cop-session-raw/}); the Trafficking Protocol
 * printed as an annex of A/RES/55/25, with that symbol and page numbers between its articles ({@code protocol-raw/}).
 * Each is read exactly: type, body, session, meeting, dates, language, title and every citation, in order; the
 * six-language ones align one to one. Expected figures: {@code parse.realism.*} in {@code regressions.properties}.
 */
class RealisticShapesTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static Stream<Arguments> documents() {
        return sixLanguages();
    }

    private static ParsedDocument parse(String folder, String name) throws Exception {
        String text = new String(RealisticShapesTest.class.getResourceAsStream("/fixtures/" + folder + "/" + name + ".txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return PARSER.parse(LanguageFixtures.source(folder + "-" + name + ".txt", text));
    }

    /** The key of a figure: per document first ({@code ga-raw.zh.title}), else per folder ({@code ga-raw.type}). */
    private static String expected(String folder, String name, String key) {
        String own = "parse.realism." + folder + "." + name + "." + key;
        return Regressions.has(own) ? Regressions.get(own) : Regressions.get("parse.realism." + folder + "." + key);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void readsTheDocumentExactly(String folder, String name) throws Exception {
        ParsedDocument d = parse(folder, name);
        var m = d.metadata();
        String language = name.substring(name.length() - 2);
        assertThat(m.language()).as("language").isEqualTo(Language.fromCode(language));
        assertThat(m.type().code()).as("type").isEqualTo(expected(folder, name, "type"));
        assertThat(String.valueOf(m.body() == null ? null : m.body().code())).as("body").isEqualTo(expected(folder, name, "body"));
        assertThat(String.valueOf(m.session())).as("session").isEqualTo(expected(folder, name, "session"));
        assertThat(String.valueOf(m.meeting())).as("meeting").isEqualTo(expected(folder, name, "meeting"));
        assertThat(String.valueOf(m.dates())).as("dates").isEqualTo(expected(folder, name, "dates"));
        assertThat(d.work()).as("work").hasToString(expected(folder, name, "work"));
        assertThat(m.title()).as("title").isEqualTo(expected(folder, name, "title"));
        assertThat(d.coverage().describe()).as("coverage").isEqualTo("100.00%");
        assertThat(d.provisions()).extracting(p -> p.citation().toString()).as("citations")
                .containsExactlyElementsOf(list(expected(folder, name, "citations")));
        assertThat(d.provisions()).as("no page furniture or footnote inside a provision").allSatisfy(p ->
                assertThat(p.text()).doesNotContain("A/RES/55/25").doesNotContain("Reissued").doesNotMatch("(?s).*\\s\\d{1,3}$"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ga-raw", "wg-note-raw", "cop-session-raw", "protocol-raw"})
    void theSixVersionsAlignOneToOne(String folder) throws Exception {
        List<String> english = signature(parse(folder, "en"));
        assertThat(english).isNotEmpty();
        for (Language language : LanguageFixtures.languages()) {
            assertThat(signature(parse(folder, language.code()))).as(language.code()).containsExactlyElementsOf(english);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar", "zh"})
    void aFootnoteUnderTheRuleIsAFootnoteAfterTheClosingFormulaToo(String language) throws Exception {
        ParsedDocument d = parse("ga-raw", language);
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("*")).as("the reissue footnote")
                .hasSize(1);
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("2")).as("footnote 2")
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sixLanguages")
    void footnoteMarksGluedToTheirWordsAreSetAsideInEveryLanguage(String folder, String language) throws Exception {
        // en "Crime,1", fr "organisée1 et", es "Aire2,", ru "вопросник2.", ar "الضحايا(1).", zh "公约》1和《".
        ParsedDocument d = parse(folder, language);
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().startsWith("mark "))
                .extracting(s -> s.label()).as("marks set aside")
                .containsExactlyElementsOf(list(Regressions.get("parse.realism." + folder + ".marks")));
    }

    /** The annex heading of each {@code ga-raw/} version, and the same heading numbering a second annex. */
    private static final java.util.Map<String, List<String>> SECOND_ANNEX = java.util.Map.of(
            "en", List.of("Annex", "Annex II"), "fr", List.of("Annexe", "Annexe II"), "es", List.of("Anexo", "Anexo II"),
            "ru", List.of("Приложение", "Приложение II"), "ar", List.of("المرفق", "المرفق الثاني"), "zh", List.of("附件", "附件二"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr", "es", "ru", "ar", "zh"})
    void aSecondAnnexIsAnnexIiInEveryLanguageHowEverItsNumberIsPrinted(String language) throws Exception {
        // Before: 附件二 threw "bad eId part: ANNEX '二'", and المرفق الثاني was read as the annex's title.
        String text = new String(RealisticShapesTest.class.getResourceAsStream("/fixtures/ga-raw/" + language + ".txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> headings = SECOND_ANNEX.get(language);
        String renumbered = text.replaceFirst("(?m)^(\\s*)" + java.util.regex.Pattern.quote(headings.get(0)) + "\\s*$",
                "$1" + headings.get(1));
        assertThat(renumbered).isNotEqualTo(text);
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("ga-raw-annex-ii-" + language + ".txt", renumbered));
        assertThat(d.provisions()).filteredOn(p -> p.path().getFirst().startsWith("annex"))
                .extracting(p -> p.eId() + " " + p.path().getFirst())
                .containsExactly("annex_2__para_1 annex II", "annex_2__para_2 annex II");
    }

    static Stream<Arguments> sixLanguages() {
        return Stream.of("ga-raw", "wg-note-raw", "cop-session-raw", "protocol-raw")
                .flatMap(kind -> LanguageFixtures.languages().stream().map(l -> Arguments.of(kind, l.code())));
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    private static List<String> signature(ParsedDocument d) {
        return d.provisions().stream().map(RealisticShapesTest::signature).toList();
    }

    private static String signature(Provision p) {
        return p.citation() + " | " + p.eId() + " | " + p.kind() + " | " + p.path();
    }
}
