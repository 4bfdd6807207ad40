package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compendium.model.Body;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF edition, read back with PDFBox: A4 pages, title page, contents with page numbers, headings, index rows. */
class PdfEditionTest {
    private static byte[] pdf;
    private static String text;
    private static int pages;

    @BeforeAll
    static void publish() throws Exception {
        try (DocumentStore store = SeedStore.open()) {
            Edition e = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Publisher.render(e, new PublishFormat.Pdf(), out);
            pdf = out.toByteArray();
        }
        // Kept for a look at the pages (pdftoppm -png -f 50 target/editions/WG.7-seed-fr.pdf page).
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "editions"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "editions", "WG.7-seed-fr.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            // Lines wrap anywhere: compare with runs of whitespace made one space.
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            PDFont font = doc.getPage(3).getResources().getFont(doc.getPage(3).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("fonts are embedded").isTrue();
        }
    }

    @Test
    void theEditionIsTaggedAndPassesVeraPdfsPdfUaChecks() throws Exception {
        try (DocumentStore store = SeedStore.open()) {
            Edition e = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
            PdfAccessibility.assertTagged(pdf, e);
        }
        assertThat(PdfAccessibility.pdfUaFailures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
    }

    @Test
    void noReportSymbolBreaksInsideAnIndexCell() throws Exception {
        java.util.Set<String> symbols = new java.util.TreeSet<>();
        try (DocumentStore store = SeedStore.open()) {
            Edition e = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
            e.index().forEach(t -> t.rows().forEach(r -> {
                if (r.reportSymbol() != null) {
                    symbols.add(r.reportSymbol());
                }
            }));
        }
        String lines;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages() - 40);
            lines = stripper.getText(doc);
        }
        assertThat(symbols).hasSizeGreaterThan(10);
        // Each symbol is printed whole on one line of some row: never "CTOC/COP/WG.7/" on one line and "2012/6" below.
        assertThat(symbols).allSatisfy(s -> assertThat(lines).as(s).containsPattern("(?m)" + java.util.regex.Pattern.quote(s)));
        assertThat(lines).doesNotContainPattern("(?m)CTOC/COP/(WG\\.7/)?$");
    }

    @AfterAll
    static void clear() {
        pdf = null;
    }

    @Test
    void theTitlePageAndContentsComeFirst() {
        assertThat(pages).isBetween(50, 120);
        assertThat(text.indexOf("ONUDC")).isLessThan(text.indexOf("Table des matières"));
        assertThat(text).containsPattern("Index thématique des recommandations et des résolutions et décisions pertinentes ?\\.+ ?\\d+");
        assertThat(text).containsPattern("I\\. Première réunion, du 30 mai au 1er juin 2012 ?\\.+ ?\\d+");
    }

    @Test
    void partsMeetingsAndSessionsAreHeadings() {
        for (String heading : new String[] {"A. Recommandations adoptées par le Groupe de travail de sa première à sa",
            "B. Résolutions et décisions adoptées par la Conférence des Parties de sa première à sa",
            "VI. Sixième réunion, du 11 au 13 septembre 2019", "V. Cinquième session, du 18 au 22 octobre 2010", "Résolution 6/3",
            "Décision 1/6"}) {
            assertThat(text.lastIndexOf(heading)).as(heading).isGreaterThan(text.lastIndexOf("Table des matières") + 2000);
        }
        assertThat(text).contains("22. Les États parties voudront peut-être envisager de faire intervenir leurs représentations");
    }

    @Test
    void theIndexFollowsThePartsWithItsRows() {
        int index = text.lastIndexOf("Index thématique des recommandations");
        assertThat(index).isGreaterThan(text.indexOf("Résolution 6/3"));
        String tail = text.substring(index);
        assertThat(tail).contains("Appui consulaire et diplomatique", "Partie A", "Partie B", "Rapport de réunion")
                .contains("Note : Les zones grisées");
        // Cells wrap inside their column, so compare rows without any whitespace.
        assertThat(tail.replace(" ", "")).contains("PartieAI.22CTOC/COP/WG.7/2012/625", "V.2.eCTOC/COP/WG.7/2018/38e)",
                "VI.3CTOC/COP/2012/15Résolution6/33", "IV.6CTOC/COP/WG.7/2017/56");
    }
}
