package org.compendium.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A throughput and heap benchmark of ingest: reads the seed corpus replicated to a target volume, once only
 * decoding it (the baseline) and once parsing it, and prints MB/s, their ratio, heap figures and counters.
 *
 * <p>Run: {@code java -Xmx512m -cp ... org.compendium.bench.IngestBenchmark CORPUS_DIR [TARGET_MB]} (default 100).
 * Volumes and throughputs are in MB of 10^6 bytes; heap figures are in MiB, like {@code -Xmx}. The files are in
 * the OS page cache after the warm-up, so the baseline measures decoding more than the disk, which makes the ratio
 * a conservative one. The CPU time of the benchmark thread is printed beside the wall-clock time, with the ratio
 * it gives: on a shared machine, where other processes take the cores, it is the figure to compare between runs.
 */
public final class IngestBenchmark {
    private static final int WARM_UP_ROUNDS = 10;
    private static final double TARGET_RATIO = 0.30;
    private static final long TARGET_PEAK_MIB = 512;
    private static final double MIB = 1024.0 * 1024.0;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))) {
            out.println("usage: IngestBenchmark CORPUS_DIR [TARGET_MB]   (TARGET_MB defaults to 100)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long targetBytes = (args.length == 2 ? Long.parseLong(args[1]) : 100) * 1_000_000L;

        HeapProbe heap = new HeapProbe();
        IngestLoop loop = new IngestLoop(heap);
        List<IngestLoop.Seed> all = IngestLoop.seeds(dir);
        List<String> notes = new ArrayList<>();
        List<IngestLoop.Seed> seeds = loop.warmUp(all, WARM_UP_ROUNDS, notes);
        if (seeds.isEmpty()) {
            notes.forEach(n -> out.println("note: " + n));
            out.println("no seed file in " + dir + " can be parsed; nothing to measure");
            System.exit(1);
        }
        heap.reset();
        IngestLoop.Pass read = loop.readPass(seeds, targetBytes);
        IngestLoop.Pass parse = loop.parsePass(seeds, targetBytes);
        long poolPeaks = heap.poolPeaks();
        long sampledPeak = heap.sampledPeak();
        long afterGc = heap.usedAfterGc();

        double ratio = parse.megabytesPerSecond() / read.megabytesPerSecond();
        double cpuRatio = parse.megabytesPerCpuSecond() / read.megabytesPerCpuSecond();
        out.printf(Locale.ROOT, "Ingest benchmark: %s, target %d MB, Java %s, max heap %.0f MiB%n", dir,
                targetBytes / 1_000_000, System.getProperty("java.version"), heap.max() / MIB);
        out.printf(Locale.ROOT, "seeds: %d found, %d measured, warm-up %d rounds (not timed)%n", all.size(), seeds.size(),
                WARM_UP_ROUNDS);
        notes.stream().distinct().forEach(n -> out.println("note: " + n));
        out.println();
        out.printf(Locale.ROOT, "%-16s %9s %8s %9s %8s %9s %10s %11s %9s%n", "pass", "MB", "s", "MB/s", "CPU s",
                "MB/CPU s", "documents", "provisions", "rejected");
        row(out, "read (baseline)", read);
        row(out, "read + parse", parse);
        out.println();
        out.printf(Locale.ROOT, "%-40s %10.4f%n", "parse/read throughput ratio", ratio);
        out.printf(Locale.ROOT, "%-40s %10.4f%n", "parse/read ratio in CPU time", cpuRatio);
        out.printf(Locale.ROOT, "%-40s %10.1f MiB%n", "peak heap (sum of heap pool peaks)", poolPeaks / MIB);
        out.printf(Locale.ROOT, "%-40s %10.1f MiB%n", "peak heap (sampled after each document)", sampledPeak / MIB);
        out.printf(Locale.ROOT, "%-40s %10.1f MiB%n", "heap used after GC", afterGc / MIB);
        out.println();
        out.printf(Locale.ROOT, "parse/read ratio >= %.2f: %s%n", TARGET_RATIO, ratio >= TARGET_RATIO ? "PASS" : "FAIL");
        out.printf(Locale.ROOT, "parse/read ratio in CPU time >= %.2f: %s%n", TARGET_RATIO, cpuRatio >= TARGET_RATIO ? "PASS" : "FAIL");
        // The pools' peaks are the conservative figure, so the target is checked against them.
        out.printf(Locale.ROOT, "peak heap < %d MB: %s%n", TARGET_PEAK_MIB, poolPeaks < TARGET_PEAK_MIB * MIB ? "PASS" : "FAIL");
    }

    private static void row(PrintStream out, String name, IngestLoop.Pass p) {
        out.printf(Locale.ROOT, "%-16s %9.1f %8.2f %9.1f %8.2f %9.1f %10d %11d %9d%n", name, p.bytes() / 1e6, p.nanos() / 1e9,
                p.megabytesPerSecond(), p.cpuNanos() / 1e9, p.megabytesPerCpuSecond(), p.documents(), p.provisions(), p.rejected());
    }
}
