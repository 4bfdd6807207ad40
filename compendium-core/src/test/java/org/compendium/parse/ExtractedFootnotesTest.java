package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Footnotes as text extraction leaves them in a resolution: the superscript mark as plain digits after the comma
 * that ends a preambular paragraph ({@code … the Protocols thereto,1}), and the footnote's number alone on its line
 * under the rule, its words on the next line. The paragraph after the mark is still a paragraph of its own (it was
 * run into the one above), and the footnote is a footnote, not the end of the last operative paragraph; a number
 * alone on its line that no footnote words follow is a page number. In the six languages, on the fixture
 * {@code cop-resolution} as its raw PDF extraction. And the asterisk footnote of a report's first page that gives the
 * provisional agenda's symbol, printed without a rule, is a footnote.
 */
class ExtractedFootnotesTest {
    private static final DocumentParser PARSER = new DocumentParser();

    static List<Language> languages() {
        return LanguageFixtures.languages();
    }

    /** The footnote block at the foot of a page: the rule, the number alone, its words, and a bare page number. */
    private static final String FOOTNOTE = "__________________\n1\nUnited Nations, Treaty Series, vol. 2241, No. 39574.\n7\n";

    /** The fixture with a footnote mark after its first preambular paragraph (heading, title, opening come first). */
    private static String withMark(String clean) {
        List<String> paragraphs = new ArrayList<>(List.of(clean.strip().split("\\n\\s*\\n")));
        paragraphs.set(3, paragraphs.get(3) + "1");
        return String.join("\n\n", paragraphs) + "\n";
    }

    /** {@code text} with the footnote block at the foot of its last page, above the page's furniture if it has any. */
    private static String withFootnote(String text) {
        Matcher lastPage = Pattern.compile("\\n(\\d+/\\d+\\n[^\\n]*\\n[^\\n]*\\n)$").matcher(text);
        return lastPage.find() ? text.substring(0, lastPage.start() + 1) + FOOTNOTE + lastPage.group(1) : text + "\n" + FOOTNOTE;
    }

    private static List<String> signatures(ParsedDocument d) {
        return d.provisions().stream().map(p -> p.citation() + " | " + p.kind() + " | " + p.path() + " | " + p.leadingVerb()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aFootnoteMarkAndANumberAloneOnItsLineAreReadAsAFootnote(Language language) throws Exception {
        String clean = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, language);
        ParsedDocument expected = PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, language));
        String marked = withMark(clean);
        List<String> variants = List.of(withFootnote(marked), withFootnote(RawExtraction.of(marked, language, null)));
        assertThat(variants.get(1)).contains("25-19346").endsWith("*2519346*\n");
        for (String variant : variants) {
            ParsedDocument d = PARSER.parse(LanguageFixtures.source("footnoted-" + language.code() + ".txt", variant));
            assertThat(d.coverage().describe()).isEqualTo("100.00%");
            assertThat(signatures(d)).containsExactlyElementsOf(signatures(expected));
            assertThat(d.provisions()).extracting(Provision::text).noneMatch(t -> t.contains("39574"));
            // The mark's digit is the footnote's reference, not the paragraph's last word: the texts are the plain ones.
            assertThat(d.provisions()).extracting(Provision::text)
                    .containsExactlyElementsOf(expected.provisions().stream().map(Provision::text).toList());
            assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("mark 1"))
                    .singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("1"));
            assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.text().contains("39574"))
                    .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("1"));
            assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.PAGE_FURNITURE && s.text().strip().equals("7"))
                    .hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theProvisionalAgendasAsteriskFootnoteIsAFootnoteWithoutARule(Language language) throws Exception {
        String clean = LanguageFixtures.text(LanguageFixtures.WG_REPORT, language);
        ParsedDocument expected = PARSER.parse(LanguageFixtures.source(LanguageFixtures.WG_REPORT, language));
        List<String> paragraphs = new ArrayList<>(List.of(clean.strip().split("\\n\\s*\\n")));
        // After the report's first numbered paragraph (symbol, title and chapter I come first).
        paragraphs.add(4, "* CTOC/COP/WG.4/2025/1.");
        ParsedDocument d = PARSER.parse(LanguageFixtures.source("agenda-footnote-" + language.code() + ".txt",
                String.join("\n\n", paragraphs) + "\n"));
        assertThat(signatures(d)).containsExactlyElementsOf(signatures(expected));
        assertThat(d.provisions()).extracting(Provision::text).noneMatch(t -> t.contains("WG.4/2025/1"));
        assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("*")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aMarkGluedToTheEndOfAReportParagraphIsAFootnoteReference(Language language) throws Exception {
        String clean = LanguageFixtures.text(LanguageFixtures.WG_REPORT, language);
        ParsedDocument expected = PARSER.parse(LanguageFixtures.source(LanguageFixtures.WG_REPORT, language));
        List<String> paragraphs = new ArrayList<>(List.of(clean.strip().split("\\n\\s*\\n")));
        // The report's first numbered paragraph (symbol, title and chapter I come first), as extraction leaves it.
        paragraphs.set(3, paragraphs.get(3) + "2");
        String marked = String.join("\n\n", paragraphs) + "\n";
        for (String variant : List.of(marked, RawExtraction.of(marked, language, null))) {
            ParsedDocument d = PARSER.parse(LanguageFixtures.source("report-mark-" + language.code() + ".txt", variant));
            assertThat(signatures(d)).containsExactlyElementsOf(signatures(expected));
            assertThat(d.provisions()).extracting(Provision::text)
                    .containsExactlyElementsOf(expected.provisions().stream().map(Provision::text).toList());
            assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().equals("mark 2"))
                    .singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("2"));
            assertThat(d.coverage().describe()).isEqualTo("100.00%");
        }
    }
    /**
     * Marks glued where extraction leaves them in each language's typography: in French, to the word before the space
     * and the punctuation French spaces ({@code … de le faire8 ;}, {@code … ressources existantes12 :}); elsewhere after
     * the punctuation ({@code … to do so;8}). Operative paragraphs 1 and 2 (the chapeau of 2's sub-paragraphs) are
     * marked. Before, the French marks were read as the words' last letters ({@code faire8}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aMarkGluedBeforeSpacedPunctuationIsAFootnoteReference(Language language) throws Exception {
        String clean = LanguageFixtures.text(LanguageFixtures.COP_RESOLUTION, language);
        ParsedDocument expected = PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, language));
        List<String> paragraphs = new ArrayList<>(List.of(clean.strip().split("\\n\\s*\\n")));
        int op1 = -1;
        for (int i = 0; i < paragraphs.size() && op1 < 0; i++) {
            if (paragraphs.get(i).startsWith("1. ") || paragraphs.get(i).startsWith("1 - ")) {
                op1 = i;
            }
        }
        for (var mark : List.of(java.util.Map.entry(op1, "8"), java.util.Map.entry(op1 + 1, "12"))) {
            String p = paragraphs.get(mark.getKey());
            boolean french = language == Language.FRENCH;
            assertThat(french ? p.endsWith(" ;") || p.endsWith(" :") : true).isTrue();
            paragraphs.set(mark.getKey(), french ? p.substring(0, p.length() - 2) + mark.getValue() + p.substring(p.length() - 2)
                    : p + mark.getValue());
        }
        String marked = String.join("\n\n", paragraphs) + "\n";
        for (String variant : List.of(marked, RawExtraction.of(marked, language, null))) {
            ParsedDocument d = PARSER.parse(LanguageFixtures.source("spaced-mark-" + language.code() + ".txt", variant));
            assertThat(signatures(d)).containsExactlyElementsOf(signatures(expected));
            assertThat(d.provisions()).extracting(Provision::text)
                    .containsExactlyElementsOf(expected.provisions().stream().map(Provision::text).toList());
            assertThat(d.segments()).filteredOn(s -> s.kind() == SegmentKind.FOOTNOTE && s.label().startsWith("mark "))
                    .extracting(Segment::label).containsExactly("mark 8", "mark 12");
            assertThat(d.coverage().describe()).isEqualTo("100.00%");
        }
    }
}
