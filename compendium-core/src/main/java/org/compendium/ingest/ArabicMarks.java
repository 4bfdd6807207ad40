package org.compendium.ingest;

import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Gives an Arabic combining mark drawn away from its letter back to that letter, before PDFBox builds the page's
 * lines and puts them in reading order ({@link PageStripper} calls it on each page).
 *
 * <p>Why: LibreOffice places the tanwin of {@code ثانياً} (U+064B) at the pen position after the space that follows the
 * word, not over its final alef, so PDFBox's own merging of diacritics (which needs the mark to overlap its letter) leaves
 * it alone. The lone mark then splits the line in two words, PDFBox orders each word right to left but keeps the two in
 * page order, and the heading {@code ثانياً - التوصيات} comes out as {@code ً - التوصيات ثانيا}. A mark that overlaps no
 * Arabic letter is therefore appended to the nearest Arabic letter to its right on its line (in the page's left-to-right
 * order the last letter of a right-to-left word is its leftmost one, where tanwin stands), if that letter is near: then
 * the word is whole, its mark after its letter in reading order, and the line reads in order. Marks over their letters,
 * and every other character, are left as PDFBox reads them.
 */
final class ArabicMarks {
    /** How far to the right of a lone mark its letter may stand, in multiples of the font size. */
    private static final float REACH_IN_FONT_SIZES = 2.5f;

    private ArabicMarks() {
    }

    /** Appends every lone Arabic mark of {@code article} to its letter and removes it from the list. */
    static void reattachLoneMarks(List<TextPosition> article) {
        for (Iterator<TextPosition> it = article.iterator(); it.hasNext(); ) {
            TextPosition mark = it.next();
            if (!isArabicMark(mark)) {
                continue;
            }
            int base = baseOf(mark, article);
            if (base >= 0) {
                article.set(base, withMark(article.get(base), mark));
                it.remove();
            }
        }
    }

    /** The index of the letter a lone mark belongs to, or -1 when the mark overlaps a letter or none is near. */
    private static int baseOf(TextPosition mark, List<TextPosition> article) {
        float x = mark.getXDirAdj();
        float reach = REACH_IN_FONT_SIZES * Math.max(mark.getFontSizeInPt(), mark.getHeightDir());
        int best = -1;
        float bestX = Float.MAX_VALUE;
        for (int i = 0; i < article.size(); i++) {
            TextPosition p = article.get(i);
            if (p == mark || !endsWithArabicLetter(p) || !sameLine(p, mark)) {
                continue;
            }
            float start = p.getXDirAdj();
            if (start <= x && x <= start + p.getWidthDirAdj()) {
                return -1;
            }
            if (start > x && start - x <= reach && start < bestX) {
                best = i;
                bestX = start;
            }
        }
        return best;
    }

    private static boolean sameLine(TextPosition a, TextPosition b) {
        float height = Math.max(a.getHeightDir(), b.getHeightDir());
        return Math.abs(a.getYDirAdj() - b.getYDirAdj()) <= height / 2 && a.getDir() == b.getDir();
    }

    /** {@code letter} with {@code mark} after its text, at the letter's place and width. */
    private static TextPosition withMark(TextPosition letter, TextPosition mark) {
        float[] widths = letter.getIndividualWidths();
        return new TextPosition(letter.getRotation(), letter.getPageWidth(), letter.getPageHeight(), letter.getTextMatrix(),
                letter.getEndX(), letter.getEndY(), letter.getHeight(), widths.length == 0 ? letter.getWidth() : widths[0],
                letter.getWidthOfSpace(), letter.getUnicode() + mark.getUnicode(), letter.getCharacterCodes(), letter.getFont(),
                letter.getFontSize(), (int) letter.getFontSizeInPt());
    }

    /** An Arabic combining mark on its own: a harakah, tanwin, shadda or sukun (U+064B–U+065F) or the dagger alef. */
    static boolean isArabicMark(TextPosition p) {
        String u = p.getUnicode();
        if (u.length() != 1) {
            return false;
        }
        char c = u.charAt(0);
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    private static boolean endsWithArabicLetter(TextPosition p) {
        String u = p.getUnicode();
        if (u.isEmpty()) {
            return false;
        }
        int last = u.codePointBefore(u.length());
        return Character.isLetter(last) && Character.UnicodeScript.of(last) == Character.UnicodeScript.ARABIC;
    }
}
