package org.compendium.ingest;

import java.util.Optional;

/**
 * The one pass that makes an extracted text storable in either store: it removes the NUL characters (U+0000) that
 * PDF and DOCX text layers sometimes hold (a glyph without a Unicode mapping), which a PostgreSQL text column refuses
 * outright, and replaces each unpaired surrogate (half of a broken character) with U+FFFD, which PostgreSQL's driver
 * would otherwise turn into {@code ?} without a word while H2 kept it. Both stores then hold the same text, and
 * nothing is lost silently: {@link #note()} says what was changed, and the ingest repeats it as a warning.
 *
 * <p>It runs on the whole text before anything measures offsets in it (see {@link SourceText}), so source spans
 * point into the storable text. Everything else is kept as extracted: other control characters, which both
 * databases store, are the parser's business.
 *
 * @param text                the text, storable
 * @param nulsRemoved         how many U+0000 were removed
 * @param surrogatesReplaced  how many unpaired surrogates were replaced with U+FFFD
 */
public record StorableText(String text, int nulsRemoved, int surrogatesReplaced) {
    /** The character for a replaced unpaired surrogate. */
    public static final char REPLACEMENT = '\uFFFD';

    /** {@code raw} made storable. */
    public static StorableText of(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("no text");
        }
        int first = firstUnstorable(raw);
        if (first < 0) {
            return new StorableText(raw, 0, 0);
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, first);
        int nuls = 0;
        int surrogates = 0;
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0000') {
                nuls++;
            } else if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                surrogates++;
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return new StorableText(out.toString(), nuls, surrogates);
    }

    /** The index of the first character {@link #of} changes, or -1 when {@code s} is storable as it is. */
    private static int firstUnstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code s} holds nothing {@link #of} would change. */
    public static boolean isStorable(String s) {
        return s == null || firstUnstorable(s) < 0;
    }

    /**
     * What was changed, in plain words, e.g. {@code removed 3 NUL characters (U+0000) that the extracted text held
     * and a store cannot keep}; empty when nothing was.
     */
    public Optional<String> note() {
        if (nulsRemoved == 0 && surrogatesReplaced == 0) {
            return Optional.empty();
        }
        StringBuilder what = new StringBuilder();
        if (nulsRemoved > 0) {
            what.append("removed ").append(nulsRemoved).append(nulsRemoved == 1 ? " NUL character" : " NUL characters")
                    .append(" (U+0000)");
        }
        if (surrogatesReplaced > 0) {
            what.append(what.isEmpty() ? "" : " and ").append("replaced ").append(surrogatesReplaced)
                    .append(surrogatesReplaced == 1 ? " broken character" : " broken characters")
                    .append(" (unpaired surrogates) with U+FFFD");
        }
        return Optional.of(what + " that the extracted text held and a store cannot keep; if words look broken "
                + "around them, check the file's fonts or export it again");
    }
}
