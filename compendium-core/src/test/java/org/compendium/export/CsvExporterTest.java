package org.compendium.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compendium.store.StoreFixtures.compendium;
import static org.compendium.store.StoreFixtures.copResolution;
import static org.compendium.store.StoreFixtures.wg7Report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    @Test
    void theHeaderNamesTheDocumentedColumns() throws Exception {
        List<List<String>> rows = parse(export());
        assertThat(rows.get(0)).containsExactly("source", "type", "body", "meeting", "session", "symbol", "citation",
                "kind", "number", "path", "label", "leading_verb", "start", "end", "text");
    }

    @Test
    void thereIsOneRowPerProvision() throws Exception {
        List<List<String>> rows = parse(export());
        assertThat(rows).hasSize(1 + 3 + 2 + 1);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(6)).containsExactly(
                "CTOC/COP/WG.7 meeting 8 rec. 12", "CTOC/COP/WG.7 meeting 8 rec. 12(a)", "CTOC/COP/WG.7 meeting 8 rec. 13",
                "COP res. 11/5 pp. 1", "COP res. 11/5 op. 4", "CTOC/COP/WG.7 meeting 8 rec. 12");
    }

    @Test
    void textWithCommasQuotesAndLineBreaksIsQuotedAndReadsBackUnchanged() throws Exception {
        String csv = export();
        // The sub-paragraph's text is: l’échange d’informations,\n"rapide" et sûr
        assertThat(csv).contains("\"l’échange d’informations,\n\"\"rapide\"\" et sûr\"");
        List<List<String>> rows = parse(csv);
        assertThat(rows.get(2).get(14)).isEqualTo("l’échange d’informations,\n\"rapide\" et sûr");
        assertThat(rows.get(1).get(14)).isEqualTo(wg7Report("r", "x").provisions().get(0).text());
    }

    @Test
    void cellsUseCodesAndLeaveUnknownValuesEmpty() throws Exception {
        List<List<String>> rows = parse(export());
        assertThat(rows.get(1)).containsExactly("rapport.pdf", "meeting-report", "WG.7", "8", "", "CTOC/COP/WG.7/2021/3",
                "CTOC/COP/WG.7 meeting 8 rec. 12", "recommendation", "12", "B/12", "Recommandation 12", "", "120", "260",
                wg7Report("r", "x").provisions().get(0).text());
        assertThat(rows.get(3).subList(10, 14)).containsExactly("", "", "", "");
        assertThat(rows.get(5).subList(0, 12)).containsExactly("res.txt", "resolution", "COP", "", "11", "",
                "COP res. 11/5 op. 4", "operative", "4", "op/4", "4", "Prie instamment");
        assertThat(rows.get(6).subList(0, 6)).containsExactly("c.docx", "compendium", "", "", "", "");
    }

    @Test
    void aStreamGetsUtf8WithoutAByteOrderMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int written = CsvExporter.to(bytes).writeAll(List.of(copResolution("res.txt", "bb02")));
        assertThat(written).isEqualTo(1);
        byte[] raw = bytes.toByteArray();
        assertThat(raw[0]).isEqualTo((byte) 's');
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).contains("Prie instamment les États parties d’agir.");
    }

    private static String export() {
        StringWriter out = new StringWriter();
        CsvExporter.to(out).writeAll(List.of(
                wg7Report("rapport.pdf", "aa01"), copResolution("res.txt", "bb02"), compendium("c.docx", "cc03")));
        return out.toString();
    }

    private static List<List<String>> parse(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }
}
