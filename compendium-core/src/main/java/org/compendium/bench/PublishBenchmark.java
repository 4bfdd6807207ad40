package org.compendium.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.publish.Edition;
import org.compendium.publish.EditionBuilder;
import org.compendium.publish.EditionRequest;
import org.compendium.publish.PublishFormat;
import org.compendium.publish.Publisher;
import org.compendium.store.DocumentStore;
import org.compendium.themes.IndexImport;

/**
 * Times publishing the whole PDF edition warm: the seeds are ingested and the index imported into a temporary store,
 * then {@code warm-up} runs, then 5 timed runs of build-the-edition + render-the-PDF; prints each run and the median.
 * Usage: {@code PublishBenchmark CORPUS_DIR [FORMAT] [WARMUP]} (defaults pdf, 3).
 */
public final class PublishBenchmark {
    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/corpus/fr");
        PublishFormat format = PublishFormat.parse(args.length > 1 ? args[1] : "pdf");
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path data = Files.createTempDirectory("compendium-publish-bench-");
        try (DocumentStore store = DocumentStore.open(data)) {
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(corpus), IngestListener.NONE);
            IndexImport.run(store, "bench", Clock.systemUTC());
            EditionRequest request = new EditionRequest(Body.WG_SOM, null, null, "fr");
            for (int i = 0; i < warmup; i++) {
                run(store, request, format);
            }
            List<Long> times = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                bytes = run(store, request, format);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                times.add(ms);
                System.out.printf("run %d: %d ms (%,d bytes)%n", i + 1, ms, bytes);
            }
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf("publish %s warm: median %d ms over 5 runs after %d warm-up runs (min %d, max %d); %,d bytes%n",
                    format.name(), sorted.get(2), warmup, sorted.getFirst(), sorted.getLast(), bytes);
        }
    }

    private static int run(DocumentStore store, EditionRequest request, PublishFormat format) throws Exception {
        Edition edition = new EditionBuilder(store).build(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Publisher.render(edition, format, out);
        return out.size();
    }
}
