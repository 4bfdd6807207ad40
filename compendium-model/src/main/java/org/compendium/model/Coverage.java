package org.compendium.model;

/**
 * How much of a source's non-whitespace text the parsed nodes account for.
 *
 * @param nonWhitespace  non-whitespace characters in the source
 * @param assignedOnce   of those, how many belong to exactly one node
 * @param unassigned     how many belong to no node
 * @param assignedTwice  how many belong to more than one node
 */
public record Coverage(long nonWhitespace, long assignedOnce, long unassigned, long assignedTwice) {
    /** The share of non-whitespace characters assigned to exactly one node, from 0 to 1. */
    public double ratio() {
        return nonWhitespace == 0 ? 1.0 : (double) assignedOnce / nonWhitespace;
    }

    public boolean complete() {
        return unassigned == 0 && assignedTwice == 0;
    }

    /** E.g. {@code 100.00%} or {@code 99.12% (40 unassigned, 2 twice)}. */
    public String describe() {
        String pct = String.format(java.util.Locale.ROOT, "%.2f%%", ratio() * 100);
        return complete() ? pct : pct + " (" + unassigned + " unassigned, " + assignedTwice + " twice)";
    }
}
