package org.compendium.links;

import java.util.List;
import org.compendium.links.Lineage.Link;
import org.compendium.links.Lineage.Timeline;
import org.compendium.links.WorkDates.WorkDate;

/**
 * The one JSON shape of a provision's lineage, shared by {@code compendium lineage --json} and
 * {@code GET /api/provisions/{citation}/lineage}.
 *
 * @param citation    the provision asked about
 * @param date        when its work was adopted ({@code 2012-10-15}, or the year alone), or null when unknown
 * @param ancestors   the earlier provisions its wording comes from, oldest first
 * @param descendants the later provisions that take its wording over, oldest first
 */
public record LineageJson(String citation, String date, List<Item> ancestors, List<Item> descendants) {
    public LineageJson {
        ancestors = List.copyOf(ancestors);
        descendants = List.copyOf(descendants);
    }

    /** The shape of a timeline. */
    public static LineageJson of(Timeline t) {
        return new LineageJson(t.provision().citation().toString(), date(t.date()),
                t.ancestors().stream().map(l -> Item.of(l, true)).toList(),
                t.descendants().stream().map(l -> Item.of(l, false)).toList());
    }

    /**
     * One link, seen from the provision asked about.
     *
     * @param citation the other provision
     * @param date     when its work was adopted, or null when unknown
     * @param type     {@code reproduces} or {@code adapts}
     * @param score    the alignment, 0 to 1, to four decimals
     * @param origin   {@code computed}, or {@code confirmed} when an editor confirmed the link
     * @param text     the other provision's text
     * @param changes  how many changes lead from the ancestor's text to the descendant's
     * @param diff     the runs from the ancestor's text to the descendant's
     */
    public record Item(String citation, String date, String type, double score, String origin, String text, int changes,
                       List<DraftJson.Run> diff) {
        static Item of(Link l, boolean ancestor) {
            var other = ancestor ? l.ancestor() : l.descendant();
            return new Item(other.citation().toString(), LineageJson.date(ancestor ? l.ancestorDate() : l.descendantDate()),
                    l.type().code(), Math.round(l.score() * 10_000) / 10_000.0, l.origin().code(), other.text(),
                    l.diff().changes().size(),
                    l.diff().segments().stream().map(s -> new DraftJson.Run(s.op().code(), s.text(), s.spaceBefore())).toList());
        }
    }

    /** A work's date as written in JSON: the day, or the year when only the year is known. */
    public static String date(WorkDate d) {
        return d == null ? null : d.yearOnly() ? Integer.toString(d.date().getYear()) : d.date().toString();
    }
}
