package org.compendium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * A heap meter for the benchmark: the JVM's own per-pool peaks since the last reset, a sampled peak of total heap
 * use, and the heap still used after a full collection.
 *
 * <p>The sum of the pools' peaks over-states the true peak (the young and old generations peak at different
 * times), so it is the conservative figure; the sampled peak under-states it (it misses what happens between two
 * samples). The truth lies between the two.
 */
final class HeapProbe {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private long sampledPeak;

    /** Forgets the peaks so far, e.g. those of the warm-up. */
    void reset() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        sampledPeak = 0;
    }

    /** Records the heap in use now. */
    void sample() {
        sampledPeak = Math.max(sampledPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The sum over heap pools of their peak use since the last reset, in bytes. */
    long poolPeaks() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The largest heap use seen by {@link #sample}, in bytes. */
    long sampledPeak() {
        return sampledPeak;
    }

    /** The heap in use after asking for a full collection, in bytes. */
    long usedAfterGc() {
        ManagementFactory.getMemoryMXBean().gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap the JVM may use (-Xmx), in bytes. */
    long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
