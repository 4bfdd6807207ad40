package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF edition's accessibility two ways: veraPDF's PDF/UA-1 validation (its machine-checkable rules), and the
 * structure read back with PDFBox — a structure tree with headings, paragraphs and tables, the document language, the
 * title shown as the window title, and an outline.
 */
final class PdfAccessibility {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAccessibility() {
    }

    /** The rules of PDF/UA-1 that {@code pdf} fails, as {@code clause test-number (count)}; empty when compliant. */
    static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> out = new ArrayList<>();
            result.getFailedChecks().forEach((rule, n) -> out.add(rule.getClause() + " " + rule.getTestNumber() + " (" + n + ")"));
            return out;
        }
    }

    /** Asserts the tagged structure, language, title and outline of {@code pdf}. */
    static void assertTagged(byte[] pdf, Edition e) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("marked").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("marked content").isTrue();
            assertThat(catalog.getLanguage()).as("document language").isEqualTo(e.language());
            assertThat(doc.getDocumentInformation().getTitle()).as("title").isEqualTo(e.title());
            assertThat(catalog.getViewerPreferences()).isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            List<String> tags = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), tags);
            assertThat(tags).as("structure tags").contains("H1", "H2", "H3", "P", "Table", "TR", "TH", "TD");
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem i : catalog.getDocumentOutline().children()) {
                outline.add(i.getTitle());
                i.children().forEach(c -> outline.add(c.getTitle()));
            }
            assertThat(outline).as("outline").contains(e.texts().text("introduction"), e.indexHeading());
            if (!e.partA().isEmpty()) {
                assertThat(outline).contains(e.partAHeading(), e.partA().getFirst().heading());
            }
            if (!e.partB().isEmpty()) {
                assertThat(outline).contains(e.partBHeading(), e.partB().getFirst().heading());
            }
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                tags.add(el.getStructureType());
                collect(el, tags);
            }
        }
    }
}
