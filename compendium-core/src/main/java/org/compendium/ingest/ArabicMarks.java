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

    /**
     * Moves every space that LibreOffice drew over an Arabic letter into the gap it left between two words of the
     * same line, and returns whether it moved any.
     *
     * <p>Why: before a lam-alef ligature ({@code لا} of {@code البحر لا يزال}) LibreOffice draws the space at the
     * ligature's pen position instead of between the two words, so the words touch no space: PDFBox sees a gap without
     * one, splits the line there into two words, orders each right to left but keeps the two in page order, and the
     * line's last word comes out first ({@code لا   وإذ يلاحظ … البحر}). A space whose drawn width lies more than half
     * over an Arabic letter of its line is moved to the nearest gap to its right, between two glyphs of that line at
     * least half a space apart, that holds no glyph; with none, it stays.
     */
    static boolean moveSpacesOffLetters(List<TextPosition> article) {
        boolean moved = false;
        for (int i = 0; i < article.size(); i++) {
            TextPosition space = article.get(i);
            if (!" ".equals(space.getUnicode()) || !overArabicLetter(space, article)) {
                continue;
            }
            float gap = gapRightOf(space, article);
            if (!Float.isNaN(gap)) {
                article.set(i, movedTo(space, gap));
                moved = true;
            }
        }
        return moved;
    }

    private static boolean overArabicLetter(TextPosition space, List<TextPosition> article) {
        float from = space.getXDirAdj();
        float to = from + space.getWidthDirAdj();
        for (TextPosition p : article) {
            if (p != space && endsWithArabicLetter(p) && sameLine(p, space)) {
                float overlap = Math.min(to, p.getXDirAdj() + p.getWidthDirAdj()) - Math.max(from, p.getXDirAdj());
                if (overlap > space.getWidthDirAdj() / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start of the nearest empty gap of half a space or more to the right of {@code space} on its line, or NaN. */
    private static float gapRightOf(TextPosition space, List<TextPosition> article) {
        List<float[]> glyphs = new java.util.ArrayList<>();
        for (TextPosition p : article) {
            if (p != space && !p.getUnicode().isBlank() && sameLine(p, space)) {
                glyphs.add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()});
            } else if (p != space && p.getUnicode().equals(" ") && sameLine(p, space)) {
                // Another space fills its gap already.
                glyphs.add(new float[] {p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj()});
            }
        }
        glyphs.sort((a, b) -> Float.compare(a[0], b[0]));
        float end = Float.NEGATIVE_INFINITY;
        float need = space.getWidthDirAdj() / 2;
        for (float[] g : glyphs) {
            if (end > space.getXDirAdj() && g[0] - end >= need) {
                return end;
            }
            end = Math.max(end, g[1]);
        }
        return Float.NaN;
    }

    /** {@code space} drawn at {@code x} instead. */
    private static TextPosition movedTo(TextPosition space, float x) {
        org.apache.pdfbox.util.Matrix matrix = space.getTextMatrix().clone();
        matrix.setValue(2, 0, matrix.getValue(2, 0) + x - space.getXDirAdj());
        float[] widths = space.getIndividualWidths();
        return new TextPosition(space.getRotation(), space.getPageWidth(), space.getPageHeight(), matrix,
                space.getEndX() + x - space.getXDirAdj(), space.getEndY(), space.getHeight(),
                widths.length == 0 ? space.getWidth() : widths[0], space.getWidthOfSpace(), space.getUnicode(),
                space.getCharacterCodes(), space.getFont(), space.getFontSize(), (int) space.getFontSizeInPt());
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
