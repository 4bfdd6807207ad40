package org.compendium.parse;

/**
 * An open-addressing hash table from words to their counts, where a word is a range of one shared character array.
 *
 * <p>Why not a {@code HashMap<String, Integer>}: counting a document would allocate a string and a boxed integer per
 * word, and every look-up of a node's words would allocate a substring first. Here the keys are (start, length) pairs
 * into {@link #chars}, and a look-up compares characters in place, also across two ranges for a joined word. Linear
 * probing; the table doubles at half full, so probes stay short.
 */
final class WordCounts {
    private final char[] chars;
    private int[] starts;
    private int[] lengths;
    private int[] counts;
    private int[] hashes;
    private int size;

    /** An empty table whose keys will be ranges of {@code chars}. */
    WordCounts(char[] chars, int expectedWords) {
        this.chars = chars;
        int capacity = Integer.highestOneBit(Math.max(16, expectedWords * 2 - 1)) << 1;
        allocate(capacity);
    }

    /** Adds one occurrence of the word {@code chars[from, to)}. */
    void add(int from, int to) {
        int hash = spread(polynomial(chars, from, to, 0));
        int mask = starts.length - 1;
        int slot = hash & mask;
        int length = to - from;
        while (lengths[slot] != 0) {
            if (hashes[slot] == hash && lengths[slot] == length && equalRange(starts[slot], chars, from, to)) {
                counts[slot]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        starts[slot] = from;
        lengths[slot] = length;
        hashes[slot] = hash;
        counts[slot] = 1;
        if (++size * 2 > starts.length) {
            grow();
        }
    }

    /** The count of the word {@code word[from, to)}, 0 when absent. */
    int count(char[] word, int from, int to) {
        return count(word, from, to, to, to);
    }

    /** The count of the word made of {@code word[from1, to1)} followed by {@code word[from2, to2)}. */
    int count(char[] word, int from1, int to1, int from2, int to2) {
        int length = (to1 - from1) + (to2 - from2);
        if (length == 0) {
            return 0;
        }
        int hash = spread(polynomial(word, from2, to2, polynomial(word, from1, to1, 0)));
        int mask = starts.length - 1;
        int slot = hash & mask;
        while (lengths[slot] != 0) {
            if (hashes[slot] == hash && lengths[slot] == length
                    && equalRange(starts[slot], word, from1, to1)
                    && equalRange(starts[slot] + (to1 - from1), word, from2, to2)) {
                return counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** The string hash of {@code a[from, to)} continued from {@code seed}, so that two ranges hash as one word. */
    private static int polynomial(char[] a, int from, int to, int seed) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    /** Mixes the high bits into the low ones that the mask keeps. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private boolean equalRange(int start, char[] other, int from, int to) {
        for (int i = from, j = start; i < to; i++, j++) {
            if (chars[j] != other[i]) {
                return false;
            }
        }
        return true;
    }

    private void allocate(int capacity) {
        starts = new int[capacity];
        lengths = new int[capacity];
        counts = new int[capacity];
        hashes = new int[capacity];
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int[] oldCounts = counts;
        int[] oldHashes = hashes;
        allocate(oldStarts.length * 2);
        int mask = starts.length - 1;
        for (int i = 0; i < oldStarts.length; i++) {
            if (oldLengths[i] == 0) {
                continue;
            }
            int slot = oldHashes[i] & mask;
            while (lengths[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            starts[slot] = oldStarts[i];
            lengths[slot] = oldLengths[i];
            hashes[slot] = oldHashes[i];
            counts[slot] = oldCounts[i];
        }
    }
}
