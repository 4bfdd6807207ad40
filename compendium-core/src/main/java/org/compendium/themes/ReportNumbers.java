package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.parse.grammar.IndexWording;

/**
 * The reader of an index table's number cell (report paragraphs, recommendations or instrument paragraphs), such as
 * {@code 24, 25, 28 et 30}, {@code 9, 18 et 23 à 25}, {@code 8 b), g) et h) et 10 e)}, {@code b) iii)} or
 * {@code al. 1 à 7 ; 6, 7} (or in the index's language: {@code 2, 4 and 5}, {@code PP 1}, {@code 2، 4 و5}): one string per
 * provision, in the cell's order; a preambular paragraph's label is written {@code al. 1} in every language.
 *
 * <p>A letter right after a number belongs to it ({@code 8 b)}), later letters too until the next number; a roman
 * numeral written right after a letter, with no separator, is its sub-paragraph ({@code j) i)}), otherwise it is a
 * letter of its own ({@code g) et i)}).
 */
public final class ReportNumbers {
    /** One token pattern per language's wording, built once. */
    private static final Map<IndexWording, Pattern> TOKENS = new ConcurrentHashMap<>();

    private static Pattern token(IndexWording w) {
        return TOKENS.computeIfAbsent(w, x -> Pattern.compile(
                "(?<al>(?:" + x.preambular() + ")(?<aln>\\d+))|(?<num>\\d+)|(?<letter>[a-z]+)\\)|(?<range>" + x.range() + ")"
                        + "|(?<sep>" + IndexWording.SEPARATORS + "|" + x.and() + "|\\s+)", Pattern.UNICODE_CHARACTER_CLASS));
    }

    private ReportNumbers() {
    }

    /**
     * Expands a number cell.
     *
     * @param wording the index's language's words (its list and range words, its preambular label)
     * @throws IllegalArgumentException naming the text it cannot read
     */
    public static List<String> read(String cell, IndexWording wording) {
        List<String> out = new ArrayList<>();
        Matcher m = token(wording).matcher(cell);
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
