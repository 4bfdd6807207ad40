package org.compendium.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Replays a query mix single-threaded or with concurrent clients and reports latency percentiles and throughput. */
final class LatencyRun {
    /** Runs one query; any exception is a benchmark failure. */
    @FunctionalInterface
    interface QueryRunner {
        void run(BenchQuery query) throws Exception;
    }

    /**
     * The figures of one run.
     *
     * @param queries  queries run
     * @param seconds  wall time
     * @param p50Ms    median latency
     * @param p99Ms    99th-percentile latency
     */
    record Figures(int queries, double seconds, double p50Ms, double p99Ms) {
        double qps() {
            return queries / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d queries in %.2f s: %.0f queries/s, p50 %.2f ms, p99 %.2f ms",
                    queries, seconds, qps(), p50Ms, p99Ms);
        }
    }

    private LatencyRun() {
    }

    /** Every client runs the whole mix, each starting at a different place in it. */
    static Figures run(List<BenchQuery> mix, int clients, QueryRunner runner) throws Exception {
        long start = System.nanoTime();
        List<long[]> perClient = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * mix.size() / clients;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[mix.size()];
                    for (int i = 0; i < mix.size(); i++) {
                        long t = System.nanoTime();
                        runner.run(mix.get((offset + i) % mix.size()));
                        latencies[i] = System.nanoTime() - t;
                    }
                    return latencies;
                }));
            }
            for (Future<long[]> f : futures) {
                perClient.add(f.get());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(all.length, seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
    }
}
