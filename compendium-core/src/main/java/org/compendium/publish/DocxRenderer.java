package org.compendium.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.compendium.model.IndexPart;
import org.compendium.model.Language;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes an edition as a Word document (Apache POI), built on styles: every paragraph names a style ({@code Title},
 * {@code Heading1}–{@code Heading3}, {@code Entry}, {@code EntryTitle}, {@code IndexCell}, {@code Note},
 * {@code FrontMatter}) and the fonts, size and language live in the styles alone, never on runs (only a leading verb's
 * italics is a character style, {@code LeadingVerb}). The default run properties name a font per script — Latin
 * (Times New Roman), complex script (Noto Naskh Arabic, from {@code fonts-noto-core}) and East Asian (Noto Serif CJK
 * SC, from {@code fonts-noto-cjk}) — and {@code w:lang} with its {@code w:bidi="ar-SA"} and {@code w:eastAsia="zh-CN"};
 * an Arabic edition's paragraphs are {@code w:bidi} and its runs {@code w:rtl}, its tables {@code w:bidiVisual}.
 *
 * <p>Also: a table of contents field filled with the contents lines, each a link to its heading (Word adds the page
 * numbers on opening: the document asks to update its fields), page numbers in the footer (a {@code PAGE} field), the core properties
 * (title, creator, language), and the index as one table whose two header rows repeat on every page and whose COP
 * rows are shaded. A4 portrait.
 */
final class DocxRenderer {
    private static final String SHADE = "D9D9D9";

    private DocxRenderer() {
    }

    static void write(Edition e, OutputStream out) throws IOException {
        EditionTexts t = e.texts();
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc, t.language());
            properties(doc, e);
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            if (t.rightToLeft()) {
                sect.addNewBidi();
            }
            pageNumbers(doc);

            paragraph(doc, "Title", t.text("org.short"));
            paragraph(doc, "Title", e.title());
            paragraph(doc, "Subtitle", t.bodyName(e.body()) + " (" + e.body().symbolPrefix() + ")");
            XWPFParagraph last = paragraph(doc, "FrontMatter", "");
            for (String p : FrontMatter.of(e).paragraphs()) {
                last = paragraph(doc, "FrontMatter", p);
            }
            last.createRun().addBreak(BreakType.PAGE);

            List<Edition.ContentsLine> lines = e.contents();
            paragraph(doc, "TOCHeading", t.text("contents"));
            contents(doc, lines);

            heading(doc, 1, t.text("introduction"), bookmark(lines, "introduction"));
            e.introduction().forEach(p -> paragraph(doc, "BodyText", p));
            if (!e.partA().isEmpty()) {
                heading(doc, 1, e.partAHeading(), bookmark(lines, "part-a"));
            }
            for (Meeting m : e.partA()) {
                heading(doc, 2, m.heading(), bookmark(lines, "meeting-" + m.number()));
                entries(doc, m.entries(), t);
            }
            if (!e.partB().isEmpty()) {
                heading(doc, 1, e.partBHeading(), bookmark(lines, "part-b"));
            }
            for (Session s : e.partB()) {
                heading(doc, 2, s.heading(), bookmark(lines, "session-" + s.number()));
                for (Instrument i : s.instruments()) {
                    heading(doc, 3, i.name(), 0);
                    paragraph(doc, "EntryTitle", i.title());
                    if (!i.opening().isEmpty()) {
                        paragraph(doc, "BodyText", i.opening());
                    }
                    entries(doc, i.entries(), t);
                }
            }
            heading(doc, 1, e.indexHeading(), bookmark(lines, "index"));
            index(doc, e.index(), t);
            paragraph(doc, "Note", t.text("index.note"));
            doc.write(out);
        }
    }

    /**
     * The table of contents: a TOC field over heading levels 1–2 whose result is already filled with the edition's
     * contents lines ({@link Edition#contents}), each a link to its heading's bookmark, so that the contents read right
     * in any viewer; Word recomputes it with page numbers when the document is opened (the document asks to update
     * its fields). No page numbers are written in advance: the PDF's pagination is not Word's (other fonts, other
     * line breaks), and a wrong number is worse than none.
     */
    private static void contents(XWPFDocument doc, List<Edition.ContentsLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Edition.ContentsLine line = lines.get(i);
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("TOC" + line.level());
            CTP ctp = p.getCTP();
            if (i == 0) {
                ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                ctp.addNewR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
                ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            }
            CTHyperlink link = ctp.addNewHyperlink();
            link.setAnchor(bookmarkName(i + 1));
            link.addNewR().addNewT().setStringValue(line.heading());
            if (i == lines.size() - 1) {
                ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
        doc.enforceUpdateFields();
    }

    /** The number of the contents line {@code id}, 1 for the first: its heading's bookmark is {@code _Toc1}. */
    private static int bookmark(List<Edition.ContentsLine> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no contents line " + id);
    }

    /** The name of the bookmark of contents line {@code number}: {@code _Toc} names are hidden in Word, like its own. */
    private static String bookmarkName(int number) {
        return "_Toc" + number;
    }

    /** A footer with the page number (a PAGE field), centred. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static void properties(XWPFDocument doc, Edition e) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(e.title());
        core.setCreator("Compendium");
        core.setSubjectProperty(e.texts().bodyName(e.body()));
        core.getUnderlyingProperties().setLanguageProperty(e.texts().locale().toLanguageTag());
    }

    private static void entries(XWPFDocument doc, List<Entry> entries, EditionTexts t) {
        for (Entry x : entries) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Entry" + Math.min(x.depth(), 2));
            p.createRun().setText(x.number() + "\t");
            if (x.leadingVerb() != null) {
                XWPFRun verb = p.createRun();
                verb.setText(x.leadingVerb());
                verb.setStyle("LeadingVerb");
                p.createRun().setText(x.text().substring(x.leadingVerb().length()));
            } else {
                p.createRun().setText(x.text());
            }
            if (x.shownIn() != null) {
                lang(p.getRuns(), x.shownIn());
                XWPFRun marker = p.createRun();
                marker.setText(" " + t.fallbackMarker(x.shownIn()));
                marker.setStyle("Marker");
            }
        }
    }

    /** Marks runs as written in {@code language} (a fallback text inside another language's edition). */
    private static void lang(List<XWPFRun> runs, Language language) {
        for (XWPFRun r : runs) {
            CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            rpr.addNewLang().setVal(tag(language));
        }
    }

    private static void index(XWPFDocument doc, List<IndexTheme> themes, EditionTexts t) {
        XWPFTable table = doc.createTable();
        table.setWidth("100%");
        if (t.rightToLeft()) {
            table.getCTTbl().getTblPr().addNewBidiVisual();
        }
        XWPFTableRow h1 = table.getRow(0);
        cells(h1, t.text("index.theme"), t.text("index.references"), t.text("index.report"), "", "", "");
        XWPFTableRow h2 = table.createRow();
        cells(h2, "", "", t.text("index.symbol"), t.text("index.instrument.short"), t.text("index.paragraphs.short"),
                t.text("index.recommendations.short"));
        for (XWPFTableRow h : List.of(h1, h2)) {
            h.setRepeatHeader(true);
            h.setCantSplitRow(true);
            for (XWPFTableCell c : h.getTableCells()) {
                c.setColor("E6E6E6");
                c.getParagraphs().getFirst().setStyle("IndexHeader");
            }
        }
        for (IndexTheme theme : themes) {
            IndexPart part = null;
            boolean first = true;
            for (IndexRow r : theme.rows()) {
                if (r.part() != part) {
                    part = r.part();
                    XWPFTableRow pr = table.createRow();
                    String label = theme.labelShownIn() == null ? theme.label() : theme.label() + " " + t.text("marker.label");
                    cells(pr, first ? label : "", t.part(part), "", "", "", "");
                    if (first) {
                        pr.getCell(0).getParagraphs().getFirst().setStyle("IndexTheme");
                    }
                    first = false;
                }
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                cells(row, "", r.referenceCell(t), nz(r.reportSymbol()), nz(r.instrument()), r.paragraphs(), r.recommendations());
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
            p.setStyle("IndexCell");
            p.createRun().setText(values[i]);
            if (i == 2) {
                // A symbol is one word: its slashes must not break it across lines.
                (c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr()).addNewNoWrap();
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A heading; the bookmark of contents line {@code contentsLine} (0 for none) marks it for the contents' link. */
    private static void heading(XWPFDocument doc, int level, String text, int contentsLine) {
        XWPFParagraph p = paragraph(doc, "Heading" + level, text);
        if (contentsLine > 0) {
            BigInteger id = BigInteger.valueOf(contentsLine);
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setId(id);
            start.setName(bookmarkName(contentsLine));
            p.getCTP().addNewBookmarkEnd().setId(id);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** The BCP 47 tag Word expects in {@code w:lang} ({@code fr-FR}, {@code ar-SA}, {@code zh-CN}). */
    private static String tag(Language l) {
        return switch (l) {
            case ARABIC -> "ar-SA";
            case CHINESE -> "zh-CN";
            case ENGLISH -> "en-GB";
            case FRENCH -> "fr-FR";
            case RUSSIAN -> "ru-RU";
            case SPANISH -> "es-ES";
            case UNDETERMINED -> "und";
        };
    }

    private static void styles(XWPFDocument doc, Language language) {
        XWPFStyles styles = doc.createStyles();
        var all = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        // Document defaults: the fonts of the three script classes, the size, the languages; right to left for Arabic.
        var defaults = all.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs(language == Language.ARABIC ? "Noto Naskh Arabic" : "Times New Roman");
        fonts.setEastAsia("Noto Serif CJK SC");
        rpr.addNewSz().setVal(BigInteger.valueOf(21));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(21));
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(tag(language == Language.ARABIC || language == Language.CHINESE ? Language.ENGLISH : language));
        lang.setBidi("ar-SA");
        lang.setEastAsia("zh-CN");
        if (language == Language.ARABIC) {
            lang.setBidi(tag(Language.ARABIC));
            rpr.addNewRtl();
            defaults.addNewPPrDefault().addNewPPr().addNewBidi();
        }
        styles.setStyles(all);
        style(styles, "Normal", "Normal", null, 0, false, false, null);
        style(styles, "Title", "Title", "Normal", 40, true, false, STJc.CENTER);
        style(styles, "Subtitle", "Subtitle", "Normal", 24, false, false, STJc.CENTER);
        style(styles, "FrontMatter", "Front matter", "Normal", 17, false, false, null);
        style(styles, "TOCHeading", "TOC Heading", "Normal", 28, true, false, null);
        style(styles, "TOC1", "toc 1", "Normal", 0, false, false, null);
        CTStyle toc2 = style(styles, "TOC2", "toc 2", "Normal", 0, false, false, null);
        toc2.getPPr().addNewInd().setStart(BigInteger.valueOf(440));
        int[] sizes = {28, 24, 22};
        for (int level = 1; level <= 3; level++) {
            CTStyle s = style(styles, "Heading" + level, "heading " + level, "Normal", sizes[level - 1], true, false, level == 3 ? STJc.CENTER : null);
            s.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            s.getPPr().addNewKeepNext();
        }
        style(styles, "BodyText", "Body Text", "Normal", 0, false, false, STJc.BOTH);
        style(styles, "EntryTitle", "Entry title", "Normal", 0, true, false, STJc.CENTER);
        for (int depth = 0; depth <= 2; depth++) {
            CTStyle s = style(styles, "Entry" + depth, "Entry " + depth, "Normal", 0, false, false, STJc.BOTH);
            var ind = s.getPPr().addNewInd();
            ind.setStart(BigInteger.valueOf(567L * (1 + depth)));
            ind.setHanging(BigInteger.valueOf(567));
        }
        style(styles, "IndexCell", "Index cell", "Normal", 17, false, false, null);
        style(styles, "IndexHeader", "Index header", "IndexCell", 17, true, false, null);
        style(styles, "IndexTheme", "Index theme", "IndexCell", 17, true, false, null);
        style(styles, "Note", "Note", "Normal", 17, false, false, null);
        style(styles, "Footer", "footer", "Normal", 18, false, false, STJc.CENTER);
        CTStyle verb = CTStyle.Factory.newInstance();
        verb.setStyleId("LeadingVerb");
        verb.setType(STStyleType.CHARACTER);
        verb.addNewName().setVal("Leading verb");
        CTRPr vr = verb.addNewRPr();
        vr.addNewI();
        vr.addNewICs();
        styles.addStyle(new XWPFStyle(verb, styles));
        CTStyle marker = CTStyle.Factory.newInstance();
        marker.setStyleId("Marker");
        marker.setType(STStyleType.CHARACTER);
        marker.addNewName().setVal("Fallback marker");
        marker.addNewRPr().addNewColor().setVal("555555");
        styles.addStyle(new XWPFStyle(marker, styles));
    }

    private static CTStyle style(XWPFStyles styles, String id, String name, String basedOn, int halfPoints, boolean bold,
                                 boolean italic, STJc.Enum align) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        var ppr = s.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(120));
        if (align != null) {
            ppr.addNewJc().setVal(align);
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (italic) {
            rpr.addNewI();
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
        styles.addStyle(new XWPFStyle(s, styles));
        return s;
    }
}
