package org.compendium.app.cli;

/** Counts in English as the commands print them: {@code 1 document}, {@code 0 documents}, {@code 2 documents}. */
final class Counts {
    private Counts() {
    }

    /** {@code n} and the noun, plural (with {@code s}) unless {@code n} is 1. */
    static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and the noun, {@code plural} unless {@code n} is 1. */
    static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
