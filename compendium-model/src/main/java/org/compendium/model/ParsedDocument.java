package org.compendium.model;

import java.util.List;

/**
 * A source document read into structure: its metadata, its provisions in document order, and the segments that are
 * not provisions. Provisions and segments together account for every non-whitespace source character.
 *
 * @param source       the file name it was read from
 * @param format       the file format
 * @param sha256       the hex SHA-256 of the source bytes, which identifies the document for re-ingest
 * @param sourceLength the length in characters of the text that spans point into
 * @param metadata     what the document says about itself
 * @param work         what the document is, in any language: its provisions' citations are of this work, or (in a
 *                     compendium) of the works it reproduces
 * @param provisions   the provisions, in document order
 * @param segments     the non-provision segments, in document order
 * @param coverage     how much of the source the nodes account for
 * @param body         the share of the text inside provisions and the share set aside, or null when not known (a
 *                     document stored before these figures were kept)
 * @param warnings     what the parser could not understand and how it read the document instead, in plain words
 *                     ({@code type not recognised: …}); empty when it understood everything
 */
public record ParsedDocument(
        String source,
        SourceFormat format,
        String sha256,
        int sourceLength,
        DocumentMetadata metadata,
        Work work,
        List<Provision> provisions,
        List<Segment> segments,
        Coverage coverage,
        BodyCoverage body,
        List<String> warnings) {

    public ParsedDocument {
        if (work == null) {
            throw new IllegalArgumentException("a parsed document needs a work");
        }
        provisions = List.copyOf(provisions);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /** A document without the two coverage figures and without warnings. */
    public ParsedDocument(String source, SourceFormat format, String sha256, int sourceLength, DocumentMetadata metadata,
                          Work work, List<Provision> provisions, List<Segment> segments, Coverage coverage) {
        this(source, format, sha256, sourceLength, metadata, work, provisions, segments, coverage, null, List.of());
    }

    /**
     * Whether it was stored as <em>unstructured</em>: its text is kept (segments), but the parser recognised no
     * structure it could cite, so it has no provisions ({@link #warnings} say what was missing).
     */
    public boolean unstructured() {
        return provisions.isEmpty();
    }

    /** This document with other warnings. */
    public ParsedDocument withWarnings(List<String> others) {
        return new ParsedDocument(source, format, sha256, sourceLength, metadata, work, provisions, segments, coverage, body, others);
    }

    /** The work in the document's language. */
    public Expression expression() {
        return new Expression(work, metadata.language());
    }

    /** The provisions of one kind, in document order. */
    public List<Provision> provisions(ProvisionKind kind) {
        return provisions.stream().filter(p -> p.kind() == kind).toList();
    }
}
