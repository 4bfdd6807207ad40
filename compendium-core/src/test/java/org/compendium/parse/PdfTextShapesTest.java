package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.compendium.bench.Regressions;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Grammar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents in the shapes a held-back set of real documents has and the other fixtures lack (fixtures
 * {@code pdftotext/}, see the README there), as {@code pdftotext} gives them with and without {@code -layout}: a COP
 * resolution's pages out of its session report (labels alone on their lines, running header, job number and page
 * numbers between form feeds, footnotes at the page's foot with or without their rule, marks glued after a year or a
 * blank apart, a soft hyphen) in English, Russian, Chinese and Arabic, the Arabic once more in presentation forms; a
 * session report in layout under a two-column masthead; COP decisions with a preamble; resolutions of the Economic
 * and Social Council and of the Commission on Crime Prevention and Criminal Justice and the Commission's report with
 * the drafts it recommends, read into them; working-group reports whose recommendations are an announced lettered or
 * numbered list; the Commission's and the Council's resolutions and the lettered list in French, Russian, Arabic and
 * Chinese; a red team's Russian session report, Arabic and Chinese decisions and Chinese report pages, whose chapter
 * and section labels stand alone on their lines.
 * Each is read exactly: type, body, session, meeting, dates, language, work, every citation in order, its footnotes,
 * both coverage figures and its warnings ({@code parse.pdftotext.*} in {@code regressions.properties}).
 */
class PdfTextShapesTest {
    private static final DocumentParser PARSER = new DocumentParser();
    /** Page furniture and footnote text of the fixtures, which no provision may hold. */
    private static final Pattern NOT_PROVISION_TEXT = Pattern.compile(
            "(?s).*(?:V\\.30-|\\*3007654\\*|CTOC/COP/2030/15|E/2030/30|Treaty Series|مجموعة المعاهدات|\\d/12|\\d/40|\\u00AD).*|(?s).*\\s\\d{1,3}$");

    private static String text(String name) throws IOException {
        try (InputStream in = PdfTextShapesTest.class.getResourceAsStream("/fixtures/pdftotext/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ParsedDocument parse(String name) throws Exception {
        return PARSER.parse(LanguageFixtures.source(name + ".txt", text(name)));
    }

    private static String expected(String name, String key) {
        return Regressions.get("parse.pdftotext." + name + "." + key);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    @org.junit.jupiter.api.Test
    void aHeadingsLabelAloneOnItsLineHeadsWithTheTitleUnderIt() throws Exception {
        // pdftotext without -layout: "I." / "Резолюции и решения …", "Б." / "Решение, принятое Конференцией". Before, the
        // labels and titles were text: section B and chapter II ran into resolution 15/1 and decision 15/1.
        ParsedDocument report = parse("cop-report-ru");
        assertThat(report.segments()).filteredOn(s -> s.kind() == SegmentKind.HEADING).extracting(s -> s.label() + " " + s.path())
                .containsExactly("I [I]", "A [I, A]", "B [I, B]", "II [II]", "A [II, A]");
        assertThat(report.provisions()).filteredOn(p -> p.citation().work().equals(report.work())).extracting(p -> p.eId().toString())
                .as("the report's paragraphs, numbered through it").containsExactly("para_1", "para_2", "para_3", "para_4");
        assertThat(report.provisions()).extracting(Provision::text).as("no heading inside a provision")
                .noneMatch(t -> t.contains("Решение, принятое") || t.contains("Организация работы"));
        // The Chinese report's sections, one label alone after a footnote at the page's foot ("B." under "1 见…。").
        ParsedDocument chinese = parse("wg-report-headed-zh");
        assertThat(chinese.provisions()).filteredOn(p -> p.kind() == ProvisionKind.RECOMMENDATION).extracting(p -> String.valueOf(p.path()))
                .containsExactly("[A, 1]", "[A, 2]", "[B, 3]");
        assertThat(chinese.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("1")).extracting(Segment::text)
                .singleElement().asString().doesNotContain("B.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cop-resolution-en", "cop-resolution-layout-en", "cop-resolution-ru", "cop-resolution-zh",
            "cop-resolution-ar", "cop-resolution-forms-ar", "cop-report-layout-en", "cop-decision-en", "cop-decision-lettered-en",
            "ecosoc-resolution-en", "ccpcj-resolution-en", "ccpcj-report-en", "wg-report-lettered-en", "wg-report-numbered-es",
            "ccpcj-resolution-fr", "ccpcj-resolution-ru", "ccpcj-resolution-ar", "ccpcj-resolution-zh",
            "wg-report-lettered-fr", "wg-report-lettered-ru", "wg-report-lettered-ar", "wg-report-lettered-zh",
            "ecosoc-resolution-fr", "ecosoc-resolution-ru", "ecosoc-resolution-ar", "ecosoc-resolution-zh",
            "cop-report-ru", "cop-decision-lettered-ar", "cop-decision-zh", "wg-report-headed-zh"})
    void readsTheDocumentExactly(String name) throws Exception {
        ParsedDocument d = parse(name);
        var m = d.metadata();
        assertThat(m.language()).as("language").isEqualTo(Language.fromCode(name.substring(name.length() - 2)));
        assertThat(m.type().code()).as("type").isEqualTo(expected(name, "type"));
        assertThat(String.valueOf(m.body() == null ? null : m.body().code())).as("body").isEqualTo(expected(name, "body"));
        assertThat(String.valueOf(m.session())).as("session").isEqualTo(expected(name, "session"));
        assertThat(String.valueOf(m.meeting())).as("meeting").isEqualTo(expected(name, "meeting"));
        assertThat(String.valueOf(m.dates())).as("dates").isEqualTo(expected(name, "dates"));
        assertThat(d.work()).as("work").hasToString(expected(name, "work"));
        assertThat(String.valueOf(m.symbol())).as("symbol").isEqualTo(expected(name, "symbol"));
        assertThat(d.provisions()).extracting(p -> p.citation().toString()).as("citations")
                .containsExactlyElementsOf(list(expected(name, "citations")));
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE).extracting(Segment::label).as("footnotes")
                .containsExactlyElementsOf(list(expected(name, "footnotes")));
        assertThat(d.coverage().describe()).as("every character read once").isEqualTo("100.00%");
        assertThat(d.body().describe()).as("coverage").isEqualTo(expected(name, "coverage"));
        assertThat(String.join(" | ", d.warnings())).as("warnings").isEqualTo(expected(name, "warnings"));
        assertThat(d.provisions()).extracting(Provision::text).as("no page furniture, footnote or soft hyphen in a provision")
                .noneMatch(t -> NOT_PROVISION_TEXT.matcher(t).matches());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cop-resolution-layout-en", "cop-resolution-ru", "cop-resolution-zh", "cop-resolution-ar", "cop-resolution-forms-ar"})
    void theLayoutAndEachLanguageGiveTheProvisionsOfTheEnglishText(String name) throws Exception {
        // The same resolution 15/3: as many paragraphs of each kind, with the same eIds (the English has two more
        // preambular and operative paragraphs than the shorter translations, which keep the same first ones).
        List<String> english = parse("cop-resolution-en").provisions().stream().map(p -> p.eId().toString()).toList();
        List<String> other = parse(name).provisions().stream().map(p -> p.eId().toString()).toList();
        assertThat(english).containsAll(other);
        if (name.endsWith("-en")) {
            assertThat(other).containsExactlyElementsOf(english);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cop-resolution-ar"})
    void presentationFormsReadAsTheLettersTheyShow(String name) throws Exception {
        // Before: the text in presentation forms matched no word of the Arabic grammar and was stored unstructured.
        ParsedDocument letters = parse(name);
        ParsedDocument forms = parse("cop-resolution-forms-ar");
        assertThat(forms.metadata().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(forms.provisions()).extracting(Provision::text).containsExactlyElementsOf(
                letters.provisions().stream().map(Provision::text).toList());
    }

    /** The opening of a resolution of the Commission on Crime Prevention and Criminal Justice, in each language. */
    private static final java.util.Map<Language, String> COMMISSION = java.util.Map.of(
            Language.ENGLISH, "The Commission on Crime Prevention and Criminal Justice,",
            Language.FRENCH, "La Commission pour la prévention du crime et la justice pénale,",
            Language.SPANISH, "La Comisión de Prevención del Delito y Justicia Penal,",
            Language.RUSSIAN, "Комиссия по предупреждению преступности и уголовному правосудию,",
            Language.ARABIC, "إن لجنة منع الجريمة والعدالة الجنائية،",
            Language.CHINESE, "预防犯罪和刑事司法委员会，");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void anotherOrgansResolutionIsNoCopResolutionInAnyLanguage(Language language) throws Exception {
        if (!COMMISSION.containsKey(language)) {
            return;
        }
        // The COP resolution fixture with the Commission's opening in place of the Conference's: before, it was
        // "COP res. 13/4" of body COP (a made-up work), or, in English, unstructured for want of a known opening.
        String text = LanguageFixtures.text("cop-resolution", language);
        String opening = text.lines().filter(l -> shapes(language).opening().matcher(l).lookingAt()).findFirst().orElseThrow();
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("ccpcj-" + language.code() + ".txt",
                text.replace(opening, COMMISSION.get(language))));
        assertThat(d.metadata().body()).as("body").isNull();
        assertThat(d.work()).as("work").isInstanceOf(Work.Unidentified.class);
        assertThat(d.provisions()).as("the structure is read").hasSize(18);
        assertThat(d.warnings()).as("and said to be unidentified").singleElement().asString().startsWith("resolution not identified");
    }

    private static org.compendium.parse.grammar.Grammar.ResolutionShapes shapes(Language language) {
        return org.compendium.parse.grammar.Grammars.of(language).resolution();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wg-report-lettered-en"})
    void anAnnouncedNumberedListIsRecommendationsAndTheReportsParagraphsGoOn(String name) throws Exception {
        // The lettered English report with its items numbered 1.–4. instead: before, 1. ran into the chapeau, 2.–4.
        // were read as the report's paragraphs 2–4, and its own paragraphs 2 and 3 were read into the headings above.
        String numbered = text(name).replaceAll("(?m)^\\(([a-d])\\) ", "$1. ")
                .replaceAll("(?m)^a\\. ", "1. ").replaceAll("(?m)^b\\. ", "2. ").replaceAll("(?m)^c\\. ", "3. ").replaceAll("(?m)^d\\. ", "4. ");
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("wg-report-numbered-en.txt", numbered));
        assertThat(d.provisions()).extracting(p -> p.eId() + " " + p.kind()).containsExactly("para_1 PARAGRAPH",
                "rec_1 RECOMMENDATION", "rec_2 RECOMMENDATION", "rec_3 RECOMMENDATION", "rec_4 RECOMMENDATION",
                "para_2 PARAGRAPH", "para_3 PARAGRAPH");
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.HEADING).extracting(Segment::text)
                .as("no paragraph read into a heading").allMatch(t -> !t.matches("(?s).*\\d\\. .*"));
        assertThat(parse("wg-report-numbered-es").provisions()).filteredOn(p -> p.kind() == ProvisionKind.RECOMMENDATION).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wg-report-lettered-en", "wg-report-lettered-fr", "wg-report-lettered-ru", "wg-report-lettered-ar",
            "wg-report-lettered-zh"})
    void anAnnouncedLetteredListIsRecommendationsLetteredAsPrintedInEveryLanguage(String name) throws Exception {
        // Before: the chapeau's sub-paragraphs, "CTOC/COP/WG.7 meeting 11 para. 1(a)" to "(d)" (eIds para_1__subpara_a …).
        ParsedDocument d = parse(name);
        assertThat(d.provisions()).extracting(p -> p.eId() + " " + p.kind()).containsExactly("para_1 PARAGRAPH",
                "rec_a RECOMMENDATION", "rec_b RECOMMENDATION", "rec_c RECOMMENDATION", "rec_d RECOMMENDATION",
                "para_2 PARAGRAPH", "para_3 PARAGRAPH");
        Provision b = d.provisions().get(2);
        assertThat(b.citation()).hasToString("CTOC/COP/WG.7 meeting 11 rec. (b)");
        assertThat(org.compendium.model.Citation.parse(b.citation().toString())).as("the citation reads back").isEqualTo(b.citation());
        Language language = d.metadata().language();
        Grammar.ResolutionShapes items = shapes(language);
        java.util.regex.Matcher label = items.lettered().matcher(b.label());
        assertThat(label.lookingAt() && items.canonicalLetter(label.group(1)).equals("b")).as("labelled as printed: " + b.label()).isTrue();
        assertThat(d.provisions()).extracting(Provision::text).as("no label left in a text, no item run into the chapeau")
                .noneMatch(t -> items.lettered().matcher(t).lookingAt())
                .allMatch(t -> !t.contains("(b)") && !t.contains("b)") && !t.contains("(ب)"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wg-report-lettered-fr", "wg-report-lettered-ru", "wg-report-lettered-ar", "wg-report-lettered-zh"})
    void anAnnouncedNumberedListIsRecommendationsInEveryLanguage(String name) throws Exception {
        // The lettered report with its items numbered as the language numbers paragraphs (1., 1 -): recommendations 1–4,
        // which the Spanish and English numbered lists gave already.
        String lettered = text(name);
        Language language = parse(name).metadata().language();
        Grammar.ResolutionShapes items = shapes(language);
        Grammar.ReportShapes report = org.compendium.parse.grammar.Grammars.of(language).report();
        StringBuilder numbered = new StringBuilder();
        for (String line : lettered.split("\n", -1)) {
            java.util.regex.Matcher m = items.lettered().matcher(line);
            if (m.lookingAt()) {
                int n = items.canonicalLetter(m.group(1)).charAt(0) - 'a' + 1;
                java.util.regex.Matcher label = items.letterLabel().matcher(line);
                assertThat(label.lookingAt()).isTrue();
                String rest = line.substring(label.end());
                line = report.paragraphFormat().formatted(n) + (rest.isEmpty() ? "" : " " + rest);
            }
            numbered.append(line).append('\n');
        }
        ParsedDocument d = PARSER.parse(LanguageFixtures.source(name.replace("lettered", "numbered") + ".txt", numbered.toString()));
        assertThat(d.provisions()).extracting(p -> p.eId() + " " + p.kind()).containsExactly("para_1 PARAGRAPH",
                "rec_1 RECOMMENDATION", "rec_2 RECOMMENDATION", "rec_3 RECOMMENDATION", "rec_4 RECOMMENDATION",
                "para_2 PARAGRAPH", "para_3 PARAGRAPH");
        assertThat(d.provisions()).extracting(Provision::text).as("the same texts as the lettered list's")
                .containsExactlyElementsOf(parse(name).provisions().stream().map(Provision::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ecosoc-resolution-fr", "ecosoc-resolution-ru", "ecosoc-resolution-ar", "ecosoc-resolution-zh"})
    void theCouncilsResolutionReadsInEveryLanguageAsInEnglish(String name) throws Exception {
        // The same resolution 2030/19 as the English: its own symbol and work, dated by its adoption, the same eIds.
        ParsedDocument english = parse("ecosoc-resolution-en");
        ParsedDocument d = parse(name);
        assertThat(d.work()).isEqualTo(english.work());
        assertThat(d.metadata().dates()).isEqualTo(english.metadata().dates());
        assertThat(d.provisions()).extracting(p -> p.eId().toString())
                .containsExactlyElementsOf(english.provisions().stream().map(p -> p.eId().toString()).toList());
        assertThat(d.provisions()).filteredOn(p -> p.kind() != ProvisionKind.SUBPARAGRAPH).extracting(Provision::leadingVerb)
                .as("every paragraph has its leading verb").doesNotContainNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ccpcj-resolution-fr", "ccpcj-resolution-ru", "ccpcj-resolution-ar", "ccpcj-resolution-zh"})
    void theCommissionsResolutionReadsInEveryLanguageAsInEnglish(String name) throws Exception {
        // The same resolution 39/2 as the English: three preambular and three operative paragraphs, no COP instrument.
        ParsedDocument english = parse("ccpcj-resolution-en");
        ParsedDocument d = parse(name);
        assertThat(d.provisions()).extracting(p -> p.eId().toString())
                .containsExactlyElementsOf(english.provisions().stream().map(p -> p.eId().toString()).toList());
        assertThat(d.provisions()).filteredOn(p -> p.kind() != ProvisionKind.SUBPARAGRAPH).extracting(Provision::leadingVerb)
                .as("every paragraph has its leading verb").doesNotContainNull();
        assertThat(d.metadata().body()).isNull();
        assertThat(d.work()).isInstanceOf(Work.Unidentified.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pdftotext/cop-resolution-ar", "pdftotext/cop-resolution-forms-ar", "pdftotext/ccpcj-resolution-ar",
            "ga-raw/ar", "cop-session-raw/ar"})
    void anArabicMarkInBracketsBeforeACommaLeavesTheSentenceAsItReads(String file) throws Exception {
        // "… عبر الوطنية(1)،": the mark is set apart and the comma follows the word. Before: "الوطنية ،".
        String text;
        try (InputStream in = PdfTextShapesTest.class.getResourceAsStream("/fixtures/" + file + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedDocument d = PARSER.parse(LanguageFixtures.source(file.replace('/', '-') + ".txt", text));
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().startsWith("mark ")).isNotEmpty();
        assertThat(d.provisions()).extracting(Provision::text).as("no blank before an Arabic comma or semicolon")
                .noneMatch(t -> t.matches("(?s).*\\s[،؛].*"))
                .anyMatch(t -> t.matches("(?s).*(?:الوطنية|والجو)،.*"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cop-resolution-en", "cop-resolution-layout-en", "cop-resolution-ru", "cop-resolution-zh",
            "cop-resolution-ar", "cop-resolution-forms-ar", "ccpcj-resolution-ru", "ccpcj-resolution-zh",
            "cop-decision-lettered-ar", "cop-decision-zh"})
    void aResolutionTakenOutOfItsReportDoesNotCarryTheReportsSymbol(String name) throws Exception {
        // Before: symbol CTOC/COP/2030/15 (or E/2030/30, the Commission's report) on resolution 15/3 (or 39/2), so that
        // the report's symbol led to the resolution. The running header is still set apart as page furniture.
        ParsedDocument d = parse(name);
        String report = name.startsWith("ccpcj") ? "E/2030/30" : "CTOC/COP/2030/15";
        assertThat(d.metadata().symbol()).as("symbol").isNull();
        assertThat(d.work()).as("work").isNotEqualTo(Work.ofSymbol(org.compendium.model.DocumentSymbol.parse(report)));
        assertThat(d.warnings()).as("said").anyMatch(w -> w.startsWith(report + ", printed on its pages, is the symbol of the document"));
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.PAGE_FURNITURE).extracting(Segment::text)
                .as("the running header is furniture").contains(report);
    }
}
