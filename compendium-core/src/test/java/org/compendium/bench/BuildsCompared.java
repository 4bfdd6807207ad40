package org.compendium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.compendium.ingest.SourceText;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;

/**
 * The parse of the seeds by two or more builds of the parser in one JVM, their rounds alternated, in thread CPU time:
 * on a shared machine the steadier comparison than separate benchmark runs, whose JIT and neighbours differ.
 *
 * <p>Run from {@code compendium-core}, with each build's class folders (its core and model classes, copied aside
 * before a change): {@code java -cp target/test-classes org.compendium.bench.BuildsCompared CORPUS_DIR ROUNDS
 * "$(cat /tmp/cp.txt)" /tmp/before/core:/tmp/before/model target/classes:../compendium-model/target/classes}. Each
 * build gets a class loader of its own (with the dependencies of the class path given, less any compendium-model
 * jar), in which {@link Runner} is loaded again; the public parse API is all it calls. Prints, per build, the median,
 * quartile and least CPU ns per character of a round (two passes over the seeds), and the median of each round's
 * ratio to the first build's round next to it.
 */
public final class BuildsCompared {
    private BuildsCompared() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.out.println("usage: BuildsCompared CORPUS_DIR ROUNDS DEPENDENCY_CLASS_PATH BUILD_CLASSES...");
            System.exit(2);
        }
        String corpus = args[0];
        int rounds = Integer.parseInt(args[1]);
        URL runnerHome = BuildsCompared.class.getProtectionDomain().getCodeSource().getLocation();
        int builds = args.length - 3;
        Method[] round = new Method[builds];
        long chars = 0;
        for (int b = 0; b < builds; b++) {
            List<URL> urls = new ArrayList<>();
            urls.add(runnerHome);
            for (String p : args[3 + b].split(":")) {
                urls.add(Path.of(p).toUri().toURL());
            }
            for (String p : args[2].split(":")) {
                if (!p.isBlank() && !p.contains("compendium-model")) {
                    urls.add(Path.of(p).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> runner = loader.loadClass(Runner.class.getName());
            chars = (long) runner.getMethod("init", String.class).invoke(null, corpus);
            round[b] = runner.getMethod("round");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] provisions = new long[builds];
        for (int w = 0; w < 40; w++) {
            for (int b = 0; b < builds; b++) {
                provisions[b] = (long) round[b].invoke(null);
            }
        }
        System.out.println("provisions per round (the same for every build, or the builds parse differently): " + Arrays.toString(provisions));
        long[][] nanos = new long[builds][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds; k++) {
                int b = (r + k) % builds;
                long start = threads.getCurrentThreadCpuTime();
                round[b].invoke(null);
                round[b].invoke(null);
                nanos[b][r] = threads.getCurrentThreadCpuTime() - start;
            }
        }
        for (int b = 0; b < builds; b++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = (double) nanos[b][r] / nanos[0][r];
            }
            Arrays.sort(ratio);
            long[] sorted = nanos[b].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-50s median %.2f ns/char, p25 %.2f, min %.2f; ratio to the first build: median %.3f%n",
                    args[3 + b], sorted[rounds / 2] / (2.0 * chars), sorted[rounds / 4] / (2.0 * chars), sorted[0] / (2.0 * chars),
                    ratio[rounds / 2]);
        }
    }

    /** One build's parse of the seeds, loaded in that build's class loader. */
    public static final class Runner {
        private static final List<String> TEXTS = new ArrayList<>();
        private static final List<String> NAMES = new ArrayList<>();
        private static final List<SourceFormat> FORMATS = new ArrayList<>();
        private static final DocumentParser PARSER = new DocumentParser();
        private static int rounds;

        private Runner() {
        }

        /** Reads the seeds (text and Markdown files); returns their characters. */
        public static long init(String dir) throws Exception {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".txt") || name.endsWith(".md")) {
                        TEXTS.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                        NAMES.add(name);
                        FORMATS.add(name.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.TEXT);
                    }
                }
            }
            return TEXTS.stream().mapToLong(String::length).sum();
        }

        /** Parses every seed once, each under a name of its own; returns the provisions read (-1 per rejection). */
        public static long round() {
            long provisions = 0;
            rounds++;
            for (int i = 0; i < TEXTS.size(); i++) {
                try {
                    provisions += PARSER.parse(new SourceText("r" + rounds + "-" + NAMES.get(i), FORMATS.get(i), TEXTS.get(i),
                            "0".repeat(64), TEXTS.get(i).length())).provisions().size();
                } catch (Exception e) {
                    provisions--;
                }
            }
            return provisions;
        }
    }
}
