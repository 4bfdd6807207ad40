package org.compendium.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.compendium.ingest.RejectedInputException;
import org.compendium.ingest.SourceText;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;

/**
 * The core loop of the ingest benchmark: replays a set of seed files, one replica at a time, until a byte volume is
 * reached, either only reading them (the baseline) or reading and parsing them.
 *
 * <p>Each replica is read from disk again and dropped before the next one, so memory stays that of one document
 * however large the volume.
 */
final class IngestLoop {
    /** One seed file: where it is, how it is read, and its digest (the same for every replica, so computed once). */
    record Seed(Path path, String name, SourceFormat format, String sha256, long bytes) {
    }

    /**
     * What one pass did: volume, wall-clock and CPU time of the benchmark thread, and the counters of what was parsed,
     * rejected or not read at all.
     */
    record Pass(long bytes, long nanos, long cpuNanos, long documents, long provisions, long rejected, long sink) {
        double megabytesPerSecond() {
            return nanos == 0 ? 0 : (bytes / 1e6) / (nanos / 1e9);
        }

        /** Throughput per second of the thread's CPU time: what other processes on a shared machine do not change. */
        double megabytesPerCpuSecond() {
            return cpuNanos <= 0 ? 0 : (bytes / 1e6) / (cpuNanos / 1e9);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DocumentParser parser = new DocumentParser();
    private final HeapProbe heap;

    IngestLoop(HeapProbe heap) {
        this.heap = heap;
    }

    /** The text and Markdown files of a corpus directory, in name order. */
    static List<Seed> seeds(Path dir) throws IOException {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(p) || !(lower.endsWith(".txt") || lower.endsWith(".md"))) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                SourceFormat format = lower.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
                out.add(new Seed(p, name, format, sha256(bytes), bytes.length));
            }
        }
        return out;
    }

    /**
     * Parses every seed {@code rounds} times so the JIT has compiled the parser before anything is timed, and
     * returns the seeds to measure.
     */
    List<Seed> warmUp(List<Seed> seeds, int rounds, List<String> notes) {
        List<Seed> usable = new ArrayList<>(seeds);
        for (int round = 0; round < rounds; round++) {
            for (Seed seed : List.copyOf(usable)) {
                try {
                    read(seed);
                    parse(seed, seed.name());
                } catch (RejectedInputException e) {
                    // Kept: the measured passes count it as rejected, which is part of what ingest costs.
                }
            }
        }
        return usable;
    }

    /** The baseline: reads and decodes replicas until {@code targetBytes}, nothing more. */
    Pass readPass(List<Seed> seeds, long targetBytes) {
        requireSeeds(seeds);
        long bytes = 0;
        long documents = 0;
        long sink = 0;
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; bytes < targetBytes; i++) {
            String text = read(seeds.get(i % seeds.size()));
            // Kept so the JIT cannot drop the decoding as dead code.
            sink += text.length() + text.charAt(text.length() / 2);
            bytes += seeds.get(i % seeds.size()).bytes();
            documents++;
        }
        long nanos = System.nanoTime() - start;
        return new Pass(bytes, nanos, cpuNanos() - cpuStart, documents, 0, 0, sink);
    }

    /** Reads and parses replicas until {@code targetBytes}; each replica has its own name, as a real batch would. */
    Pass parsePass(List<Seed> seeds, long targetBytes) {
        requireSeeds(seeds);
        long bytes = 0;
        long documents = 0;
        long provisions = 0;
        long rejected = 0;
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; bytes < targetBytes; i++) {
            Seed seed = seeds.get(i % seeds.size());
            try {
                ParsedDocument doc = parse(seed, String.format(Locale.ROOT, "r%06d-%s", i, seed.name()));
                documents++;
                provisions += doc.provisions().size();
            } catch (RejectedInputException e) {
                rejected++;
            }
            bytes += seed.bytes();
            heap.sample();
        }
        long nanos = System.nanoTime() - start;
        return new Pass(bytes, nanos, cpuNanos() - cpuStart, documents, provisions, rejected, 0);
    }

    private ParsedDocument parse(Seed seed, String name) throws RejectedInputException {
        String text = read(seed);
        return parser.parse(new SourceText(name, seed.format(), text, seed.sha256(), seed.bytes()));
    }

    private static String read(Seed seed) {
        try {
            return new String(Files.readAllBytes(seed.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + seed.path(), e);
        }
    }

    /** The CPU time of the current thread, or -1 when the JVM does not measure it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static void requireSeeds(List<Seed> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed file the parser can read");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
