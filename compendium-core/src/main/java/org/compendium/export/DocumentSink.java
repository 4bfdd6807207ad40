package org.compendium.export;

import org.compendium.model.ParsedDocument;

/**
 * A destination that takes documents one at a time and finishes its output on {@link #close()}; it writes each
 * document as it gets it, so exporting a whole store never holds it in memory.
 *
 * <p>A sink does not close the {@link java.io.Writer} or {@link java.io.OutputStream} it writes to: the caller opened
 * it and closes it. Write failures surface as {@link java.io.UncheckedIOException}, so that {@code sink::write} can be
 * passed where a {@link java.util.function.Consumer} is expected.
 */
public sealed interface DocumentSink extends AutoCloseable permits JsonExporter, CsvExporter {
    /** Writes one document. */
    void write(ParsedDocument doc);

    /** How many documents were written so far. */
    int documents();

    /** Finishes the output (closing brackets, flush) without closing the underlying writer or stream. */
    @Override
    void close();

    /** Writes every document of {@code docs}, then finishes the output; returns how many were written. */
    default int writeAll(Iterable<ParsedDocument> docs) {
        try (this) {
            for (ParsedDocument doc : docs) {
                write(doc);
            }
            return documents();
        }
    }
}
