package org.compendium.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.index.LanguageAnalyzers;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.parse.language.LanguageDetector;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;

/**
 * A real server over the six-language fixtures (three documents, each in the six UN languages), ingested and indexed
 * as {@code compendium ingest} and {@code index rebuild} do, searched with the parser's language detector as
 * {@code compendium serve} does; on a free loopback port.
 */
final class SixLanguageServer implements AutoCloseable {
    private final Path dir;
    private final DocumentStore store;
    private final ProvisionSearch search;
    private final WebServer server;

    private SixLanguageServer(Path dir, DocumentStore store, ProvisionSearch search, WebServer server) {
        this.dir = dir;
        this.store = store;
        this.search = search;
        this.server = server;
    }

    static SixLanguageServer start() {
        return start(List.of());
    }

    /** The same server, holding besides the fixtures of {@code moreKinds} ({@code cop-report}) in the six languages. */
    static SixLanguageServer start(List<String> moreKinds) {
        try {
            Path dir = Files.createTempDirectory("compendium-web-six");
            Path sources = LanguageFixtures.writeAll(dir.resolve("sources"));
            for (String kind : moreKinds) {
                for (org.compendium.model.Language language : LanguageFixtures.languages()) {
                    Files.writeString(sources.resolve(kind + "-" + language.code() + ".txt"), LanguageFixtures.text(kind, language));
                }
            }
            DocumentStore store = DocumentStore.open(dir.resolve("data"));
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(sources), IngestListener.NONE);
            Path indexDir = ProvisionIndex.folder(dir.resolve("data"));
            try (ProvisionIndex index = ProvisionIndex.open(indexDir)) {
                IndexRebuild.run(store, index, (i, total, doc, provisions) -> { });
            }
            ProvisionSearch search = ProvisionSearch.open(indexDir, LanguageAnalyzers.defaults(), LanguageDetector.standard()::detect);
            WebServer server = WebServer.start(WebServices.of(store, search), "127.0.0.1", 0);
            return new SixLanguageServer(dir, store, search, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return server.uri().resolve(path).toString();
    }

    @Override
    public void close() {
        server.close();
        search.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
