package org.compendium.model;

import java.util.Locale;

/** The kinds of non-provision text a document is made of; together with provisions they cover the whole source. */
public enum SegmentKind {
    /** Title page, distribution block, symbol, the resolution's opening "La Conférence des Parties ...". */
    FRONT_MATTER,
    /** A section heading such as "II. Recommandations" or "A. Recommandations générales". */
    HEADING,
    /** A footnote body, and the rule ({@code ___}, {@code ---}) that opens a footnote block. */
    FOOTNOTE,
    /** Page headers, page numbers, job numbers, stray intranet links left by conversion. */
    PAGE_FURNITURE,
    /** Running text that belongs to no numbered paragraph (a compendium introduction, a table of contents). */
    TEXT,
    /** A thematic-index table that a later stage reads. */
    INDEX_TABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
