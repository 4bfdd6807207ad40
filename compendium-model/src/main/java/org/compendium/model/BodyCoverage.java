package org.compendium.model;

import java.util.Locale;

/**
 * How much of a document's text its structure explains, in two figures: the share of its non-whitespace characters
 * inside provisions, and the share set aside as headings, footnotes, page furniture and front matter. What is left
 * is body text outside any provision (running text a reader did not understand as numbered structure).
 *
 * @param nonWhitespace non-whitespace characters in the source
 * @param inProvisions  of those, how many are inside a provision
 * @param setAside      how many are in a heading, footnote, page furniture, front matter or index table segment
 */
public record BodyCoverage(long nonWhitespace, long inProvisions, long setAside) {
    /**
     * Below this share of its body text inside provisions, a document is flagged ({@link #largelyOutsideProvisions}):
     * most of what it says would be found by no citation.
     */
    public static final double LARGELY_OUTSIDE = 0.5;

    /**
     * Below this many non-whitespace characters set aside — about a page of a UN document — a document is not flagged
     * as {@link #mostlySetAside}, whatever the share: a one-page decision or excerpt carries its masthead, title and
     * closing formula like a long report, and those alone are then half of its text without anything being lost.
     */
    public static final long PAGE_OF_TEXT = 2_000;

    public BodyCoverage {
        if (nonWhitespace < 0 || inProvisions < 0 || setAside < 0 || inProvisions + setAside > nonWhitespace) {
            throw new IllegalArgumentException("body coverage counts must be ≥ 0 and add up to at most the non-whitespace characters: "
                    + nonWhitespace + ", " + inProvisions + ", " + setAside);
        }
    }

    /** Body text outside any provision and not set aside. */
    public long outside() {
        return nonWhitespace - inProvisions - setAside;
    }

    /** The share of the text inside provisions, from 0 to 1. */
    public double provisionsShare() {
        return nonWhitespace == 0 ? 0 : (double) inProvisions / nonWhitespace;
    }

    /** The share of the text set aside as headings, footnotes, furniture and front matter, from 0 to 1. */
    public double setAsideShare() {
        return nonWhitespace == 0 ? 0 : (double) setAside / nonWhitespace;
    }

    /** The share of the body text (everything not set aside) inside provisions, from 0 to 1; 0 when there is no body. */
    public double bodyShareInProvisions() {
        long body = nonWhitespace - setAside;
        return body == 0 ? 0 : (double) inProvisions / body;
    }

    /** Whether most of the body text falls outside provisions (see {@link #LARGELY_OUTSIDE}). */
    public boolean largelyOutsideProvisions() {
        return bodyShareInProvisions() < LARGELY_OUTSIDE;
    }

    /**
     * Whether more than half of the text was set aside, and more than a page of it ({@link #PAGE_OF_TEXT}): the body
     * may have been taken for front matter, headings or footnotes.
     */
    public boolean mostlySetAside() {
        return setAsideShare() > LARGELY_OUTSIDE && setAside > PAGE_OF_TEXT;
    }

    /** E.g. {@code in provisions 93.10%, set aside 6.90%}. */
    public String describe() {
        return String.format(Locale.ROOT, "in provisions %.2f%%, set aside %.2f%%", provisionsShare() * 100, setAsideShare() * 100);
    }
}
