package org.compendium.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that gives a French word written without any accent the accent of its ending where the Snowball
 * French stemmer reads that ending by its accent: {@code criminalite} → {@code criminalité}, {@code forcees} →
 * {@code forcées}, {@code frontieres} → {@code frontières}, {@code troisieme} → {@code troisième}.
 *
 * <p>Why: the stemmer removes {@code -ité}, {@code -ée}, {@code -ière}, {@code -ième} as suffixes, but an unaccented
 * {@code -ite}, {@code -ee} only loses its last letter, so a reader who types without accents (on a keyboard without
 * them, or in haste) gets another stem than the text's: 22 % of the accented words' occurrences in the seeds stem
 * otherwise when their accents are left out, 3 % once these endings are restored (Lucene's light stemmer: 4 %). The
 * endings are the only ones restored because they are the ones almost always accented in French; {@code -e} and
 * {@code -es} are not ({@code forces} is a noun as often as {@code forcés} a participle).
 *
 * <p>Contract: input lower case, elided articles removed (the stop list is accented, so stop words go before), and a
 * word holding any accented letter is left as it is — it was typed with its accents. The same filter runs when the
 * text is indexed and when a query is read, so a word without accents in the text (a proper name) stems alike on both
 * sides.
 */
final class FrenchEndingAccents extends TokenFilter {
    /** Unaccented ending and its accented form, longest first within a family; the first that matches applies. */
    private static final String[][] ENDINGS = {
            {"ees", "ées"}, {"ee", "ée"},
            {"ites", "ités"}, {"ite", "ité"},
            {"ieres", "ières"}, {"iere", "ière"},
            {"iemes", "ièmes"}, {"ieme", "ième"}};
    /** How many letters must stand before the ending: {@code cite}, {@code site} and {@code fee} keep theirs. */
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FrenchEndingAccents(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (hasAccent(buffer, length)) {
            return true;
        }
        for (String[] ending : ENDINGS) {
            String plain = ending[0];
            if (length - plain.length() >= MIN_STEM && endsWith(buffer, length, plain)) {
                String accented = ending[1];
                buffer = term.resizeBuffer(length - plain.length() + accented.length());
                accented.getChars(0, accented.length(), buffer, length - plain.length());
                term.setLength(length - plain.length() + accented.length());
                break;
            }
        }
        return true;
    }

    private static boolean hasAccent(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u00C0' && buffer[i] <= '\u024F') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(char[] buffer, int length, String suffix) {
        int start = length - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (buffer[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
