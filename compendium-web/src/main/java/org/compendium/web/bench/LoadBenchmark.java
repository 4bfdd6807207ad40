package org.compendium.web.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Provision;
import org.compendium.model.Theme;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.pipeline.ThemeReindex;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.themes.IndexImport;
import org.compendium.web.WebServer;
import org.compendium.web.WebServices;

/**
 * The load test of the web server: the seeds ingested into a new data folder, their thematic index imported and
 * indexed, the server started on the loopback interface, then {@code CLIENTS} concurrent clients, each sending one
 * request after another for {@code SECONDS} over a mix of pages and API calls (home, search page, {@code /api/search},
 * provision pages, the theme index and a theme's page, a document's permalink). Prints requests per second, the
 * errors (any answer but 200, any failed request) and the p50, p95 and p99 latencies, overall and per route.
 *
 * <p>Bounded: loopback only, a fixed duration, a fixed number of clients. Not a unit test: the figures depend on the
 * machine; {@code LoadIT} runs a CI-sized version that asserts no errors.
 *
 * <p>Run: {@code java -cp ... org.compendium.web.bench.LoadBenchmark CORPUS_DIR [CLIENTS] [SECONDS]} (defaults 200,
 * 60).
 */
public final class LoadBenchmark {
    private static final List<String> QUERIES = List.of("migrants", "traite des personnes", "coopération internationale",
            "confiscation des avoirs", "protocole", "assistance technique", "États parties", "victimes");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            out.println("usage: LoadBenchmark CORPUS_DIR [CLIENTS] [SECONDS] [THREADS...]");
            System.exit(2);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        List<Integer> pools = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            pools.add(Integer.parseInt(args[i]));
        }
        if (pools.isEmpty()) {
            pools.add(WebServer.DEFAULT_THREADS);
        }
        Path data = Files.createTempDirectory("compendium-load-");
        try (DocumentStore store = prepare(Path.of(args[0]), data);
             ProvisionSearch search = ProvisionSearch.open(ProvisionIndex.folder(data))) {
            List<String> mix = mix(store);
            // Each pool size in turn over the same store, in the same run: the figures compare.
            for (int threads : pools) {
                WebServer server = WebServer.start(WebServices.of(store, search), "127.0.0.1", 0, threads);
                try {
                    out.println("load: " + clients + " clients for " + seconds + " s over " + mix.size() + " paths at "
                            + server.uri() + ", " + threads + " request threads (" + Runtime.getRuntime().availableProcessors()
                            + " cores, load average " + loadAverage() + ")");
                    run(server.uri(), mix, Math.min(clients, 20), Duration.ofSeconds(Math.min(5, seconds))); // warm-up
                    Figures f = run(server.uri(), mix, clients, Duration.ofSeconds(seconds));
                    out.println(f);
                    f.byRoute().forEach((route, r) -> out.println("  " + route + ": " + r));
                } finally {
                    server.close();
                }
            }
        }
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", l);
    }

    /**
     * A new store in {@code data} with the seeds of {@code corpus} ingested, their thematic index imported, and the
     * search index built.
     */
    public static DocumentStore prepare(Path corpus, Path data) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        }
        DocumentStore store = DocumentStore.open(data);
        new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(files, new IngestListener() { });
        IndexImport.run(store, "load-benchmark", Clock.systemUTC());
        try (ProvisionIndex index = ThemeReindex.open(store, ProvisionIndex.folder(data))) {
            IndexRebuild.run(store, index, (i, total, doc, n) -> { });
        }
        return store;
    }

    /** The request mix over a store: every page kind and API call the public site serves most. */
    public static List<String> mix(DocumentStore store) {
        List<String> provisions = new ArrayList<>();
        List<String> works = new ArrayList<>();
        for (var doc : store.loadAll(DocumentFilter.ALL)) {
            List<Provision> list = doc.provisions();
            for (int i = 0; i < list.size(); i += Math.max(1, list.size() / 8)) {
                provisions.add("/provisions/" + encode(list.get(i).citation().toString()));
            }
        }
        for (DocumentSummary d : store.list(DocumentFilter.ALL)) {
            works.add("/documents/" + d.id());
        }
        List<String> themes = store.themes().themes().stream().map(Theme::id).limit(12).map(id -> "/themes/" + encode(id))
                .toList();
        List<String> mix = new ArrayList<>();
        int n = Math.max(provisions.size(), QUERIES.size() * 2);
        for (int i = 0; i < n; i++) {
            String q = encode(QUERIES.get(i % QUERIES.size()));
            mix.add("/");
            mix.add("/search?q=" + q);
            mix.add("/api/search?q=" + q);
            mix.add(provisions.get(i % provisions.size()));
            mix.add(i % 2 == 0 ? "/themes" : themes.get(i % themes.size()));
            mix.add(works.get(i % works.size()));
        }
        return List.copyOf(mix);
    }

    /**
     * The figures of a run.
     *
     * @param requests requests answered or failed
     * @param errors   answers other than 200, and failed requests
     * @param seconds  wall time
     * @param latencyMs every request's latency, sorted
     * @param byRoute  the same per route (the path's first segment, {@code /api/search} for the API)
     * @param firstError what the first error was, or null
     */
    public record Figures(long requests, long errors, double seconds, double[] latencyMs, Map<String, Figures> byRoute,
                          String firstError) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        /** The latency at quantile {@code q} (0..1), in milliseconds. */
        public double percentile(double q) {
            if (latencyMs.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(q * latencyMs.length) - 1;
            return latencyMs[Math.max(0, Math.min(latencyMs.length - 1, i))];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests in %.1f s: %.0f requests/s, %d errors, p50 %.1f ms, p95 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms", requests, seconds, requestsPerSecond(), errors, percentile(0.5),
                    percentile(0.95), percentile(0.99), percentile(1.0)) + (firstError == null ? "" : "; first error: " + firstError);
        }
    }

    /** Runs {@code clients} concurrent clients over {@code mix} (each from its own place in it) for {@code duration}. */
    public static Figures run(URI base, List<String> mix, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> routeErrors = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = (int) ((long) c * mix.size() / clients);
            Thread t = new Thread(() -> {
                Map<String, long[]> mine = new LinkedHashMap<>();
                Map<String, Integer> counts = new LinkedHashMap<>();
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String path = mix.get(i % mix.size());
                        String route = route(path);
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            ok = r.statusCode() == 200;
                            if (!ok) {
                                firstError.compareAndSet(null, r.statusCode() + " on " + path);
                            }
                        } catch (IOException e) {
                            ok = false;
                            firstError.compareAndSet(null, e + " on " + path);
                        }
                        long took = System.nanoTime() - t0;
                        if (!ok) {
                            errors.incrementAndGet();
                            routeErrors.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
                        }
                        int k = counts.merge(route, 1, Integer::sum);
                        long[] a = mine.computeIfAbsent(route, x -> new long[1024]);
                        if (k > a.length) {
                            a = Arrays.copyOf(a, a.length * 2);
                            mine.put(route, a);
                        }
                        a[k - 1] = took;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    mine.forEach((route, a) -> samples.computeIfAbsent(route, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(Arrays.copyOf(a, counts.get(route))));
                    done.countDown();
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Figures> byRoute = new java.util.TreeMap<>();
        List<long[]> all = new ArrayList<>();
        samples.forEach((route, list) -> {
            all.addAll(list);
            long e = routeErrors.getOrDefault(route, new AtomicLong()).get();
            byRoute.put(route, figures(list, e, seconds, Map.of(), null));
        });
        return figures(all, errors.get(), seconds, byRoute, firstError.get());
    }

    private static Figures figures(List<long[]> samples, long errors, double seconds, Map<String, Figures> byRoute,
            String firstError) {
        int n = samples.stream().mapToInt(a -> a.length).sum();
        double[] ms = new double[n];
        int i = 0;
        for (long[] a : samples) {
            for (long v : a) {
                ms[i++] = v / 1e6;
            }
        }
        Arrays.sort(ms);
        return new Figures(n, errors, seconds, ms, byRoute, firstError);
    }

    /** The route a path exercises: its first segment, and {@code /api/search} for the API's search. */
    static String route(String path) {
        if (path.startsWith("/api/")) {
            int q = path.indexOf('?');
            return q < 0 ? path : path.substring(0, q);
        }
        int slash = path.indexOf('/', 1);
        int q = path.indexOf('?');
        int cut = slash > 0 ? slash : q > 0 ? q : path.length();
        String first = path.substring(0, cut);
        return first.isEmpty() ? "/" : first;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
