package org.compendium.ingest;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The pass that gives back the characters a PDF's text layer shows in place of the ones it means: Arabic
 * presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC: the contextual shapes of letters and the lam-alef ligatures,
 * which some extractors write instead of the letters) read as their letters by their compatibility decomposition
 * (NFKC: {@code ﺍﻟﻘﺮﺍﺭ} is {@code القرار}, {@code ﻻ} is {@code لا}), and soft hyphens (U+00AD), which a word processor
 * leaves inside words where a line may break: inside a line it goes, at a line's end it is the hyphen of a broken word
 * ({@code -}), which the parser joins as any line-end hyphen. Without it, a document in presentation forms matched
 * no word of its grammar (stored as unstructured text), and a soft hyphen stayed inside the provision's word.
 *
 * <p>It runs on the whole text before anything measures offsets in it (see {@link SourceText}), as
 * {@link StorableText} does, and says what it changed ({@link #note()}), which the ingest repeats as a warning.
 *
 * @param text                 the text, folded
 * @param presentationForms    how many presentation forms were read as letters
 * @param softHyphens          how many soft hyphens were removed or made line-end hyphens
 */
public record ExtractionForms(String text, int presentationForms, int softHyphens) {
    private static final char SOFT_HYPHEN = '\u00AD';

    /** {@code raw} with its presentation forms and soft hyphens read. */
    public static ExtractionForms of(String raw) {
        int first = firstToFold(raw);
        if (first < 0) {
            return new ExtractionForms(raw, 0, 0);
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, first);
        int forms = 0;
        int hyphens = 0;
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == SOFT_HYPHEN) {
                hyphens++;
                if (atLineEnd(raw, i + 1)) {
                    out.append('-');
                }
            } else if (isPresentationForm(c)) {
                forms++;
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                out.append(c);
            }
        }
        return new ExtractionForms(out.toString(), forms, hyphens);
    }

    /** Whether only blanks stand between {@code at} and the next line break (or the text's end). */
    private static boolean atLineEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * An Arabic presentation form: of block A (U+FB50–U+FDFF) or B (U+FE70–U+FEFC). Not U+FEFF, the byte order mark,
     * nor the block's unassigned points (whose decomposition is themselves).
     */
    static boolean isPresentationForm(char c) {
        return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC';
    }

    private static int firstToFold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == SOFT_HYPHEN || c >= '\uFB50' && isPresentationForm(c)) {
                return i;
            }
        }
        return -1;
    }

    /** What was read, in plain words; empty when nothing was. */
    public Optional<String> note() {
        if (presentationForms == 0 && softHyphens == 0) {
            return Optional.empty();
        }
        StringBuilder what = new StringBuilder("read ");
        if (presentationForms > 0) {
            what.append(presentationForms).append(presentationForms == 1 ? " Arabic presentation form" : " Arabic presentation forms")
                    .append(" (U+FB50–U+FEFC) as the letters they show");
        }
        if (softHyphens > 0) {
            what.append(presentationForms > 0 ? " and " : "").append(softHyphens)
                    .append(softHyphens == 1 ? " soft hyphen" : " soft hyphens").append(" (U+00AD) as a break inside a word");
        }
        return Optional.of(what + ", as the text extraction wrote them");
    }
}
