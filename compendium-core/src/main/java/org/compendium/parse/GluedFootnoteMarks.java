package org.compendium.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;

/**
 * Takes out of provision texts the footnote marks that PDF text extraction glued to the word before them
 * ({@code … in 29 States.8}, {@code …而采取的措施。8}): digits right after a letter and the punctuation that ends a
 * sentence or clause, with no space, that number one of the document's own footnotes. Digits no footnote of the
 * document bears stay (a number is never taken for a mark on its shape alone).
 */
final class GluedFootnoteMarks {
    /** Digits glued after a letter and its punctuation, ending a word: group 1 the mark. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{L}[.,;:。，；：、])(\\d{1,3})(?=\\s|$|[\"”’)])");

    private GluedFootnoteMarks() {
    }

    /** {@code provisions} with the glued marks of the footnotes among {@code segments} removed from their text. */
    static List<Provision> removeFrom(List<Provision> provisions, List<Segment> segments) {
        Set<String> footnotes = new HashSet<>();
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.FOOTNOTE && s.label().matches("\\d{1,3}")) {
                footnotes.add(s.label());
            }
        }
        if (footnotes.isEmpty()) {
            return provisions;
        }
        List<Provision> out = new ArrayList<>(provisions.size());
        for (Provision p : provisions) {
            String text = without(p.text(), footnotes);
            out.add(text.equals(p.text()) ? p : new Provision(p.citation(), p.kind(), p.number(), p.path(), p.label(), text,
                    p.leadingVerb(), p.spans(), p.meeting(), p.session()));
        }
        return out;
    }

    private static String without(String text, Set<String> footnotes) {
        Matcher m = GLUED.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (footnotes.contains(m.group(1))) {
                if (sb == null) {
                    sb = new StringBuilder(text.length());
                }
                sb.append(text, last, m.start(1));
                last = m.end(1);
            }
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }
}
