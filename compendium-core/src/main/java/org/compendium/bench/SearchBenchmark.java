package org.compendium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.compendium.index.LanguageAnalyzers;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.ThemeLookup;
import org.compendium.store.DocumentStore;

/**
 * The search benchmark: builds an index of N synthetic provisions recombined from the seed corpus's sentences
 * (default 1,000,000), then replays a fixed mix of 1,050 queries (1,000 drawn: terms, two terms, phrases, filtered
 * terms, prefixes; then 50 frequent domain phrases typed as words, {@link BenchQuery.Shape#DOMAIN_PHRASE}; every one
 * with facet counts and snippets, as the CLI and the web get them) single-threaded and with 8 concurrent
 * clients. Prints figures; it is not a test. With {@code --pg JDBC_URL} it runs the same provisions and mix on
 * PostgreSQL full-text search ({@link PostgresFtsBaseline}). With {@code --reuse} it searches an index built by an
 * earlier run in {@code --index DIR}; with {@code --http URL} it sends the mix to a running {@code compendium serve}
 * over that index ({@code compendium --data D serve} serves {@code D/index}) instead of calling the service in-process.
 * With {@code --versions K} (2 to 6) each provision is indexed in K languages ({@link SyntheticCorpus#version}), as
 * a multilingual store holds them: the search then groups its matches by citation. A built index is stamped with
 * the generation of the store in the data folder holding {@code --index DIR} ({@code --stamp} stamps an index built
 * earlier), so that {@code compendium --data THAT_FOLDER serve} serves it instead of rebuilding it from the store.
 * {@code --slowest N} prints the N queries of the mix that cost the most CPU time in-process. {@code --topk one-pass}
 * ranks in one pass instead of tier by tier ({@link ProvisionSearch.TopK}); {@code --compare-topk} runs only the
 * comparison of the two, alternated query by query ({@link TopKComparison}).
 *
 * <pre>java -Xmx1g -cp ... org.compendium.bench.SearchBenchmark CORPUS_DIR [N] [--index DIR] [--reuse [--stamp]] [--slowest N] [--topk tiered|one-pass] [--compare-topk] [--no-query-cache] [--http URL] [--pg JDBC_URL] [--queries N] [--versions K]</pre>
 */
public final class SearchBenchmark {
    static final long SEED = 20211014L;
    static final int QUERIES = 1000;
    static final int CLIENTS = 8;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: SearchBenchmark CORPUS_DIR [N (default 1000000)] [--index DIR] [--pg JDBC_URL]");
            System.exit(2);
        }
        Path corpusDir = Path.of(args[0]);
        int n = 1_000_000;
        Path indexDir = null;
        String pg = null;
        String http = null;
        boolean reuse = false;
        boolean stamp = false;
        int slowest = 0;
        int queries = Integer.MAX_VALUE;
        int versions = 1;
        ProvisionSearch.TopK topK = ProvisionSearch.TopK.TIERED;
        boolean compareTopK = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--index" -> indexDir = Path.of(args[++i]);
                case "--pg" -> pg = args[++i];
                case "--http" -> http = args[++i];
                case "--reuse" -> reuse = true;
                case "--stamp" -> stamp = true;
                case "--slowest" -> slowest = Integer.parseInt(args[++i]);
                case "--topk" -> topK = ProvisionSearch.TopK.valueOf(args[++i].toUpperCase(Locale.ROOT).replace('-', '_'));
                case "--compare-topk" -> compareTopK = true;
                // Lucene's query cache keeps the bits of clauses a search reuses (a tier's filter, run again by a
                // repeated query): without it, every run of a query costs what its first does.
                case "--no-query-cache" -> org.apache.lucene.search.IndexSearcher.setDefaultQueryCache(null);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--versions" -> versions = Math.max(1, Math.min(1 + SyntheticCorpus.VERSION_LANGUAGES.size(), Integer.parseInt(args[++i])));
                default -> n = Integer.parseInt(args[i].replace("_", ""));
            }
        }
        if (indexDir == null) {
            indexDir = Files.createTempDirectory("compendium-bench-index-");
        }
        HeapProbe heap = new HeapProbe();
        SyntheticCorpus corpus = SyntheticCorpus.read(corpusDir);
        System.out.printf(Locale.ROOT, "seed corpus: %d sentences, %d words; Java %s, %d cores, -Xmx %d MiB%n",
                corpus.sentences().size(), corpus.words().size(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), heap.max() >> 20);

        if (!reuse) {
            buildIndex(corpus, n, versions, indexDir, heap);
        }
        if (!reuse || stamp) {
            stamp(indexDir);
        }
        // --queries N takes the first N of the fixed mix: the same queries for every engine, for a slow baseline.
        List<BenchQuery> all = BenchQuery.mix(QUERIES, SEED, corpus.words(), corpus.sentences());
        List<BenchQuery> mix = all.subList(0, Math.min(queries, all.size()));
        if (http != null) {
            runOverHttp(mix, new HttpSearchClient(http));
        } else if (compareTopK) {
            try (ProvisionSearch search = ProvisionSearch.open(indexDir)) {
                new TopKComparison(search).run(mix);
            }
        } else {
            runInProcess(mix, indexDir, heap, slowest, topK);
        }
        if (pg != null) {
            PostgresFtsBaseline.run(pg, corpus, n, mix);
        }
    }

    private static void buildIndex(SyntheticCorpus corpus, int n, int versions, Path indexDir, HeapProbe heap) throws Exception {
        heap.reset();
        long t0 = System.nanoTime();
        try (ProvisionIndex index = ProvisionIndex.open(indexDir, LanguageAnalyzers.defaults(), ThemeLookup.NONE, 256)) {
            index.clear();
            for (int i = 0; i < n; i++) {
                index.add(corpus.entry(SEED, i));
                for (int k = 1; k < versions; k++) {
                    index.add(corpus.version(SEED, i, k, n));
                }
                if ((i + 1) % 100_000 == 0) {
                    heap.sample();
                    System.out.printf(Locale.ROOT, "  indexed %,d%n", i + 1);
                }
            }
            index.commit();
        }
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "index: %,d provisions in %d language(s) in %.1f s = %,.0f docs/s; %,d MiB on disk; heap peak %d MiB (pools) / %d MiB (sampled)%n",
                n, versions, indexSeconds, (double) n * versions / indexSeconds, size(indexDir) >> 20, heap.poolPeaks() >> 20, heap.sampledPeak() >> 20);
    }

    /**
     * Records in the index's commit the generation of the store of its data folder (the folder holding
     * {@code indexDir}; an empty store is made there when there is none), as {@code compendium ingest} does: else
     * {@code compendium serve} on that data folder finds an index that vouches for no store generation and rebuilds
     * it from the store — from nothing, for a benchmark's index.
     */
    private static void stamp(Path indexDir) {
        Path data = indexDir.toAbsolutePath().getParent();
        try (DocumentStore store = DocumentStore.open(data);
                ProvisionIndex index = ProvisionIndex.open(indexDir, LanguageAnalyzers.defaults(), ThemeLookup.NONE, 16)) {
            long generation = store.generation();
            index.commit(generation);
            System.out.printf(Locale.ROOT, "index stamped with store generation %d of %s (`compendium --data %s serve` serves it as it is)%n",
                    generation, data, data);
        }
    }

    private static void runInProcess(List<BenchQuery> mix, Path indexDir, HeapProbe heap, int slowest,
            ProvisionSearch.TopK topK) throws Exception {
        long[] hits = {0, 0};
        try (ProvisionSearch search = ProvisionSearch.open(indexDir)) {
            search.rankWith(topK);
            System.out.println("top-k by relevance: " + topK);
            LatencyRun.QueryRunner runner = q -> {
                org.compendium.index.SearchResult result = search.search(q.request());
                synchronized (hits) {
                    hits[0] += result.total();
                    hits[1] += result.estimated() ? 1 : 0;
                }
            };
            LatencyRun.run(mix, 1, runner); // warm-up: JIT, page cache
            heap.reset();
            hits[0] = 0;
            hits[1] = 0;
            LatencyRun.Figures single = LatencyRun.run(mix, 1, runner);
            System.out.println("lucene, 1 client:  " + single + String.format(Locale.ROOT, "; mean %.0f hits/query, %d of %d counts estimated", (double) hits[0] / mix.size(), hits[1], mix.size()));
            LatencyRun.Figures concurrent = LatencyRun.run(mix, CLIENTS, runner);
            System.out.println("lucene, " + CLIENTS + " clients: " + concurrent);
            System.out.printf(Locale.ROOT, "search heap: peak %d MiB (pools), %d MiB live after GC%n",
                    heap.poolPeaks() >> 20, heap.usedAfterGc() >> 20);
            if (slowest > 0) {
                printSlowest(search, mix, slowest);
            }
        }
    }

    /** The {@code n} queries of the mix that cost the most CPU time (single-threaded, after the runs above), with their totals. */
    private static void printSlowest(ProvisionSearch search, List<BenchQuery> mix, int n) throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<String> rows = new java.util.ArrayList<>();
        for (BenchQuery q : mix) {
            long cpu = threads.getCurrentThreadCpuTime();
            org.compendium.index.SearchResult r = search.search(q.request());
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            rows.add(String.format(Locale.ROOT, "%9.2f ms CPU  %-13s %-40s %,d provisions%s", cpu / 1e6, q.shape(),
                    q.request().query() + (q.request().filters().isEmpty() ? "" : " " + q.request().filters()), r.total(),
                    r.estimated() ? " (estimated)" : ""));
        }
        rows.sort(java.util.Comparator.reverseOrder());
        System.out.println("slowest queries by CPU time:");
        rows.stream().limit(n).forEach(System.out::println);
    }

    /** The same mix through the REST API; the server's heap is the server's to report (run it with -Xmx1g). */
    private static void runOverHttp(List<BenchQuery> mix, HttpSearchClient client) throws Exception {
        LatencyRun.QueryRunner runner = client::search;
        LatencyRun.run(mix, 1, runner); // warm-up: the server's JIT, page cache, connections
        System.out.println("http, 1 client:  " + LatencyRun.run(mix, 1, runner));
        System.out.println("http, " + CLIENTS + " clients: " + LatencyRun.run(mix, CLIENTS, runner));
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
