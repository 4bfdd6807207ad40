package org.compendium.themes;

import org.compendium.model.IndexPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.parse.grammar.IndexWording;

/**
 * The reader of an index table's reference cell, such as {@code I.21, I.22, I.25 et I.27},
 * {@code III.19 à 21}, {@code V.2.a à d}, {@code VI.al. 1 à 7 ; VI.6} or
 * {@code Partie A I.23 et I.47 II.8.d Partie B V.13} — or in another language's words ({@code Part B: XIII.PP 2 and
 * XIII.7}, {@code الجزء باء : XIII.ف د 2، XIII.2 وXIII.7}): expands ranges and follows part switches.
 *
 * <p>Anything in the cell that is neither a reference, a range, a part switch nor a separator ({@code ,}, {@code ;},
 * {@code et}, in the index's language) is an error, so that no reference can be lost silently.
 */
public final class IndexReferences {
    /** One token pattern per language's wording, built once. */
    private static final Map<IndexWording, Pattern> TOKENS = new ConcurrentHashMap<>();

    private static Pattern token(IndexWording w) {
        return TOKENS.computeIfAbsent(w, x -> Pattern.compile(
                "(?<part>" + x.part() + "\\s*[:：]?)"
                        + "|(?<ref>(?<roman>[IVX]+)\\.\\s*(?<path>(?<pre>" + x.preambular() + ")?[0-9a-z]+(?:\\.[0-9a-z]+)*)"
                        + "(?:\\s*(?:" + x.range() + ")\\s*(?<to>(?<topre>" + x.preambular() + ")?[0-9a-z]+))?)"
                        + "|(?<sep>" + IndexWording.SEPARATORS + "|" + x.and() + "|\\s+)", Pattern.UNICODE_CHARACTER_CLASS));
    }

    private IndexReferences() {
    }

    /** The references of a cell and the part in force after it. */
    public record Cell(List<IndexReference> references, IndexPart partAfter) {
        public Cell {
            references = List.copyOf(references);
        }
    }

    /**
     * Reads a reference cell.
     *
     * @param part    the part in force before the cell (a {@code Partie B} inside the cell switches it)
     * @param wording the index's language's words
     * @throws IllegalArgumentException naming the text it cannot read
     */
    public static Cell read(String cell, IndexPart part, IndexWording wording) {
        List<IndexReference> refs = new ArrayList<>();
        Matcher m = token(wording).matcher(cell);
        int at = 0;
        while (at < cell.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("unreadable reference text '" + cell.substring(at) + "'");
            }
            if (m.group("p") != null) {
                part = IndexPart.valueOf(String.valueOf(IndexWording.partLetter(m.group("p"))));
            } else if (m.group("ref") != null) {
                String to = m.group("to") == null ? null : normalised(m, "to", "topre");
                expand(part, m.group("roman"), normalised(m, "path", "pre"), to, refs);
            }
            at = m.end();
        }
        return new Cell(refs, part);
    }

    private static void expand(IndexPart part, String roman, String path, String to, List<IndexReference> out) {
        if (to == null) {
            out.add(new IndexReference(part, roman + "." + path));
            return;
        }
        int lastDot = path.lastIndexOf('.');
        String head = path.startsWith("al. ") ? "al. " : path.substring(0, lastDot + 1);
        String first = path.substring(head.length());
        String last = to.replace("al. ", "");
        int before = out.size();
        if (first.matches("[0-9]+") && last.matches("[0-9]+")) {
            for (int i = Integer.parseInt(first); i <= Integer.parseInt(last); i++) {
                out.add(new IndexReference(part, roman + "." + head + i));
            }
        } else if (first.matches("[a-z]") && last.matches("[a-z]")) {
            for (char ch = first.charAt(0); ch <= last.charAt(0); ch++) {
                out.add(new IndexReference(part, roman + "." + head + ch));
            }
        }
        if (out.size() - before < 2) {
            throw new IllegalArgumentException("unreadable range '" + roman + "." + path + "' to '" + to + "'");
        }
    }

    /**
     * A preambular paragraph's label in any language ({@code al.5}, {@code PP 5}, {@code ف د 5}) becomes {@code al. 5},
     * the spelling of the compendium's provision labels.
     */
    private static String normalised(Matcher m, String group, String preambular) {
        String path = m.group(group);
        return m.group(preambular) == null ? path : "al. " + path.substring(m.end(preambular) - m.start(group));
    }
}
