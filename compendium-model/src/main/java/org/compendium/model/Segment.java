package org.compendium.model;

import java.util.List;

/**
 * A piece of a document that is not a provision (a heading, a footnote, front matter, page furniture); kept so that
 * every character of the source is accounted for.
 *
 * @param kind  what it is
 * @param label its number or designation when it has one (heading {@code II}, footnote {@code 2}), else empty
 * @param text  its normalised text
 * @param path  for a heading, its place in the section hierarchy, e.g. {@code ["II", "A"]}; else empty
 * @param spans the source ranges it was read from
 */
public record Segment(SegmentKind kind, String label, String text, List<String> path, List<SourceSpan> spans) {
    public Segment {
        if (kind == null) {
            throw new IllegalArgumentException("a segment needs a kind");
        }
        label = label == null ? "" : label;
        text = text == null ? "" : text;
        path = List.copyOf(path);
        spans = List.copyOf(spans);
    }
}
