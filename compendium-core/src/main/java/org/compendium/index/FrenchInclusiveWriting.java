package org.compendium.index;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * The marks of French inclusive writing removed from a text before it is cut into words, so that a word written with
 * its feminine ending in brackets or between median dots is the word itself: {@code attaché(e)s} and
 * {@code attaché·e·s} are {@code attachés}, {@code observateur·rice·s} is {@code observateurs}, {@code certain(e)s}
 * {@code certains}, {@code État(s)} {@code État}.
 *
 * <p>Why: the marks denote the feminine (or the plural) of the same word, which the stemmer then joins with the
 * masculine the texts mostly write, but the tokenizer cuts {@code attaché(e)s} into {@code attaché}, {@code e} and
 * {@code s}, so that the query's words are no longer in a row ({@code Attaché(e)s de liaison} did not match the
 * expression {@code attachés de liaison} of {@link Equivalences}, nor a phrase), and keeps {@code attaché·e·s} as
 * one word that no text holds. Only the endings of the feminine ({@code e}, {@code le}, {@code ne}, {@code te},
 * {@code se}, {@code ère}, {@code euse}, {@code rice}, {@code trice}) and the plural {@code s} are read as marks, and
 * only right after a letter: {@code rec. 17(e)} and {@code alinéa (e)} keep their letter.
 *
 * <p>A char filter ({@link GuardedPatternFilter}), so the highlighter's offsets still point into the original text. It runs when a text is indexed
 * and when a query is read (the search's French analysis, {@link LanguageAnalyzers}), so both sides see the same
 * words.
 */
final class FrenchInclusiveWriting {
    /** A feminine ending (or a plural s) in brackets, or between median dots (the last dot may be left out). */
    private static final Pattern MARK = Pattern.compile(
            "(?iu)(?<=\\p{L})(?:\\((?:e|le|ne|te|se|ère|euse|rice|trice)?s?\\)|[·•](?:e|le|ne|te|se|ère|euse|rice|trice)[·•]?)");

    private FrenchInclusiveWriting() {
    }

    /** {@code text} read without the marks of inclusive writing (only a text with a bracket or a dot is scanned). */
    static Reader without(Reader text) {
        return new GuardedPatternFilter(text, java.util.List.of(REWRITE));
    }

    /** The rewrite {@link #without} makes, for a filter making others too ({@link LanguageAnalyzers}). */
    static final GuardedPatternFilter.Rewrite REWRITE =
            new GuardedPatternFilter.Rewrite(FrenchInclusiveWriting::mayHoldAMark, java.util.List.of(MARK), "");

    /**
     * Whether {@code sample} holds a median dot or a bracket right after a letter, as every mark does: most brackets
     * of these texts follow a blank ({@code résolution 11/5 (2022)}, {@code alinéa (a)}), and the mark's pattern is
     * not worth a scan of the whole text for them.
     */
    private static boolean mayHoldAMark(GuardedPatternFilter.Sample sample) {
        String text = sample.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00B7' || c == '\u2022' || (c == '(' && i > 0 && Character.isLetter(text.codePointBefore(i)))) {
                return true;
            }
        }
        return false;
    }
}
