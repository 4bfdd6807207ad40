package org.compendium.pipeline;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.compendium.ingest.RejectedInputException;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.Supplied;

/**
 * Metadata users supply for files whose text lacks it: given on the command line for one file ({@code ingest --symbol
 * CTOC/COP/WG.4/2019/2 report.pdf}), or for a folder in a sidecar file {@value #SIDECAR} beside its documents, a CSV
 * with the header {@code file,symbol,title} (a blank cell keeps what the text says).
 */
public final class SuppliedMetadata {
    /** The sidecar's file name. */
    public static final String SIDECAR = "compendium-metadata.csv";

    private final Supplied forEveryFile;
    private final Map<Path, Map<String, Supplied>> sidecars = new HashMap<>();

    private SuppliedMetadata(Supplied forEveryFile) {
        this.forEveryFile = forEveryFile;
    }

    /** Nothing from the command line; sidecars only. */
    public static SuppliedMetadata sidecarsOnly() {
        return new SuppliedMetadata(Supplied.NOTHING);
    }

    /** What the command line gives, for the one file it names, plus sidecars. */
    public static SuppliedMetadata commandLine(Supplied supplied) {
        return new SuppliedMetadata(supplied == null ? Supplied.NOTHING : supplied);
    }

    /**
     * What is supplied for {@code file}: the command line's, else its folder's sidecar row.
     *
     * @throws RejectedInputException when the folder's sidecar cannot be read, naming it and the reason
     */
    public Supplied forFile(Path file) throws RejectedInputException {
        if (!forEveryFile.isEmpty()) {
            return forEveryFile;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return Supplied.NOTHING;
        }
        Map<String, Supplied> rows = sidecars.get(folder);
        if (rows == null) {
            rows = read(folder.resolve(SIDECAR));
            sidecars.put(folder, rows);
        }
        return rows.getOrDefault(file.getFileName().toString(), Supplied.NOTHING);
    }

    private static Map<String, Supplied> read(Path sidecar) throws RejectedInputException {
        Map<String, Supplied> rows = new HashMap<>();
        if (!Files.isRegularFile(sidecar)) {
            return rows;
        }
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(sidecar.toFile())) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> row = it.next();
                String file = row.getOrDefault("file", "").strip();
                if (file.isEmpty()) {
                    throw new RejectedInputException(sidecar.getFileName().toString(), sidecar + " line " + line + " names no file",
                            "Give each row a file name in the 'file' column (header: file,symbol,title)");
                }
                String symbol = row.getOrDefault("symbol", "").strip();
                try {
                    rows.put(file, new Supplied(symbol.isEmpty() ? null : DocumentSymbol.parse(symbol), row.get("title")));
                } catch (IllegalArgumentException e) {
                    throw new RejectedInputException(sidecar.getFileName().toString(), sidecar + " line " + line + ": " + e.getMessage(),
                            "Write the symbol as the UN prints it, e.g. CTOC/COP/WG.7/2021/3");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RejectedInputException(sidecar.getFileName().toString(), "cannot read " + sidecar + " as CSV: " + e.getMessage(),
                    "Check that it is UTF-8 CSV with the header file,symbol,title");
        }
        return rows;
    }
}
