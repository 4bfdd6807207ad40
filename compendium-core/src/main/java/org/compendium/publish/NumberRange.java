package org.compendium.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of meeting or session numbers, written {@code 1-6} (or {@code 8} for one number).
 * {@link #parse} and {@link #toString} round-trip.
 */
public record NumberRange(int from, int to) {
    private static final Pattern SHAPE = Pattern.compile("\\s*(\\d{1,3})\\s*(?:[-–]\\s*(\\d{1,3})\\s*)?");

    public NumberRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("bad range " + from + "-" + to + ": expected 1 <= FROM <= TO");
        }
    }

    /** Reads {@code 1-6} or {@code 8}. */
    public static NumberRange parse(String text) {
        Matcher m = text == null ? null : SHAPE.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a range: '" + text + "'; expected e.g. 1-6 or 8");
        }
        int from = Integer.parseInt(m.group(1));
        return new NumberRange(from, m.group(2) == null ? from : Integer.parseInt(m.group(2)));
    }

    public boolean contains(int n) {
        return n >= from && n <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
