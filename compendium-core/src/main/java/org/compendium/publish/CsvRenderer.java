package org.compendium.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;

/**
 * Writes the index rows as CSV (RFC 4180, UTF-8, CRLF) through Jackson's CSV writer: a header, then one row per theme
 * and meeting or instrument with the published cells. Columns: {@link #HEADER}.
 */
final class CsvRenderer {
    static final List<String> HEADER = List.of("theme_id", "theme", "part", "references", "report_symbol", "instrument",
            "paragraphs", "recommendations", "citations");

    private static final CsvMapper MAPPER = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = schema();

    private CsvRenderer() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        HEADER.forEach(b::addColumn);
        return b.build();
    }

    static void write(Edition e, OutputStream out) throws IOException {
        EditionTexts texts = e.texts();
        try (var w = MAPPER.writer(SCHEMA).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
            for (IndexTheme t : e.index()) {
                for (IndexRow r : t.rows()) {
                    w.write(List.of(t.id(), t.label(), r.part().name(), r.referenceCell(texts), nz(r.reportSymbol()), nz(r.instrument()),
                            r.paragraphs(), r.recommendations(),
                            String.join(" | ", r.references().stream().map(x -> x.citation().toString()).toList())));
                }
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
