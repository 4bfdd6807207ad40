package org.compendium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
     * @param p95Ms    95th-percentile latency
     * @param p99Ms    99th-percentile latency
     * @param cpuP50Ms median CPU time of the client's thread per query (in-process: the search's own CPU time, which
     *                 other processes on a shared machine do not inflate; over HTTP only the client's)
     * @param cpuP99Ms 99th-percentile CPU time per query
     */
    record Figures(int queries, double seconds, double p50Ms, double p95Ms, double p99Ms, double cpuP50Ms, double cpuP99Ms) {
        double qps() {
            return queries / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d queries in %.2f s: %.0f queries/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; CPU per query p50 %.2f ms, p99 %.2f ms",
                    queries, seconds, qps(), p50Ms, p95Ms, p99Ms, cpuP50Ms, cpuP99Ms);
        }
    }

    private LatencyRun() {
    }

    /** Every client runs the whole mix, each starting at a different place in it. */
    static Figures run(List<BenchQuery> mix, int clients, QueryRunner runner) throws Exception {
        long start = System.nanoTime();
        List<long[][]> perClient = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * mix.size() / clients;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[mix.size()];
                    long[] cpu = new long[mix.size()];
                    for (int i = 0; i < mix.size(); i++) {
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        runner.run(mix.get((offset + i) % mix.size()));
                        latencies[i] = System.nanoTime() - t;
                        cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
                    }
                    return new long[][] {latencies, cpu};
                }));
            }
            for (Future<long[][]> f : futures) {
                perClient.add(f.get());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(c -> Arrays.stream(c[0])).sorted().toArray();
        long[] cpu = perClient.stream().flatMapToLong(c -> Arrays.stream(c[1])).sorted().toArray();
        return new Figures(all.length, seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.95)] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6,
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
    }
}
