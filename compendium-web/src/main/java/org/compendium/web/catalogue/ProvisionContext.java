package org.compendium.web.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.store.DocumentSummary;

/**
 * One occurrence of a provision with what surrounds it in its document: the headings it sits under, the provisions
 * it is a sub-paragraph of, its neighbours, and the other documents that hold the same citation.
 *
 * @param outline  the document it was found in
 * @param item     the provision, its ordinal and anchor
 * @param headings the headings it sits under, outermost first
 * @param parents  the provisions it is a sub-paragraph of, outermost first
 * @param previous the provision before it in the document, or null for the first
 * @param next     the provision after it in the document, or null for the last
 * @param elsewhere the other documents holding a provision with the same citation, in store order
 */
public record ProvisionContext(DocumentOutline outline, OutlineEntry.Item item, List<Segment> headings,
                               List<OutlineEntry.Item> parents, OutlineEntry.Item previous, OutlineEntry.Item next,
                               List<DocumentSummary> elsewhere) {
    public ProvisionContext {
        headings = List.copyOf(headings);
        parents = List.copyOf(parents);
        elsewhere = List.copyOf(elsewhere);
    }

    /** The provision itself. */
    public Provision provision() {
        return item.provision();
    }

    /** The document's summary. */
    public DocumentSummary document() {
        return outline.summary();
    }

    /**
     * The context of the provision at {@code ordinal} in {@code outline}; empty when there is no such provision.
     *
     * @param elsewhere the other documents holding the same citation
     */
    public static Optional<ProvisionContext> of(DocumentOutline outline, int ordinal, List<DocumentSummary> elsewhere) {
        List<OutlineEntry.Item> items = outline.items();
        if (ordinal < 0 || ordinal >= items.size()) {
            return Optional.empty();
        }
        OutlineEntry.Item item = items.get(ordinal);
        return Optional.of(new ProvisionContext(outline, item, headingsAbove(outline, item), parents(items, item),
                ordinal > 0 ? items.get(ordinal - 1) : null,
                ordinal + 1 < items.size() ? items.get(ordinal + 1) : null,
                elsewhere));
    }

    /** The headings in force where {@code item} starts: the latest heading of each level above it. */
    private static List<Segment> headingsAbove(DocumentOutline outline, OutlineEntry.Item item) {
        List<OutlineEntry.Heading> stack = new ArrayList<>();
        for (OutlineEntry entry : outline.entries()) {
            switch (entry) {
                case OutlineEntry.Heading h -> {
                    // A heading closes every heading of its level or deeper.
                    stack.removeIf(open -> open.level() >= h.level());
                    stack.add(h);
                }
                case OutlineEntry.Item i -> {
                    if (i.ordinal() == item.ordinal()) {
                        return stack.stream().map(OutlineEntry.Heading::segment).toList();
                    }
                }
            }
        }
        return stack.stream().map(OutlineEntry.Heading::segment).toList();
    }

    /** The provisions whose citations are this one's with fewer sub-paragraph labels, found before it. */
    private static List<OutlineEntry.Item> parents(List<OutlineEntry.Item> items, OutlineEntry.Item item) {
        Citation c = item.provision().citation();
        List<OutlineEntry.Item> parents = new ArrayList<>();
        for (Citation ancestor = c.parent(); ancestor != null; ancestor = ancestor.parent()) {
            for (int i = item.ordinal() - 1; i >= 0; i--) {
                if (items.get(i).provision().citation().equals(ancestor)) {
                    parents.add(0, items.get(i));
                    break;
                }
            }
        }
        return parents;
    }
}
