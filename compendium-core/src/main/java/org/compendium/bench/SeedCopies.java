package org.compendium.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceReader;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Work;
import org.compendium.parse.DocumentParser;

/**
 * The store benchmarks' documents: the seeds, parsed once, as {@code copies} distinct documents — source name, digest
 * and work changed, so that none replaces another and the store refuses none as an identity clash.
 *
 * @param documents  the copies, in order
 * @param provisions their provisions, in all
 * @param sourceChars the characters of their source texts, in all (what ingest throughput is measured in)
 */
record SeedCopies(List<ParsedDocument> documents, long provisions, long sourceChars) {
    SeedCopies {
        documents = List.copyOf(documents);
    }

    /** Reads and parses the seed files of {@code corpus} and makes {@code copies} documents of them; notes skipped files. */
    static SeedCopies of(Path corpus, int copies, PrintStream notes) throws IOException {
        List<ParsedDocument> seeds = new ArrayList<>();
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        try (var files = Files.list(corpus)) {
            for (Path p : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                try {
                    seeds.add(parser.parse(reader.read(p)));
                } catch (RejectedInputException e) {
                    notes.println("note: " + p.getFileName() + " skipped: " + e.getMessage());
                }
            }
        }
        List<ParsedDocument> docs = new ArrayList<>();
        long provisions = 0;
        long chars = 0;
        for (int i = 0; i < copies; i++) {
            ParsedDocument s = seeds.get(i % seeds.size());
            // Each copy its own work too: the store refuses two documents of one work and language.
            Work work = new Work.SymbolDocument(new DocumentSymbol("CTOC/COP/BENCH/" + (i + 1)));
            docs.add(new ParsedDocument("copy-" + i + "-" + s.source(), s.format(), String.format(Locale.ROOT, "%064x", i),
                    s.sourceLength(), s.metadata(), work, s.provisions(), s.segments(), s.coverage()));
            provisions += s.provisions().size();
            chars += s.sourceLength();
        }
        return new SeedCopies(docs, provisions, chars);
    }

    /** The median of {@code values}. */
    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Deletes a temporary folder and everything in it. */
    static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
