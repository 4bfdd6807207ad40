package org.compendium.parse;

/**
 * {@link Character#isLetter(char)} as a bit table over the Basic Multilingual Plane, for the scans that test every
 * character of a document (counting its words, joining split words).
 *
 * <p>Why: the JDK's test looks a character's type up through several tables, with a branch per block of the
 * script; here it is one load and a shift, the same answer for every {@code char} (the table is built from the JDK's
 * own test, and {@code LettersTest} compares the two on all 65,536 values).
 */
final class Letters {
    private static final long[] BITS = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter((char) c)) {
                BITS[c >>> 6] |= 1L << c;
            }
        }
    }

    private Letters() {
    }

    /** {@code Character.isLetter(c)}. */
    static boolean isLetter(char c) {
        return (BITS[c >>> 6] & (1L << c)) != 0;
    }
}
