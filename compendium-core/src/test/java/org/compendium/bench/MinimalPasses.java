package org.compendium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the passes that any parser of these documents must make cost on the seeds, each alone, in thread CPU time,
 * next to the read baseline of {@link IngestBenchmark} (decode the bytes): the floor under the parse/read ratio of
 * issue 10's target. Not the parser: bare loops that do the least each pass needs.
 *
 * <ul>
 *   <li><b>read</b>: {@code new String(bytes, UTF_8)} of each seed (the benchmark's baseline, file cache aside);</li>
 *   <li><b>lines</b>: every line's start and end, by {@code indexOf('\n')}, into an int array;</li>
 *   <li><b>scan</b>: one look at every char through a table (its class: letter, blank, line end, other), summed;</li>
 *   <li><b>words</b>: every word's letters hashed as they are read and the word counted in an open-addressing table
 *       of (start, length) keys: what split-word repair needs, in any language;</li>
 *   <li><b>node texts</b>: every paragraph (lines up to a blank line) copied once with its whitespace collapsed and
 *       each kept char's source offset, then made a String: what a provision's text with offsets costs;</li>
 *   <li><b>line classes</b>: each line's first visible char looked up in a table (what a reader's line gate reads).</li>
 * </ul>
 *
 * <p>Run from {@code compendium-core}: {@code java -cp target/test-classes org.compendium.bench.MinimalPasses
 * ../../shared/corpus/fr 300}. Prints each pass's median ns per char of 300 rounds, their sum, and the parse/read
 * ratio a parser making only these passes would reach ({@code read / (read + passes)}).
 */
public final class MinimalPasses {
    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (int c = 0; c <= 0xFFFF; c++) {
            CLASS[c] = (byte) (Character.isLetter(c) ? 1 : c == '\n' ? 3 : Character.isWhitespace(c) || Character.isSpaceChar(c) ? 2 : 0);
        }
    }

    private MinimalPasses() {
    }

    public static void main(String[] args) throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(Path.of(args[0]))) {
            for (Path p : paths.sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        int rounds = Integer.parseInt(args[1]);
        List<String> texts = files.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        String[] names = {"read", "lines", "scan", "words", "node texts", "line classes"};
        long[][] nanos = new long[names.length][rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = -50; r < rounds; r++) {
            for (int p = 0; p < names.length; p++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < texts.size(); i++) {
                    sink += switch (p) {
                        case 0 -> new String(files.get(i), StandardCharsets.UTF_8).charAt(0);
                        case 1 -> lines(texts.get(i)).length;
                        case 2 -> scan(texts.get(i));
                        case 3 -> words(texts.get(i));
                        case 4 -> nodeTexts(texts.get(i), lines(texts.get(i)));
                        default -> lineClasses(texts.get(i), lines(texts.get(i)));
                    };
                }
                long spent = threads.getCurrentThreadCpuTime() - start;
                if (r >= 0) {
                    nanos[p][r] = spent;
                }
            }
        }
        double[] median = new double[names.length];
        for (int p = 0; p < names.length; p++) {
            long[] sorted = nanos[p].clone();
            Arrays.sort(sorted);
            median[p] = sorted[rounds / 2] / (double) chars;
        }
        // The node texts and line classes passes also cut the lines: their own cost is what they add to it.
        median[4] -= median[1];
        median[5] -= median[1];
        double passes = 0;
        for (int p = 0; p < names.length; p++) {
            System.out.printf(Locale.ROOT, "%-13s %6.2f ns/char%n", names[p], median[p]);
            passes += p == 0 ? 0 : median[p];
        }
        System.out.printf(Locale.ROOT, "passes        %6.2f ns/char; parse/read ratio of a parser making only these: %.3f (sink %d)%n",
                passes, median[0] / (median[0] + passes), sink & 1);
    }

    /** Each line's start and end, side by side. */
    private static int[] lines(String s) {
        int[] out = new int[64];
        int k = 0;
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            if (k + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[k++] = start;
            out[k++] = end;
            start = end + 1;
        }
        return Arrays.copyOf(out, k);
    }

    private static long scan(String s) {
        long sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += CLASS[s.charAt(i)];
        }
        return sum;
    }

    private static long words(String s) {
        char[] a = s.toCharArray();
        int n = a.length;
        int[] slots = new int[Integer.highestOneBit(Math.max(16, n / 5)) << 1];
        int[] keys = new int[slots.length * 3];
        int size = 0;
        int i = 0;
        while (i < n) {
            if (CLASS[a[i]] != 1) {
                i++;
                continue;
            }
            int start = i;
            int h = 0;
            do {
                h = 31 * h + a[i++];
            } while (i < n && CLASS[a[i]] == 1);
            int len = i - start;
            int mask = slots.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                int e = slots[slot];
                if (e == 0) {
                    if (size * 2 + 2 > slots.length) {
                        break;
                    }
                    keys[size * 3] = start;
                    keys[size * 3 + 1] = len;
                    keys[size * 3 + 2] = 1;
                    slots[slot] = ++size;
                    break;
                }
                int at = (e - 1) * 3;
                if (keys[at + 1] == len && Arrays.equals(a, keys[at], keys[at] + len, a, start, i)) {
                    keys[at + 2]++;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return size;
    }

    private static long nodeTexts(String s, int[] lines) {
        char[] out = new char[s.length()];
        int[] offsets = new int[s.length()];
        long total = 0;
        int k = 0;
        boolean blank = true;
        for (int l = 0; l < lines.length; l += 2) {
            int start = lines[l];
            int end = lines[l + 1];
            boolean empty = true;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (CLASS[c] >= 2) {
                    blank = true;
                    continue;
                }
                empty = false;
                if (blank && k > 0) {
                    out[k] = ' ';
                    offsets[k++] = i - 1;
                }
                blank = false;
                out[k] = c;
                offsets[k++] = i;
            }
            blank = true;
            if (empty && k > 0) {
                total += new String(out, 0, k).length() + offsets[k - 1];
                k = 0;
            }
        }
        return total + (k > 0 ? new String(out, 0, k).length() : 0);
    }

    private static long lineClasses(String s, int[] lines) {
        long sum = 0;
        for (int l = 0; l < lines.length; l += 2) {
            int i = lines[l];
            while (i < lines[l + 1] && CLASS[s.charAt(i)] == 2) {
                i++;
            }
            sum += i < lines[l + 1] ? CLASS[s.charAt(i)] + s.charAt(i) : 0;
        }
        return sum;
    }
}
