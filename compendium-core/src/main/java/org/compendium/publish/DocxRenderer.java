package org.compendium.publish;

import org.compendium.model.IndexPart;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes an edition as a Word document (Apache POI): {@code Heading1}–{@code Heading3} styles (so Word's navigation
 * pane and contents work), a TOC field that Word fills in when the document is opened (the document asks to update
 * its fields), numbered paragraphs, and the index as one table whose two header rows repeat on every page and whose
 * COP rows are shaded. A4 portrait.
 */
final class DocxRenderer {
    private static final String SHADE = "D9D9D9";
    private static final String FONT = "Times New Roman";

    private DocxRenderer() {
    }

    static void write(Edition e, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, "ONUDC", true, false, 28);
            title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, e.title(), true, false, 20).addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);

            heading(doc, 1, "Table des matières");
            XWPFParagraph toc = doc.createParagraph();
            toc.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-3\" \\h \\z \\u");
            doc.enforceUpdateFields();

            heading(doc, 1, "Introduction");
            e.introduction().forEach(p -> run(doc.createParagraph(), p, false, false, 21));
            heading(doc, 1, e.partAHeading());
            for (Meeting m : e.partA()) {
                heading(doc, 2, m.heading());
                entries(doc, m.entries());
            }
            heading(doc, 1, e.partBHeading());
            for (Session s : e.partB()) {
                heading(doc, 2, s.heading());
                for (Instrument i : s.instruments()) {
                    heading(doc, 3, i.name());
                    XWPFParagraph t = doc.createParagraph();
                    t.setAlignment(ParagraphAlignment.CENTER);
                    run(t, i.title(), true, false, 21);
                    run(doc.createParagraph(), i.opening(), false, false, 21);
                    entries(doc, i.entries());
                }
            }
            heading(doc, 1, Edition.INDEX_HEADING);
            index(doc, e.index());
            run(doc.createParagraph(), IndexNote.TEXT, false, false, 17);
            doc.write(out);
        }
    }

    private static void entries(XWPFDocument doc, List<Entry> entries) {
        for (Entry x : entries) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(567 * (1 + x.depth()));
            p.setIndentationHanging(567);
            run(p, x.number() + "\t", false, false, 21);
            if (x.leadingVerb() != null) {
                run(p, x.leadingVerb(), false, true, 21);
                run(p, x.text().substring(x.leadingVerb().length()), false, false, 21);
            } else {
                run(p, x.text(), false, false, 21);
            }
        }
    }

    private static void index(XWPFDocument doc, List<IndexTheme> themes) {
        XWPFTable table = doc.createTable();
        table.setWidth("100%");
        XWPFTableRow h1 = table.getRow(0);
        cells(h1, "Thème", "Paragraphes/recommandations dans le recueil", "Rapport de réunion", "", "", "");
        XWPFTableRow h2 = table.createRow();
        cells(h2, "", "", "Cote", "Résolution/décision", "Paragraphes", "Recommandations");
        for (XWPFTableRow h : List.of(h1, h2)) {
            h.setRepeatHeader(true);
            h.setCantSplitRow(true);
            for (XWPFTableCell c : h.getTableCells()) {
                c.setColor("E6E6E6");
                c.getParagraphs().getFirst().getRuns().forEach(r -> r.setBold(true));
            }
        }
        for (IndexTheme t : themes) {
            IndexPart part = null;
            boolean first = true;
            for (IndexRow r : t.rows()) {
                if (r.part() != part) {
                    part = r.part();
                    XWPFTableRow pr = table.createRow();
                    cells(pr, first ? t.label() : "", "Partie " + part, "", "", "", "");
                    if (first) {
                        pr.getCell(0).getParagraphs().getFirst().getRuns().forEach(x -> x.setBold(true));
                    }
                    first = false;
                }
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                cells(row, "", r.referenceCell(), nz(r.reportSymbol()), nz(r.instrument()), r.paragraphs(), r.recommendations());
                if (r.part() == IndexPart.B) {
                    for (int i = 1; i < 6; i++) {
                        row.getCell(i).setColor(SHADE);
                    }
                }
            }
        }
    }

    private static void cells(XWPFTableRow row, String... values) {
        while (row.getTableCells().size() < values.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < values.length; i++) {
            XWPFTableCell c = row.getCell(i);
            XWPFParagraph p = c.getParagraphs().isEmpty() ? c.addParagraph() : c.getParagraphs().getFirst();
            p.getRuns().forEach(r -> r.setText("", 0));
            run(p, values[i], false, false, 17);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int halfPoints) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(halfPoints / 2.0);
        return r;
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        int[] sizes = {28, 24, 22};
        for (int level = 1; level <= 3; level++) {
            CTStyle s = CTStyle.Factory.newInstance();
            s.setStyleId("Heading" + level);
            s.setType(STStyleType.PARAGRAPH);
            s.addNewName().setVal("heading " + level);
            s.addNewQFormat();
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            CTRPr rpr = s.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            styles.addStyle(new XWPFStyle(s, styles));
        }
    }
}
