package org.compendium.ingest;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * A counter that reproduces the visible number of Word list paragraphs ("1.", "a)", "iv."), which POI does not expose.
 *
 * <p>UN documents number their paragraphs with Word lists, so without this the paragraph numbers, which later stages
 * turn into citations, would be lost. It is an approximation of Word's rules: counters are kept per abstract list
 * (so lists sharing one continue each other's numbering), a level restarts when a shallower level advances, and
 * {@code lvlOverride}/{@code startOverride}, numbering inherited from paragraph styles and legal-style numbering are
 * ignored. Formats other than decimal, letters and roman numerals print as decimal; bullets print as "•".
 *
 * <p>Stateful: use one instance per document, and feed it the paragraphs in document order.
 */
final class DocxListNumbering {
    private static final int LEVELS = 9;
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> countersByList = new HashMap<>();

    DocxListNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** Returns the number label of a paragraph (e.g. "12.", "b)"), or "" when it is not a numbered list item. */
    String next(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null) {
            return "";
        }
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        CTLvl[] levels = abstractNum.getCTAbstractNum().getLvlArray();
        BigInteger ilvl = paragraph.getNumIlvl();
        int level = ilvl == null ? 0 : Math.min(Math.max(ilvl.intValue(), 0), LEVELS - 1);
        int[] counters = countersByList.computeIfAbsent(abstractId, id -> new int[LEVELS]);
        counters[level] = counters[level] == 0 ? start(levels, level) : counters[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            counters[deeper] = 0;
        }
        CTLvl lvl = find(levels, level);
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
            return "";
        }
        if ("bullet".equals(format(lvl))) {
            return "•";
        }
        return expand(lvl.getLvlText().getVal(), levels, counters);
    }

    /** Replaces each {@code %N} of a level text with the formatted counter of level N-1. */
    private static String expand(String template, CTLvl[] levels, int[] counters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int referenced = template.charAt(++i) - '1';
                int value = counters[referenced] == 0 ? start(levels, referenced) : counters[referenced];
                CTLvl lvl = find(levels, referenced);
                out.append(formatNumber(value, lvl == null ? "decimal" : format(lvl)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String formatNumber(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
            case "none" -> "";
            default -> Integer.toString(value);
        };
    }

    /** Word's letter numbering: a..z, then aa..zz, then aaa..; not base 26. */
    private static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    private static int start(CTLvl[] levels, int level) {
        CTLvl lvl = find(levels, level);
        return lvl != null && lvl.getStart() != null && lvl.getStart().getVal() != null
                ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static CTLvl find(CTLvl[] levels, int level) {
        for (CTLvl lvl : levels) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }
}
