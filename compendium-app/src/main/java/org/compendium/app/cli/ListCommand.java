package org.compendium.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code list} command: a table of the stored documents, optionally filtered. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the stored documents: type, body, meeting or session, dates, symbol (or title), "
                + "number of provisions and source file, in the order they were ingested.")
public final class ListCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of("TYPE", "BODY", "MEETING", "DATES", "SYMBOL / TITLE", "PROVISIONS", "SOURCE");
    private static final int TITLE_WIDTH = 60;

    @Spec
    CommandSpec spec;

    @ParentCommand
    CompendiumCommand root;

    @Mixin
    FilterOptions filters;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DocumentSummary> documents;
        int stored;
        try (DocumentStore store = root.openStore()) {
            documents = store.list(filters.filter());
            stored = store.documentCount();
        }
        if (documents.isEmpty()) {
            err.println(stored == 0
                    ? "no documents in " + root.storeLocation().describe() + "; ingest some with `compendium ingest PATH...`"
                    : "no document matches these filters (the store holds " + stored + "); try `compendium list` without filters");
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (DocumentSummary d : documents) {
            rows.add(List.of(
                    d.type().code(),
                    d.body() == null ? Describe.NONE : d.body().code(),
                    Describe.meeting(d.meeting(), d.session()),
                    Describe.dates(d.dates()),
                    d.symbol() != null ? d.symbol().value() : Describe.cut(Describe.orNone(d.title()), TITLE_WIDTH),
                    Integer.toString(d.provisionCount()),
                    d.source()));
        }
        printTable(out, rows);
        out.flush();
        return ExitCodes.OK;
    }

    /** Prints rows as left-aligned columns two spaces apart, the last column unpadded. */
    static void printTable(PrintWriter out, List<List<String>> rows) {
        int columns = rows.getFirst().size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - cell.codePointCount(0, cell.length()) + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
