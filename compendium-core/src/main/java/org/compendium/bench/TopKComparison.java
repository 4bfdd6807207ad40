package org.compendium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.SearchRequest;
import org.compendium.index.SearchResult;

/**
 * The CPU time of a search ranked tier by tier against the same search ranked in one pass
 * ({@link ProvisionSearch.TopK}), alternated query by query in one run over one index, single-threaded: over the
 * benchmark mix (per shape), and for each of the {@link BenchQuery#DOMAIN_PHRASES} (the median of
 * {@value #RUNS} runs after warm-up). Each pair of answers is compared: the pages must be the same.
 */
final class TopKComparison {
    /** Runs per phrase of the probe, after {@value #WARM_UP} of warm-up. */
    static final int RUNS = 20;
    static final int WARM_UP = 5;

    private final ProvisionSearch search;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private int differing;

    TopKComparison(ProvisionSearch search) {
        this.search = search;
    }

    /** Prints the comparison over {@code mix}, then the probe of the domain phrases. */
    void run(List<BenchQuery> mix) throws Exception {
        List<long[]> byQuery = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            // The first round warms both up (JIT, page cache); the second is measured.
            byQuery.clear();
            for (int i = 0; i < mix.size(); i++) {
                byQuery.add(pair(mix.get(i).request(), i % 2 == 0));
            }
        }
        System.out.println("top-k, one pass against tiers, alternated, CPU per query (ms):");
        print("all", byQuery);
        for (BenchQuery.Shape shape : BenchQuery.Shape.values()) {
            List<long[]> of = new ArrayList<>();
            for (int i = 0; i < mix.size(); i++) {
                if (mix.get(i).shape() == shape) {
                    of.add(byQuery.get(i));
                }
            }
            if (!of.isEmpty()) {
                print(shape.name(), of);
            }
        }
        System.out.println("single-query probe, median CPU of " + RUNS + " runs (ms), one pass / tiers:");
        for (String phrase : BenchQuery.DOMAIN_PHRASES) {
            for (String q : List.of(phrase, "\"" + phrase + "\"")) {
                SearchRequest request = SearchRequest.of(q).withPage(0, 10);
                for (int i = 0; i < WARM_UP; i++) {
                    pair(request, i % 2 == 0);
                }
                long[] onePass = new long[RUNS];
                long[] tiers = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long[] cpu = pair(request, i % 2 == 0);
                    onePass[i] = cpu[0];
                    tiers[i] = cpu[1];
                }
                SearchResult r = search.search(request);
                System.out.printf(Locale.ROOT, "  %-32s %8.2f %8.2f  x%.2f  %,d provisions%s%n", q, median(onePass) / 1e6,
                        median(tiers) / 1e6, (double) median(onePass) / Math.max(1, median(tiers)), r.total(),
                        r.estimated() ? " (estimated)" : "");
            }
        }
        System.out.println("pages differing between one pass and tiers: " + differing);
    }

    /** The CPU time of one search in each mode ({@code [onePass, tiers]}), the one pass first when {@code onePassFirst}. */
    private long[] pair(SearchRequest request, boolean onePassFirst) throws Exception {
        long[] cpu = new long[2];
        SearchResult[] results = new SearchResult[2];
        for (int k = 0; k < 2; k++) {
            int mode = onePassFirst ? k : 1 - k;
            search.rankWith(mode == 0 ? ProvisionSearch.TopK.ONE_PASS : ProvisionSearch.TopK.TIERED);
            long t = threads.getCurrentThreadCpuTime();
            results[mode] = search.search(request);
            cpu[mode] = threads.getCurrentThreadCpuTime() - t;
        }
        search.rankWith(ProvisionSearch.TopK.TIERED);
        if (!results[0].citations().equals(results[1].citations())) {
            differing++;
            System.out.println("  pages differ for " + request.query() + ": " + results[0].citations() + " / " + results[1].citations());
        }
        return cpu;
    }

    private static void print(String what, List<long[]> cpu) {
        long[] one = cpu.stream().mapToLong(c -> c[0]).sorted().toArray();
        long[] tiers = cpu.stream().mapToLong(c -> c[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-14s %5d queries  one pass p50 %6.2f p99 %6.2f mean %6.2f  tiers p50 %6.2f p99 %6.2f mean %6.2f  p99 x%.2f, mean x%.2f%n",
                what, one.length, at(one, 0.5), at(one, 0.99), mean(one), at(tiers, 0.5), at(tiers, 0.99), mean(tiers),
                at(one, 0.99) / at(tiers, 0.99), mean(one) / mean(tiers));
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    private static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0) / 1e6;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
