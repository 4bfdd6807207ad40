package org.compendium.publish;

/** Fragment identifiers for compendium references: {@code VI.al. 5} becomes {@code ref-VI-al-5}. */
public final class Anchors {
    private Anchors() {
    }

    /** The anchor of a compendium reference (letters, digits and hyphens only, so valid in HTML, XML and DOCX bookmarks). */
    public static String of(String reference) {
        return "ref-" + reference.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
