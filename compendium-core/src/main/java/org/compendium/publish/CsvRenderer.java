package org.compendium.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;

/**
 * Writes the index rows as CSV (RFC 4180, UTF-8, CRLF): a header, then one row per theme and meeting or instrument
 * with the published cells. Columns: {@link #HEADER}.
 */
final class CsvRenderer {
    static final List<String> HEADER = List.of("theme_id", "theme", "part", "references", "report_symbol", "instrument",
            "paragraphs", "recommendations", "citations");

    private CsvRenderer() {
    }

    static void write(Edition e, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, HEADER);
        for (IndexTheme t : e.index()) {
            for (IndexRow r : t.rows()) {
                line(w, List.of(t.id(), t.label(), r.part().name(), r.referenceCell(), nz(r.reportSymbol()), nz(r.instrument()),
                        r.paragraphs(), r.recommendations(),
                        String.join(" | ", r.references().stream().map(x -> x.citation().toString()).toList())));
            }
        }
        w.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            w.write(c.matches("[^\",\r\n]*") ? c : '"' + c.replace("\"", "\"\"") + '"');
        }
        w.write("\r\n");
    }
}
