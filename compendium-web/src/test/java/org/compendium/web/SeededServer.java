package org.compendium.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.compendium.links.LineageAtIngest;
import java.util.stream.Stream;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Coverage;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceFormat;
import org.compendium.model.SourceSpan;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.ThemeReindex;
import org.compendium.themes.IndexImport;
import org.compendium.themes.ThemeEditing;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;

/**
 * The real server on a free loopback port over a temporary store holding the five seeds and one hostile fixture,
 * the seed compendium's theme index imported, one editor ({@link #EDITOR}), and the search index built: what the
 * integration tests talk to.
 */
final class SeededServer implements AutoCloseable {
    /** Text that must reach every page and the API as literal characters. */
    static final String HOSTILE_TEXT = "Les États <script>alert(1)</script> &amp; **bold** devraient coopérer.";
    static final String HOSTILE_TITLE = "Titre <script>alert(2)</script> & <b>gras</b>";
    static final Citation HOSTILE_CITATION = Citation.parse("CTOC/COP/WG.7 meeting 99 rec. 1");
    /** The editor every seeded server has (created through ThemeEditing, with a cheap hash to stay fast). */
    static final String EDITOR = "test-editor";
    static final String PASSWORD = "correct horse battery";

    final Path dir;
    final DocumentStore store;
    final ProvisionSearch search;
    final WebServer server;
    final long hostileId;

    private SeededServer(Path dir, DocumentStore store, ProvisionSearch search, WebServer server, long hostileId) {
        this.dir = dir;
        this.store = store;
        this.search = search;
        this.server = server;
        this.hostileId = hostileId;
    }

    static SeededServer start() {
        try {
            Path dir = Files.createTempDirectory("compendium-web-it");
            DocumentStore store = DocumentStore.open(dir.resolve("data"));
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(Corpus.dir()), IngestListener.NONE);
            long hostileId = store.save(hostileDocument()).summary().id();
            IndexImport.run(store, "import", Clock.systemUTC());
            new ThemeEditing(store, Clock.systemUTC(), 1_000).addEditor(EDITOR, PASSWORD.toCharArray());
            Path indexDir = ProvisionIndex.folder(dir.resolve("data"));
            try (ProvisionIndex index = ThemeReindex.open(store, indexDir)) {
                IndexRebuild.run(store, index, (i, total, doc, provisions) -> { });
            }
            ProvisionSearch search = ProvisionSearch.open(indexDir);
            LineageAtIngest.run(store, search); // as `compendium ingest` and `serve` do
            WebServer server = WebServer.start(WebServices.of(store, search), "127.0.0.1", 0);
            return new SeededServer(dir, store, search, server, hostileId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, ending with a slash. */
    String url(String path) {
        return server.uri().resolve(path).toString();
    }

    /** The id of the stored seed read from {@code source}. */
    long idOf(String source) {
        return store.list(org.compendium.store.DocumentFilter.ALL).stream().filter(d -> d.source().equals(source))
                .findFirst().orElseThrow().id();
    }

    /** The text of the first stored provision with this citation (tests paste it as a draft). */
    String text(String citation) {
        return store.findByCitation(Citation.parse(citation)).getFirst().provision().text();
    }

    /** A small WG.7 report whose title and text hold markup, an entity and Markdown, all to be shown literally. */
    static ParsedDocument hostileDocument() {
        DocumentMetadata meta = new DocumentMetadata(DocumentType.MEETING_REPORT, Body.WG_SOM, 99, null,
                DateRange.of(java.time.LocalDate.of(2099, 1, 2)), "Vienne", Language.FRENCH, new DocumentSymbol("CTOC/COP/WG.7/2099/1"),
                HOSTILE_TITLE, null, List.of(), List.of(), List.of(), List.of());
        Provision rec1 = new Provision(HOSTILE_CITATION, ProvisionKind.RECOMMENDATION, "1", List.of("1"),
                "Recommandation <i>1</i>", HOSTILE_TEXT, null, List.of(new SourceSpan(40, 110)), 99, null);
        Provision rec2 = new Provision(Citation.parse("CTOC/COP/WG.7 meeting 99 rec. 2"), ProvisionKind.RECOMMENDATION, "2",
                List.of("2"), "Recommandation 2", "Texte ordinaire \"cité\" 'ici'.", null, List.of(new SourceSpan(110, 140)), 99, null);
        Segment heading = new Segment(SegmentKind.HEADING, "II", "Recommandations <em>x</em>", List.of("II"),
                List.of(new SourceSpan(20, 39)));
        return new ParsedDocument("hostile.txt", SourceFormat.TEXT, "ff".repeat(32), 140, meta, HOSTILE_CITATION.work(), List.of(rec1, rec2),
                List.of(heading), new Coverage(100, 100, 0, 0));
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
