package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of an index table's number cell (report paragraphs, recommendations or instrument paragraphs), such as
 * {@code 24, 25, 28 et 30}, {@code 9, 18 et 23 à 25}, {@code 8 b), g) et h) et 10 e)}, {@code b) iii)} or
 * {@code al. 1 à 7 ; 6, 7}: one string per provision, in the cell's order.
 *
 * <p>A letter right after a number belongs to it ({@code 8 b)}), later letters too until the next number; a roman
 * numeral written right after a letter, with no separator, is its sub-paragraph ({@code j) i)}), otherwise it is a
 * letter of its own ({@code g) et i)}).
 */
public final class ReportNumbers {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<al>al\\.\\s*(?<aln>\\d+))|(?<num>\\d+)|(?<letter>[a-z]+)\\)|(?<range>à)|(?<sep>[,;]|\\bet\\b|\\s+)");

    private ReportNumbers() {
    }

    /**
     * Expands a number cell.
     *
     * @throws IllegalArgumentException naming the text it cannot read
     */
    public static List<String> read(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(cell);
        String number = null;
        boolean afterNumber = false;
        boolean afterLetter = false;
        boolean range = false;
        int at = 0;
        while (at < cell.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("unreadable number text '" + cell.substring(at) + "'");
            }
            at = m.end();
            if (m.group("sep") != null) {
                if (!m.group("sep").isBlank()) {
                    afterLetter = false;
                }
                continue;
            }
            if (m.group("range") != null) {
                range = true;
                continue;
            }
            if (m.group("num") != null || m.group("al") != null) {
                boolean al = m.group("al") != null;
                int to = Integer.parseInt(al ? m.group("aln") : m.group("num"));
                String prefix = al ? "al. " : "";
                int from = to;
                if (range) {
                    String last = out.removeLast();
                    prefix = last.startsWith("al. ") ? "al. " : prefix;
                    from = Integer.parseInt(last.replace("al. ", ""));
                }
                for (int i = from; i <= to; i++) {
                    out.add(prefix + i);
                }
                number = al ? null : m.group("num");
                afterNumber = !al;
                afterLetter = false;
            } else {
                String letter = m.group("letter");
                if (afterLetter && letter.matches("[ivx]+")) {
                    out.add(out.removeLast() + " " + letter + ")");
                } else if (range) {
                    String last = out.removeLast();
                    char from = last.charAt(last.length() - 2);
                    String head = last.substring(0, last.length() - 2);
                    for (char ch = from; ch <= letter.charAt(0); ch++) {
                        out.add(head + ch + ")");
                    }
                } else {
                    if (afterNumber) {
                        out.removeLast();
                    }
                    out.add((number == null ? "" : number + " ") + letter + ")");
                }
                afterNumber = false;
                afterLetter = true;
            }
            range = false;
        }
        if (range) {
            throw new IllegalArgumentException("a range without its end in '" + cell + "'");
        }
        return out;
    }
}
