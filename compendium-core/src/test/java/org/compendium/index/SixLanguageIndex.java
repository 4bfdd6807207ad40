package org.compendium.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.parse.language.LanguageDetector;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.IngestReport;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;

/**
 * The six-language fixtures ({@code src/test/resources/fixtures}: three documents, each in the six UN languages)
 * ingested into a temporary store and indexed from it, as {@code compendium ingest} and {@code index rebuild} do;
 * built once per JVM, searched with the parser's language detector as the CLI and web do.
 */
final class SixLanguageIndex {
    private static Path data;
    private static IngestReport ingest;
    private static ProvisionSearch search;

    private SixLanguageIndex() {
    }

    static synchronized ProvisionSearch search() {
        if (search == null) {
            Path folder;
            try {
                data = Files.createTempDirectory("compendium-six-");
                folder = LanguageFixtures.writeAll(data.resolve("sources"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (DocumentStore store = DocumentStore.open(data.resolve("store"));
                    ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(data))) {
                ingest = new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(folder), IngestListener.NONE);
                IndexRebuild.run(store, index, (i, n, doc, p) -> { });
            }
            search = ProvisionSearch.open(ProvisionIndex.folder(data), LanguageAnalyzers.defaults(),
                    LanguageDetector.standard()::detect);
        }
        return search;
    }

    static IngestReport ingest() {
        search();
        return ingest;
    }
}
