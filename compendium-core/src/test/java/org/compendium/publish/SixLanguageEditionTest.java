package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.compendium.bench.Regressions;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Theme;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Editions in the six languages from the six-language fixtures (the WG.4 report of meeting 14, COP resolution 13/4 on
 * smuggling of migrants by sea): built from the stored language versions aligned by eId, with each language's
 * interface texts, rendered as PDF and read back with PDFBox (headings and provisions in the language), and as DOCX.
 */
class SixLanguageEditionTest {
    private static final DocumentParser PARSER = new DocumentParser();
    private static DocumentStore store;
    private static final Map<Language, ParsedDocument> REPORTS = new EnumMap<>(Language.class);
    private static final Map<Language, ParsedDocument> RESOLUTIONS = new EnumMap<>(Language.class);

    @BeforeAll
    static void storeTheFixtures() throws Exception {
        store = DocumentStore.open(Files.createTempDirectory("compendium-six-"));
        for (Language l : LanguageFixtures.languages()) {
            REPORTS.put(l, PARSER.parse(LanguageFixtures.source(LanguageFixtures.WG_REPORT, l)));
            RESOLUTIONS.put(l, PARSER.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, l)));
            store.save(REPORTS.get(l));
            store.save(RESOLUTIONS.get(l));
        }
        ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC(), 1000);
        editing.addEditor("ed", "secret-password".toCharArray());
        EditorCredentials ed = new EditorCredentials("ed", "secret-password".toCharArray());
        Theme borders = editing.createTheme(ed, Body.WG_TIP, Map.of("fr", "Contrôle aux frontières", "en", "Border control"), null);
        editing.add(ed, Citation.parse("CTOC/COP/WG.4 meeting 14 rec. 1"), borders.id());
        Theme sea = editing.createTheme(ed, Body.WG_SOM, Map.of("fr", "Trafic par mer"), null);
        editing.add(ed, Citation.parse("COP res. 13/4 op. 2"), sea.id());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Edition edition(Body body, Language l) {
        return new EditionBuilder(store).build(new EditionRequest(body, null, null, l.code()));
    }

    /** The PDF's text as PDFBox extracts it, presentation forms folded (NFKC) and whitespace runs made one space. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return normal(new PDFTextStripper().getText(doc));
        }
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    static byte[] render(Edition e, PublishFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(e, f, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"ARABIC", "CHINESE", "ENGLISH", "FRENCH", "RUSSIAN", "SPANISH"})
    void eachLanguageHasItsOwnProvisionsAlignedByEid(Language l) {
        Edition wg4 = edition(Body.WG_TIP, l);
        assertThat(wg4.partA()).extracting(Edition.Meeting::number).containsExactly(14);
        Regressions.assertCount("parse.fixture.wg-report.recommendations", wg4.partA().getFirst().entries().size());
        assertThat(wg4.missing()).isEmpty();
        assertThat(wg4.partA().getFirst().entries()).allSatisfy(e -> assertThat(e.shownIn()).isNull());
        // Every entry is the provision of the same eId in the edition's language.
        for (Edition.Entry e : wg4.entries()) {
            var own = REPORTS.get(l).provisions().stream().filter(p -> p.citation().equals(e.citation())).findFirst().orElseThrow();
            assertThat(e.text()).isEqualTo(FrenchText.plain(own.text()));
        }
        assertThat(wg4.partA().getFirst().entries()).extracting(Edition.Entry::reference).startsWith("XIV.1", "XIV.2");

        Edition wg7 = edition(Body.WG_SOM, l);
        assertThat(wg7.partB()).singleElement().satisfies(s -> {
            assertThat(s.number()).isEqualTo(13);
            Regressions.assertCount("parse.fixture.cop-resolution.provisions", s.instruments().getFirst().entries().size());
            assertThat(s.instruments().getFirst().title()).isEqualTo(FrenchText.plain(RESOLUTIONS.get(l).metadata().title()));
        });
    }

    @Test
    void theInterfaceTextsAreTheEditionsLanguage() {
        assertThat(edition(Body.WG_TIP, Language.ENGLISH).partAHeading())
                .isEqualTo("A. Recommendations adopted by the Working Group at its fourteenth meeting");
        assertThat(edition(Body.WG_TIP, Language.SPANISH).partAHeading())
                .isEqualTo("A. Recomendaciones aprobadas por el Grupo de Trabajo en su decimocuarta reunión");
        assertThat(edition(Body.WG_TIP, Language.RUSSIAN).partAHeading())
                .isEqualTo("A. Рекомендации, принятые Рабочей группой на своем четырнадцатом совещании");
        assertThat(edition(Body.WG_TIP, Language.ARABIC).partAHeading())
                .isEqualTo("ألف - التوصيات التي اعتمدها الفريق العامل في اجتماعه الرابع عشر");
        assertThat(edition(Body.WG_TIP, Language.CHINESE).partAHeading()).isEqualTo("A. 工作组在其第十四次会议上通过的建议");
        assertThat(edition(Body.WG_TIP, Language.FRENCH).partAHeading())
                .isEqualTo("A. Recommandations adoptées par le Groupe de travail à sa quatorzième réunion");
        assertThat(edition(Body.WG_TIP, Language.ENGLISH).partA().getFirst().heading()).isEqualTo("XIV. Fourteenth meeting, 1–3 July 2025");
        assertThat(edition(Body.WG_TIP, Language.FRENCH).partA().getFirst().heading()).isEqualTo("XIV. Quatorzième réunion, du 1er au 3 juillet 2025");
        assertThat(edition(Body.WG_TIP, Language.CHINESE).partA().getFirst().heading()).isEqualTo("XIV. 第十四次会议，2025年7月1日至3日");
        assertThat(edition(Body.WG_SOM, Language.ENGLISH).partB().getFirst().instruments().getFirst().name()).isEqualTo("Resolution 13/4");
        assertThat(edition(Body.WG_SOM, Language.CHINESE).partB().getFirst().instruments().getFirst().name()).isEqualTo("第13/4号决议");
        assertThat(edition(Body.WG_SOM, Language.ENGLISH).partB().getFirst().instruments().getFirst().entries().getFirst().reference())
                .isEqualTo("XIII.PP 1");
    }

    @Test
    void aThemeWithoutALabelInTheLanguageIsShownInFrenchWithAMarker() throws Exception {
        Edition en = edition(Body.WG_TIP, Language.ENGLISH);
        assertThat(en.index()).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("Border control");
            assertThat(t.labelShownIn()).isNull();
        });
        Edition ru = edition(Body.WG_SOM, Language.RUSSIAN);
        assertThat(ru.index()).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("Trafic par mer");
            assertThat(t.labelShownIn()).isEqualTo(Language.FRENCH);
        });
        assertThat(ru.notes()).anySatisfy(n -> assertThat(n).contains("1 of 1 index themes have no label in ru"));
        String md = new String(render(ru, new PublishFormat.Markdown()), StandardCharsets.UTF_8);
        assertThat(md).contains("**Trafic par mer** [fr]").contains("| Тема |").contains("Часть B : XIII.2");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"ARABIC", "CHINESE", "ENGLISH", "FRENCH", "RUSSIAN", "SPANISH"})
    void thePdfOfEachLanguageOpensWithItsHeadingsAndProvisionsTaggedForAccessibility(Language l) throws Exception {
        for (Body body : List.of(Body.WG_TIP, Body.WG_SOM)) {
            Edition e = edition(body, l);
            byte[] pdf = render(e, new PublishFormat.Pdf());
            Path out = Path.of("target", "editions", body.code() + "-" + l.code() + ".pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, pdf);
            String text = pdfText(pdf);
            EditionTexts t = e.texts();
            assertThat(text).as("title page").contains(normal(t.text("org.name")));
            assertThat(text).as("contents").contains(normal(t.text("contents")));
            assertThat(text).as("index heading").contains(normal(e.indexHeading()));
            String part = body == Body.WG_TIP ? e.partAHeading() : e.partBHeading();
            assertThat(text).as("part heading").contains(normal(part).substring(0, 12));
            for (Edition.Entry x : e.entries().subList(0, Math.min(3, e.entries().size()))) {
                // Lines wrap anywhere: compare a provision's first words (after its leading verb, set in italics apart).
                String words = normal(x.leadingVerb() == null ? x.text() : x.text().substring(x.leadingVerb().length()));
                if (l.rightToLeft()) {
                    // PDFBox rebuilds the logical order of a line, but not always of the numbers inside Arabic text
                    // (11/2, 2022): compare the provision's first Arabic words, each as extracted.
                    assertThat(text).as(x.reference()).contains(java.util.Arrays.stream(words.split(" "))
                            .filter(w -> w.matches("\\p{IsArabic}{3,}")).limit(5).toList());
                } else {
                    assertThat(text).as(x.reference()).contains(words.substring(0, Math.min(30, words.length())));
                }
            }
            PdfAccessibility.assertTagged(pdf, e);
            assertThat(PdfAccessibility.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
        }
    }

    /**
     * The contents page gives, for each line, the page its section starts on, as the PDF's outline (openhtmltopdf's
     * own placing of the same headings) has it: read with PDFBox as the digits at the line's far end — the right edge
     * after the leaders, or the left edge in Arabic — and on the page.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"ARABIC", "CHINESE", "ENGLISH", "FRENCH", "RUSSIAN", "SPANISH"})
    void theContentsPageGivesThePageOfEachSectionInEveryLanguage(Language l) throws Exception {
        Edition e = edition(Body.WG_SOM, l);
        try (PDDocument doc = Loader.loadPDF(render(e, new PublishFormat.Pdf()))) {
            List<Integer> outline = new java.util.ArrayList<>();
            outlinePages(doc, doc.getDocumentCatalog().getDocumentOutline(), outline);
            assertThat(outline).hasSize(4).isSorted();
            assertThat(outline.getFirst()).isGreaterThan(contentsPage(doc, e));
            assertThat(ContentsNumbers.of(doc, contentsPage(doc, e), l.rightToLeft())).as("the contents page of the %s edition", l.code())
                    .isEqualTo(outline);
        }
    }

    private static void outlinePages(PDDocument doc, org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode node,
                                     List<Integer> out) throws java.io.IOException {
        for (var item : node.children()) {
            out.add(doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
            outlinePages(doc, item, out);
        }
    }

    /** The number of the page whose text holds the edition's "Contents" heading. */
    private static int contentsPage(PDDocument doc, Edition e) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (normal(stripper.getText(doc)).contains(normal(e.texts().text("contents")))) {
                return page;
            }
        }
        throw new AssertionError("no contents page");
    }

    /** The page numbers a contents page prints: per line, the run of digits at its far end, above the footer. */
    private static final class ContentsNumbers extends PDFTextStripper {
        private final List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();

        static List<Integer> of(PDDocument doc, int page, boolean rightToLeft) throws java.io.IOException {
            ContentsNumbers s = new ContentsNumbers();
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(doc);
            float width = doc.getPage(page - 1).getMediaBox().getWidth();
            float footer = doc.getPage(page - 1).getMediaBox().getHeight() - 22 * 72 / 25.4f;
            java.util.TreeMap<Integer, List<org.apache.pdfbox.text.TextPosition>> lines = new java.util.TreeMap<>();
            for (var g : s.glyphs) {
                assertThat(g.getXDirAdj()).as("on the page: %s", g.getUnicode()).isBetween(0f, width);
                if (g.getYDirAdj() < footer && !g.getUnicode().isBlank()) {
                    lines.computeIfAbsent(Math.round(g.getYDirAdj()), y -> new java.util.ArrayList<>()).add(g);
                }
            }
            List<Integer> numbers = new java.util.ArrayList<>();
            for (var line : lines.values()) {
                line.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
                if (rightToLeft) {
                    line = line.reversed();
                }
                StringBuilder digits = new StringBuilder();
                for (int i = line.size() - 1; i >= 0 && line.get(i).getUnicode().matches("\\d"); i--) {
                    digits.insert(rightToLeft ? digits.length() : 0, line.get(i).getUnicode());
                }
                if (!digits.isEmpty()) {
                    numbers.add(Integer.parseInt(digits.toString()));
                }
            }
            return numbers;
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            glyphs.add(text);
        }
    }

    @Test
    void aMissingLanguageVersionIsListedAndShownInTheFallbackLanguageWithAMarker() throws Exception {
        try (DocumentStore two = DocumentStore.open(Files.createTempDirectory("compendium-two-"))) {
            two.save(REPORTS.get(Language.FRENCH));
            two.save(REPORTS.get(Language.ENGLISH));
            Edition left = new EditionBuilder(two).build(new EditionRequest(Body.WG_TIP, null, null, "ar"));
            assertThat(left.entries()).isEmpty();
            assertThat(left.missing()).hasSize(4).allSatisfy(m -> assertThat(m.shownIn()).isNull());
            assertThat(left.missing()).extracting(Edition.Missing::reference).containsExactly("XIV.1", "XIV.2", "XIV.3", "XIV.4");
            assertThat(left.notes()).anySatisfy(n -> assertThat(n).contains("4 provisions are not stored in ar").contains("--fallback"));

            Edition shown = new EditionBuilder(two).build(new EditionRequest(Body.WG_TIP, null, null, "ar", Language.ENGLISH));
            assertThat(shown.entries()).hasSize(4).allSatisfy(x -> assertThat(x.shownIn()).isEqualTo(Language.ENGLISH));
            assertThat(shown.entries().getFirst().text()).startsWith("States parties should train border");
            assertThat(shown.missing()).allSatisfy(m -> assertThat(m.shownIn()).isEqualTo(Language.ENGLISH));
            String html = new String(render(shown, new PublishFormat.Html()), StandardCharsets.UTF_8);
            assertThat(html).contains("dir=\"rtl\"").contains("lang=\"en\" dir=\"ltr\"").contains("[النص الإنكليزي]");
        }
    }

    @Test
    void anUnknownLanguageOrFallbackIsRefusedWithTheCodesAccepted() {
        assertThatThrownBy(() -> new EditionRequest(Body.WG_TIP, null, null, "de"))
                .hasMessageContaining("unknown edition language 'de'").hasMessageContaining("[ar, zh, en, fr, ru, es]");
        assertThatThrownBy(() -> new EditionRequest(Body.WG_TIP, null, null, "ar", Language.RUSSIAN))
                .hasMessageContaining("fr or en");
    }

    @Test
    void theArabicDocxIsRightToLeftWithItsLanguageAndStyles() throws Exception {
        byte[] bytes = render(edition(Body.WG_TIP, Language.ARABIC), new PublishFormat.Docx());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String styles = docx.getStyles().getCtStyles().xmlText();
            assertThat(styles).contains("w:bidi=\"ar-SA\"").contains("<w:rtl/>").contains("w:cs=\"Noto Naskh Arabic\"")
                    .contains("w:eastAsia=\"Noto Serif CJK SC\"");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(edition(Body.WG_TIP, Language.ARABIC).title());
            assertThat(docx.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .anySatisfy(p -> assertThat(p.getText()).startsWith("ألف - التوصيات"));
            assertThat(docx.getDocument().xmlText()).as("a contents field Word fills in").contains("TOC \\o");
            // Fonts live in styles, not on runs.
            assertThat(docx.getDocument().xmlText()).doesNotContain("<w:rFonts");
            assertThat(docx.getFooterList()).anySatisfy(f -> assertThat(f._getHdrFtr().xmlText()).contains("PAGE"));
        }
    }
}
