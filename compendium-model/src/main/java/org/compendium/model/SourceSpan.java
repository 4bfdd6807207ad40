package org.compendium.model;

/**
 * A half-open range {@code [start, end)} of character offsets in a source text.
 */
public record SourceSpan(int start, int end) implements Comparable<SourceSpan> {
    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    @Override
    public int compareTo(SourceSpan other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
