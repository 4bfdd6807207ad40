package org.compendium.parse;

import java.util.Arrays;

/**
 * An open-addressing hash table from words to their counts, where a word is a range of one shared character array.
 *
 * <p>Why not a {@code HashMap<String, Integer>}: counting a document would allocate a string and a boxed integer per
 * word, and every look-up of a node's words would allocate a substring first. Here the keys are (start, length) pairs
 * into {@link #chars}, and a look-up compares characters in place, also across two ranges for a joined word. Linear
 * probing; the table doubles at half full, so probes stay short.
 *
 * <p>Each distinct word gets an id, in the order first seen, that stays the same when the table grows: a caller that
 * keeps the id of an occurrence ({@link #add}'s result) reads its count later without hashing the word again.
 */
final class WordCounts {
    private final char[] chars;
    /** Per slot, the id of its word plus one; 0 for an empty slot. */
    private int[] slots;
    /**
     * Per word id, four ints side by side (where it was first seen, its length, its count, its spread hash): a probe
     * reads one word's fields from one cache line instead of four arrays.
     */
    private int[] words;
    private int size;

    private static final int START = 0;
    private static final int LENGTH = 1;
    private static final int COUNT = 2;
    private static final int HASH = 3;
    private static final int STRIDE = 4;

    /** An empty table whose keys will be ranges of {@code chars}. */
    WordCounts(char[] chars, int expectedWords) {
        this.chars = chars;
        int capacity = Integer.highestOneBit(Math.max(16, expectedWords * 2 - 1)) << 1;
        slots = new int[capacity];
        words = new int[(capacity / 2 + 1) * STRIDE];
    }

    /** Adds one occurrence of the word {@code chars[from, to)} (not empty) and returns the word's id. */
    int add(int from, int to) {
        return add(from, to, polynomial(chars, from, to, 0));
    }

    /**
     * {@link #add(int, int)} for a caller that has taken the word's string hash ({@code h = 31 * h + c} over its
     * characters) while reading it.
     */
    int add(int from, int to, int stringHash) {
        int hash = spread(stringHash);
        int mask = slots.length - 1;
        int slot = hash & mask;
        int length = to - from;
        int entry;
        int[] w = words;
        while ((entry = slots[slot]) != 0) {
            int at = (entry - 1) * STRIDE;
            if (w[at + HASH] == hash && w[at + LENGTH] == length && equalRange(w[at + START], chars, from, to)) {
                w[at + COUNT]++;
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        int id = size++;
        if ((id + 1) * STRIDE > words.length) {
            words = Arrays.copyOf(words, words.length * 2);
        }
        int at = id * STRIDE;
        words[at + START] = from;
        words[at + LENGTH] = length;
        words[at + HASH] = hash;
        words[at + COUNT] = 1;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    /** The count of the word whose id {@link #add} returned. */
    int countOf(int id) {
        return words[id * STRIDE + COUNT];
    }

    /** How many distinct words the table holds: their ids are 0 to size - 1. */
    int size() {
        return size;
    }

    /** Where in the shared array the word whose id {@link #add} returned was first seen. */
    int startOf(int id) {
        return words[id * STRIDE + START];
    }

    /** The length of the word whose id {@link #add} returned. */
    int lengthOf(int id) {
        return words[id * STRIDE + LENGTH];
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
        return probe(spread(polynomial(word, from2, to2, polynomial(word, from1, to1, 0))), word, from1, to1, from2, to2);
    }

    /**
     * The count of the word made of the words with ids {@code left} and {@code right}, joined: {@link #count(char[],
     * int, int, int, int)} of their characters, with the hash made from theirs ({@code h(ab) = h(a)·31^|b| + h(b)})
     * instead of from their characters again.
     */
    int countJoined(int left, int right) {
        int leftStart = startOf(left);
        int leftLength = lengthOf(left);
        int rightStart = startOf(right);
        int rightLength = lengthOf(right);
        int power = rightLength < POWERS_OF_31.length ? POWERS_OF_31[rightLength] : power31(rightLength);
        int hash = unspread(words[left * STRIDE + HASH]) * power + unspread(words[right * STRIDE + HASH]);
        return probe(spread(hash), chars, leftStart, leftStart + leftLength, rightStart, rightStart + rightLength);
    }

    /** 31 to the power of the index, as int arithmetic gives it (overflowing as the string hash does). */
    private static final int[] POWERS_OF_31 = new int[64];

    static {
        for (int i = 0; i < POWERS_OF_31.length; i++) {
            POWERS_OF_31[i] = power31(i);
        }
    }

    private static int power31(int exponent) {
        int power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 31;
        }
        return power;
    }

    /** The count of the word {@code word[from1, to1)} followed by {@code word[from2, to2)}, whose spread hash is given. */
    private int probe(int hash, char[] word, int from1, int to1, int from2, int to2) {
        int length = (to1 - from1) + (to2 - from2);
        int mask = slots.length - 1;
        int slot = hash & mask;
        int entry;
        int[] w = words;
        while ((entry = slots[slot]) != 0) {
            int at = (entry - 1) * STRIDE;
            if (w[at + HASH] == hash && w[at + LENGTH] == length
                    && equalRange(w[at + START], word, from1, to1)
                    && equalRange(w[at + START] + (to1 - from1), word, from2, to2)) {
                return w[at + COUNT];
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

    /** The string hash that {@link #spread} mixed: the high half is unchanged, so the same mix undoes it. */
    private static int unspread(int spread) {
        return spread ^ (spread >>> 16);
    }

    private boolean equalRange(int start, char[] other, int from, int to) {
        for (int i = from, j = start; i < to; i++, j++) {
            if (chars[j] != other[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = words[id * STRIDE + HASH] & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id + 1;
        }
        slots = bigger;
    }
}
