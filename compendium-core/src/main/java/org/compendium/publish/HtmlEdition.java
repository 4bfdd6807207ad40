package org.compendium.publish;

import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Eid;
import org.compendium.model.IndexPart;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexReference;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;

/**
 * What the edition templates ({@code src/main/jte/edition.jte} and the templates it calls) show of an edition: the
 * edition itself, whom the HTML is for, and the few values worked out in Java rather than in markup (the paragraph
 * classes, the index's reference punctuation and, for a right-to-left PDF, the visual order of
 * the index cells). Holds no markup: the templates do.
 *
 * @param edition     the edition
 * @param target      a browser, or openhtmltopdf
 * @param frontMatter the verso of the title page ({@link FrontMatter})
 */
record HtmlEdition(Edition edition, HtmlRenderer.Target target, List<String> frontMatter) {
    HtmlEdition {
        frontMatter = List.copyOf(frontMatter);
    }

    static HtmlEdition of(Edition edition, HtmlRenderer.Target target) {
        return new HtmlEdition(edition, target, FrontMatter.of(edition).paragraphs());
    }

    /** Whether openhtmltopdf reads it: an outline ({@code <bookmarks>}), page numbers in the margin and the contents. */
    boolean pdf() {
        return target == HtmlRenderer.Target.PDF;
    }

    /** The writing direction of the edition's language, {@code rtl} or {@code ltr}. */
    String dir() {
        return edition.texts().rightToLeft() ? "rtl" : "ltr";
    }

    /** The font rules of the edition's scripts ({@link Fonts#css}). */
    String fontCss() {
        return Fonts.css(edition.lang()).stripTrailing();
    }

    /** The title page's line under the body's name, {@code De sa première à sa sixième réunion}; empty without part A. */
    String titleSpan() {
        if (edition.partA().isEmpty()) {
            return "";
        }
        EditionTexts t = edition.texts();
        String span = t.span(edition.partA().stream().map(Edition.Meeting::number).toList(), EditionTexts.Noun.MEETING);
        return span.substring(0, 1).toUpperCase(t.locale()) + span.substring(1);
    }

    /**
     * A paragraph of part A or B as printed.
     *
     * @param entry    the entry
     * @param cssClass its classes: its depth, a fallback, and {@code last-pp} for the last paragraph of a preamble
     *                 (kept on the page of the first operative paragraph: a preamble never ends a page)
     */
    record Paragraph(Entry entry, String cssClass) {
        /** The language the text is shown in when it is a fallback, else null (no attribute). */
        String lang() {
            return entry.shownIn() == null ? null : entry.shownIn().code();
        }

        /** The direction of a fallback's language, else null (no attribute). */
        String dir() {
            return entry.shownIn() == null ? null : entry.shownIn().rightToLeft() ? "rtl" : "ltr";
        }

        /** The text after the leading verb (the whole text when there is none). */
        String rest() {
            return entry.leadingVerb() == null ? entry.text() : entry.text().substring(entry.leadingVerb().length());
        }
    }

    /** The paragraphs of a meeting or an instrument, in order. */
    List<Paragraph> paragraphs(List<Entry> entries) {
        List<Paragraph> out = new ArrayList<>(entries.size());
        for (int k = 0; k < entries.size(); k++) {
            Entry x = entries.get(k);
            boolean lastPreambular = preambular(x) && k + 1 < entries.size() && !preambular(entries.get(k + 1));
            out.add(new Paragraph(x, "entry d" + Math.min(x.depth(), 2) + (x.shownIn() == null ? "" : " fallback")
                    + (lastPreambular ? " last-pp" : "")));
        }
        return out;
    }

    private static boolean preambular(Entry x) {
        return x.citation().eId().main().series() == Eid.Series.PREAMBULAR;
    }

    /**
     * One row of a theme in the index, with the part row printed before it when the part changes.
     *
     * @param row        the row
     * @param startsPart whether a part row ({@code Partie A}) comes before it
     * @param first      whether it is the theme's first row (its part row carries the theme's label)
     */
    record IndexLine(IndexRow row, boolean startsPart, boolean first) {
        /** The row's class: COP rows ({@code cop}) are shaded. */
        String cssClass() {
            return row.part() == IndexPart.B ? "cop" : "wg";
        }
    }

    /** The rows of {@code theme}, in order. */
    List<IndexLine> lines(IndexTheme theme) {
        List<IndexLine> out = new ArrayList<>();
        IndexPart part = null;
        for (int k = 0; k < theme.rows().size(); k++) {
            IndexRow r = theme.rows().get(k);
            out.add(new IndexLine(r, r.part() != part, k == 0));
            part = r.part();
        }
        return out;
    }

    /**
     * One reference of an index cell, with the punctuation that follows it.
     *
     * @param reference the reference
     * @param mark      the separator's punctuation, kept inside the unbreakable reference (never ", I.38" at the start
     *                  of a line); empty before the last "and" and after the last reference
     * @param after     the space or the last "and" ({@code  et }) after it, outside; empty after the last one
     */
    record CellReference(IndexReference reference, String mark, String after) {
    }

    /** The references of {@code row} with their punctuation, in the edition's language. */
    List<CellReference> references(IndexRow row) {
        EditionTexts tx = edition.texts();
        String separator = tx.text("list.separator");
        String comma = separator.stripTrailing();
        String space = separator.substring(comma.length());
        List<IndexReference> refs = row.references();
        List<CellReference> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            boolean beforeLast = i == refs.size() - 2;
            boolean last = i == refs.size() - 1;
            out.add(new CellReference(refs.get(i), last || beforeLast ? "" : comma, last ? "" : beforeLast ? tx.text("list.last") : space));
        }
        return out;
    }

    /**
     * The cells of an index row (or its column group) in the order written: logical order, or for a right-to-left
     * PDF visual order, right to left. openhtmltopdf lays out table columns left to right whatever the direction,
     * where a browser follows {@code dir="rtl"} itself.
     */
    List<Content> cells(Content... cells) {
        List<Content> out = new ArrayList<>(List.of(cells));
        if (pdf() && edition.texts().rightToLeft()) {
            java.util.Collections.reverse(out);
        }
        return out;
    }
}
