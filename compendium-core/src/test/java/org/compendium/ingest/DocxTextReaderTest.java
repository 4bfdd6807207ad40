package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** The text shape {@link DocxTextReader} gives for numbered lists, tables and footnotes. */
class DocxTextReaderTest {
    private final DocxTextReader reader = new DocxTextReader();

    @Test
    void listParagraphsKeepTheirVisibleNumbersAndSubLevelsRestart() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = decimalThenLetterList(document);
            paragraph(document, "Décide :", null, 0);
            paragraph(document, "de poursuivre ses travaux ;", list, 0);
            paragraph(document, "de se réunir :", list, 0);
            paragraph(document, "chaque année ;", list, 1);
            paragraph(document, "selon les besoins ;", list, 1);
            paragraph(document, "Prie le Secrétariat", list, 0);
            paragraph(document, "de faire rapport.", list, 1);

            assertThat(reader.extract("liste.docx", bytes(document))).isEqualTo("""
                    Décide :

                    1. de poursuivre ses travaux ;

                    2. de se réunir :

                    a) chaque année ;

                    b) selon les besoins ;

                    3. Prie le Secrétariat

                    a) de faire rapport.
                    """);
        }
    }

    @Test
    void tableRowsBecomeOneLineWithTabSeparatedCellsInDocumentOrder() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Avant le tableau");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Cote");
            table.getRow(0).getCell(1).setText("Titre");
            table.getRow(1).getCell(0).setText("CTOC/COP/2020/1");
            table.getRow(1).getCell(1).setText("Ordre du jour provisoire");
            document.createParagraph().createRun().setText("Après le tableau");

            assertThat(reader.extract("tableau.docx", bytes(document))).isEqualTo("""
                    Avant le tableau

                    Cote\tTitre

                    CTOC/COP/2020/1\tOrdre du jour provisoire

                    Après le tableau
                    """);
        }
    }

    @Test
    void footnotesFollowTheBodyAfterARuleEachWithItsNumber() throws Exception {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph body = document.createParagraph();
            body.createRun().setText("Rappelant sa résolution 5/5");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("Voir CTOC/COP/2010/17, chap. I.");
            body.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
            body.createRun().setText(", dans laquelle");

            String text = reader.extract("notes.docx", bytes(document));

            String number = DocxTextReader.superscript(footnote.getId().toString());
            assertThat(text).isEqualTo("Rappelant sa résolution 5/5" + number + ", dans laquelle\n\n"
                    + DocxTextReader.FOOTNOTE_RULE + "\n\n" + number + " Voir CTOC/COP/2010/17, chap. I.\n");
        }
    }

    @Test
    void footnoteNumbersAreWrittenInSuperscriptDigits() {
        assertThat(DocxTextReader.superscript("1")).isEqualTo("¹");
        assertThat(DocxTextReader.superscript("12")).isEqualTo("¹²");
        assertThat(DocxTextReader.superscript("3")).isEqualTo("³");
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "1, decimal, 1", "12, decimal, 12", "1, lowerLetter, a", "26, lowerLetter, z", "27, lowerLetter, aa",
            "2, upperLetter, B", "4, lowerRoman, iv", "1994, upperRoman, MCMXCIV", "7, decimalZero, 07",
            "3, ordinal, 3"
    })
    void numberFormatsFollowWord(int value, String format, String expected) {
        assertThat(DocxListNumbering.formatNumber(value, format)).isEqualTo(expected);
    }

    private static BigInteger decimalThenLetterList(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
        level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "%2)");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(abstractId);
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument document, String text, BigInteger numId, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        if (numId != null) {
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }
        paragraph.createRun().setText(text);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
