package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.compendium.model.Body;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DOCX edition, read back with POI: heading styles, the contents field, the index table and its shaded COP rows. */
class DocxEditionTest {
    private static XWPFDocument docx;

    @BeforeAll
    static void publish() throws Exception {
        try (DocumentStore store = SeedStore.open()) {
            Edition e = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Publisher.render(e, new PublishFormat.Docx(), out);
            docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        }
    }

    @Test
    void partsMeetingsSessionsAndTheIndexAreHeadingsInOrder() {
        List<String> headings = docx.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .map(XWPFParagraph::getText).toList();
        assertThat(headings).anyMatch(h -> h.startsWith("I. Première réunion"))
                .anyMatch(h -> h.startsWith("VI. Sixième session"))
                .anyMatch(h -> h.startsWith("Index thématique"));
        assertThat(headings.indexOf(headings.stream().filter(h -> h.startsWith("Index thématique")).findFirst().orElseThrow()))
                .isGreaterThan(headings.indexOf(headings.stream().filter(h -> h.startsWith("VI. Sixième session")).findFirst().orElseThrow()));
    }

    @Test
    void theIndexTableRepeatsItsHeaderAndShadesCopRows() {
        XWPFTable index = docx.getTables().getLast();
        assertThat(index.getRow(0).isRepeatHeader()).as("header row repeats on each page").isTrue();
        List<XWPFTableRow> rows = index.getRows();
        assertThat(rows).anyMatch(r -> r.getCell(1).getText().contains("I.22"));
        XWPFTableRow cop = rows.stream().filter(r -> r.getCell(1).getText().equals("V.7")).findFirst().orElseThrow();
        assertThat(cop.getCell(2).getText()).isEqualTo("CTOC/COP/2010/17");
        assertThat(cop.getCell(1).getColor()).as("COP rows are shaded").isNotNull();
    }

    @Test
    void theDocumentCarriesAContentsField() {
        assertThat(docx.getDocument().xmlText()).contains("TOC \\o");
    }
}
