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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The DOCX edition, read back with POI: heading styles, the contents field, the index table and its shaded COP rows. */
class DocxEditionTest {
    private static XWPFDocument docx;
    private static Edition edition;

    @BeforeAll
    static void publish() throws Exception {
        try (DocumentStore store = SeedStore.open()) {
            edition = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Publisher.render(edition, new PublishFormat.Docx(), out);
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
    void theContentsFieldIsFilledWithTheContentsLinesEachLinkedToItsHeading() {
        List<XWPFParagraph> toc = docx.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().matches("TOC\\d")).toList();
        // 14 lines: the introduction, the two parts, 6 meetings and 4 sessions (sessions 1-6 hold instruments on smuggling in 4), the index.
        assertThat(toc).extracting(XWPFParagraph::getText).containsExactlyElementsOf(edition.contents().stream().map(Edition.ContentsLine::heading).toList())
                .hasSize(2 + edition.partA().size() + edition.partB().size() + 2);
        assertThat(toc).extracting(XWPFParagraph::getStyle)
                .containsExactlyElementsOf(edition.contents().stream().map(l -> "TOC" + l.level()).toList());
        // One field around them all: begin and instruction in the first line, end in the last.
        var first = toc.getFirst().getCTP();
        assertThat(first.getRArray(0).getFldCharArray(0).getFldCharType()).isEqualTo(STFldCharType.BEGIN);
        assertThat(first.getRArray(1).getInstrTextArray(0).getStringValue()).isEqualTo(" TOC \\o \"1-2\" \\h \\z \\u ");
        assertThat(first.getRArray(2).getFldCharArray(0).getFldCharType()).isEqualTo(STFldCharType.SEPARATE);
        var last = toc.getLast().getCTP();
        assertThat(last.getRArray(last.sizeOfRArray() - 1).getFldCharArray(0).getFldCharType()).isEqualTo(STFldCharType.END);
        assertThat(docx.getDocument().xmlText().indexOf("w:fldCharType=\"end\"")).as("the end follows the last line's link")
                .isGreaterThan(docx.getDocument().xmlText().indexOf(edition.indexHeading()));
        // Each line links to the bookmark of the heading with the same text.
        java.util.Map<String, String> headingOfBookmark = new java.util.HashMap<>();
        docx.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .forEach(p -> java.util.Arrays.stream(p.getCTP().getBookmarkStartArray()).forEach(b -> headingOfBookmark.put(b.getName(), p.getText())));
        assertThat(headingOfBookmark).hasSize(toc.size());
        for (XWPFParagraph line : toc) {
            assertThat(line.getCTP().sizeOfHyperlinkArray()).isEqualTo(1);
            assertThat(headingOfBookmark.get(line.getCTP().getHyperlinkArray(0).getAnchor())).isEqualTo(line.getText());
        }
        assertThat(docx.getSettings().getCTSettings().getUpdateFields().getVal()).as("Word adds the page numbers on opening").isNotNull();
    }
}
