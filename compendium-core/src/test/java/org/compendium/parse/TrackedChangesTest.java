package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.compendium.ingest.SourceReader;
import org.compendium.ingest.SourceText;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOCX with tracked changes is read as it would be accepted: inserted text ({@code w:ins}) is in the provisions,
 * deleted text ({@code w:del}) in none, and the outcome says that it was read so.
 */
class TrackedChangesTest {
    @TempDir
    Path dir;

    @Test
    void insertionsAreKeptDeletionsLeftOutAndTheOutcomeSaysSo() throws Exception {
        Path docx = dir.resolve("draft-13-4.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("Resolution 13/4");
            d.createParagraph().createRun().setText("Strengthening cooperation against the smuggling of migrants by sea");
            d.createParagraph().createRun().setText("The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,");
            d.createParagraph().createRun().setText("Recalling its resolution 11/2,");
            XWPFParagraph op = d.createParagraph();
            op.createRun().setText("1. Requests the Secretariat to ");
            var deletion = op.getCTP().addNewDel();
            deletion.setId(BigInteger.ONE);
            deletion.setAuthor("editor");
            deletion.addNewR().addNewDelText().setStringValue("carry out");
            var insertion = op.getCTP().addNewIns();
            insertion.setId(BigInteger.TWO);
            insertion.setAuthor("editor");
            insertion.addNewR().addNewT().setStringValue("conduct");
            op.createRun().setText(" a study on maritime routes;");
            XWPFParagraph dropped = d.createParagraph();
            var whole = dropped.getCTP().addNewDel();
            whole.setId(BigInteger.valueOf(3));
            whole.setAuthor("editor");
            whole.addNewR().addNewDelText().setStringValue("2. Decides to remain seized of the matter.");
            d.write(out);
        }

        SourceText source = new SourceReader().read(docx);
        ParsedDocument doc = new DocumentParser().parse(source);

        assertThat(source.text()).contains("to conduct a study").doesNotContain("carry out").doesNotContain("remain seized");
        assertThat(source.notes()).containsExactly("tracked changes read as accepted: 1 insertion kept, 2 deletions left out");
        assertThat(doc.provisions()).extracting(p -> p.citation().toString())
                .containsExactly("COP res. 13/4 pp. 1", "COP res. 13/4 op. 1");
        assertThat(doc.provisions()).filteredOn(p -> p.citation().equals(Citation.parse("COP res. 13/4 op. 1")))
                .singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("Requests the Secretariat to conduct a study on maritime routes;"));
        assertThat(doc.warnings()).first().isEqualTo("tracked changes read as accepted: 1 insertion kept, 2 deletions left out");
    }
}
