package org.compendium.parse;

import java.util.Arrays;
import java.util.List;
import org.compendium.model.SourceSpan;

/**
 * A text in which every character remembers the source offset it came from. Normalisation passes only delete
 * characters or turn whitespace into plain spaces, so the map stays exact.
 */
public final class MappedText {
    private final String source;
    private final String text;
    private final int[] offsets;

    public MappedText(String text, int[] offsets) {
        this(null, text, offsets);
        if (text.length() != offsets.length) {
            throw new IllegalArgumentException("text and offsets differ in length");
        }
    }

    /**
     * A text whose offsets are offsets of {@code source} (null when not known). Only the first {@code text.length()}
     * offsets count: a pass that deletes characters hands over its array without copying it shorter.
     */
    MappedText(String source, String text, int[] offsets) {
        if (offsets.length < text.length()) {
            throw new IllegalArgumentException("fewer offsets than characters");
        }
        this.source = source;
        this.text = text;
        this.offsets = offsets;
    }

    /** The characters of {@code source} inside {@code spans}, in order, with a newline between two spans. */
    public static MappedText of(String source, List<SourceSpan> spans) {
        Cut cut = cut(source, spans);
        return new MappedText(source, new String(cut.chars(), 0, cut.length()), cut.offsets());
    }

    /** The first {@code length} characters of {@code chars}, each from the offset of {@code offsets} at its index. */
    record Cut(char[] chars, int[] offsets, int length) {
    }

    /** What {@link #of} cuts, still in arrays, for a pass that goes on working in them before making the text. */
    static Cut cut(String source, List<SourceSpan> spans) {
        int total = cutLength(spans);
        char[] chars = new char[total];
        int[] map = new int[total];
        return new Cut(chars, map, cutInto(source, spans, chars, map));
    }

    /** Room enough for what {@link #cutInto} writes: the spans' lengths and a separator each. */
    static int cutLength(List<SourceSpan> spans) {
        int total = 0;
        for (SourceSpan s : spans) {
            total += s.length() + 1;
        }
        return total;
    }

    /** Writes what {@link #cut} cuts into {@code chars} and {@code map} (at least {@link #cutLength} long); returns its length. */
    static int cutInto(String source, List<SourceSpan> spans, char[] chars, int[] map) {
        int k = 0;
        for (SourceSpan s : spans) {
            if (k > 0) {
                chars[k] = '\n';
                map[k++] = s.start();
            }
            source.getChars(s.start(), s.end(), chars, k);
            for (int i = s.start(); i < s.end(); i++) {
                map[k++] = i;
            }
        }
        return k;
    }

    /**
     * The text the offsets point into, when this text was cut from it ({@link #of}) and normalised since; null when
     * not known. The identity of the object is what counts: a {@link Vocabulary} of the same string can look its
     * words up by offset.
     */
    String source() {
        return source;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The source offsets, of which the first {@link #length()} count (the array may be longer). */
    int[] offsets() {
        return offsets;
    }

    /** The source offset of character {@code i}. */
    public int sourceOffset(int i) {
        return offsets[i];
    }

    /** A copy keeping only the characters whose {@code keep} flag is set, and replacing the others as given. */
    MappedText filter(boolean[] keep, char[] replacement) {
        // A char array rather than a StringBuilder: no capacity or coder check per appended character.
        int n = text.length();
        char[] chars = new char[n];
        int[] map = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                chars[k] = replacement != null && replacement[i] != 0 ? replacement[i] : text.charAt(i);
                map[k++] = offsets[i];
            }
        }
        return new MappedText(source, new String(chars, 0, k), map);
    }

    /** The part {@code [from, to)} of this text, with its map. */
    public MappedText slice(int from, int to) {
        return new MappedText(source, text.substring(from, to), Arrays.copyOfRange(offsets, from, to));
    }
}
