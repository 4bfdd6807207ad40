package org.compendium.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.compendium.export.AknWriter;
import org.compendium.export.CsvExporter;
import org.compendium.export.DocumentSink;
import org.compendium.export.JsonExporter;
import org.compendium.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code export} command: streams the stored documents, one at a time, as JSON (the full contract) or CSV (one row
 * per provision), to stdout or a file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the stored documents (optionally filtered) as JSON or CSV, in UTF-8.",
            "JSON: an array with one object per document and its provisions (see the README for the fields). "
                    + "CSV: a header row, then one row per provision."})
public final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format { json, csv, akn }

    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, csv or akn (Akoma Ntoso 3.0 XML, one file per document in the --output folder) "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE (replaced only once the export is complete) instead of stdout.")
    Path output;

    @Option(names = "--pretty", description = "Indent the JSON for people to read.")
    boolean pretty;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (DocumentStore store = root.openStore()) {
            int documents;
            if (format == Format.akn) {
                if (output == null) {
                    err.println("compendium export: --format akn writes one XML file per document: give the folder with --output DIR");
                    return ExitCodes.USAGE;
                }
                documents = exportAkn(store, output, err);
                err.println("exported " + documents + " document" + (documents == 1 ? "" : "s") + " as Akoma Ntoso XML to " + output);
                return ExitCodes.OK;
            }
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                documents = export(store, out);
                out.flush();
                if (out.checkError()) {
                    err.println("compendium export: could not write to stdout (closed pipe?)");
                    return ExitCodes.INTERNAL;
                }
            } else {
                documents = exportToFile(store, output);
                err.println("exported " + documents + " document" + (documents == 1 ? "" : "s") + " as " + format
                        + " to " + output);
            }
            if (documents == 0) {
                err.println("compendium export: no document " + (filters.any() ? "matches these filters" : "in " + root.storeLocation().describe()));
            }
            return ExitCodes.OK;
        }
    }

    /** Writes to a temporary file beside the target, then moves it in place, so a failed export leaves no half file. */
    private int exportToFile(DocumentStore store, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
        try {
            int documents;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                documents = export(store, writer);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            return documents;
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** One {@code <source name>.akn.xml} per document, each written beside its final name and moved in place. */
    private int exportAkn(DocumentStore store, Path folder, PrintWriter err) throws IOException {
        Files.createDirectories(folder);
        int[] count = {0};
        store.forEach(filters.filter(), doc -> {
            String name = doc.source().replaceAll("\\.[A-Za-z0-9]+$", "") + ".akn.xml";
            Path target = folder.resolve(name);
            try {
                Path partial = Files.createTempFile(folder, "." + name, ".partial");
                try (java.io.OutputStream out = Files.newOutputStream(partial)) {
                    AknWriter.write(doc, out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + target + "; check that the folder is writable and the disk not full", e);
            }
            err.println("[" + (++count[0]) + "] " + target + "  " + AknWriter.workUri(doc));
        });
        return count[0];
    }

    private int export(DocumentStore store, Writer writer) {
        DocumentSink sink = switch (format) {
            case json -> JsonExporter.to(writer, pretty);
            case csv -> CsvExporter.to(writer);
            case akn -> throw new IllegalStateException("akn is written per document by exportAkn");
        };
        try (sink) {
            store.forEach(filters.filter(), sink::write);
            return sink.documents();
        }
    }
}
