package org.compendium.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;

/**
 * The CSV exporter: one row per provision, with a header row, quoted where needed (RFC 4180 style: fields holding a
 * comma, a quote or a line break are enclosed in double quotes and inner quotes doubled).
 *
 * <p>Unknown values are empty cells; {@code path} is the provision's path joined with {@code /}; rows end with
 * {@code \n}. Text keeps its line breaks, inside quotes.
 */
public final class CsvExporter implements DocumentSink {
    /** The columns, in order; the header row repeats them. */
    public static final List<String> COLUMNS = List.of("source", "type", "body", "meeting", "session", "symbol",
            "citation", "kind", "number", "path", "label", "leading_verb", "start", "end", "text");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = schema();

    private final Writer out;
    private final SequenceWriter rows;
    private int documents;

    private CsvExporter(Writer out) {
        this.out = out;
        try {
            this.rows = MAPPER.writer(SCHEMA).writeValues(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exporter writing to {@code out}. */
    public static CsvExporter to(Writer out) {
        return new CsvExporter(out);
    }

    /** An exporter writing UTF-8 (without a byte-order mark) to {@code out}. */
    public static CsvExporter to(OutputStream out) {
        return new CsvExporter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void write(ParsedDocument doc) {
        DocumentMetadata m = doc.metadata();
        try {
            for (Provision p : doc.provisions()) {
                rows.write(new String[] {
                        doc.source(),
                        m.type().code(),
                        m.body() == null ? "" : m.body().code(),
                        text(m.meeting()),
                        text(m.session()),
                        m.symbol() == null ? "" : m.symbol().value(),
                        p.citation().toString(),
                        p.kind().code(),
                        p.number(),
                        String.join("/", p.path()),
                        p.label() == null ? "" : p.label(),
                        p.leadingVerb() == null ? "" : p.leadingVerb(),
                        p.spans().isEmpty() ? "" : Integer.toString(p.start()),
                        p.spans().isEmpty() ? "" : Integer.toString(p.end()),
                        p.text()});
            }
            rows.flush();
            documents++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + doc.source() + " as CSV", e);
        }
    }

    @Override
    public int documents() {
        return documents;
    }

    @Override
    public void close() {
        try {
            rows.close();
            // The OutputStream variant wraps the stream in a writer of ours: flush it, leave the stream open.
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish the CSV export, so the output is incomplete; check that the disk is not full and the output is writable, then export again", e);
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true);
        for (String c : COLUMNS) {
            b.addColumn(c);
        }
        return b.build();
    }
}
