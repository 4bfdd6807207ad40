package org.compendium.web.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.store.DocumentSummary;

/**
 * A stored document laid out for reading: its headings and provisions merged in source order.
 *
 * @param summary  the document's store summary (id, body, meeting, ...)
 * @param document the document in full
 * @param entries  headings and provisions in source order
 * @param headings the heading segments alone, in source order
 */
public record DocumentOutline(DocumentSummary summary, ParsedDocument document, List<OutlineEntry> entries,
                              List<Segment> headings) {
    public DocumentOutline {
        entries = List.copyOf(entries);
        headings = List.copyOf(headings);
    }

    /** Lays out {@code document}: headings and provisions ordered by where they start in the source. */
    public static DocumentOutline of(DocumentSummary summary, ParsedDocument document) {
        List<Segment> headings = document.segments().stream().filter(s -> s.kind() == SegmentKind.HEADING).toList();
        record Positioned(int start, int order, OutlineEntry entry) {
        }
        List<Positioned> all = new ArrayList<>();
        int order = 0;
        for (Segment h : headings) {
            int start = h.spans().isEmpty() ? Integer.MAX_VALUE : h.spans().getFirst().start();
            all.add(new Positioned(start, order++, new OutlineEntry.Heading(h, Math.max(1, h.path().size()))));
        }
        List<Provision> provisions = document.provisions();
        for (int i = 0; i < provisions.size(); i++) {
            Provision p = provisions.get(i);
            // A provision without a span keeps its document order by sorting right after what precedes it.
            int start = p.start() >= 0 ? p.start() : (all.isEmpty() ? 0 : all.getLast().start());
            all.add(new Positioned(start, order++, new OutlineEntry.Item(p, i, p.citation().anchorIn(document.work()))));
        }
        all.sort(Comparator.comparingInt(Positioned::start).thenComparingInt(Positioned::order));
        return new DocumentOutline(summary, document, all.stream().map(Positioned::entry).toList(), headings);
    }

    /** The provision entries alone, in document order. */
    public List<OutlineEntry.Item> items() {
        return entries.stream().filter(e -> e instanceof OutlineEntry.Item).map(e -> (OutlineEntry.Item) e)
                .sorted(Comparator.comparingInt(OutlineEntry.Item::ordinal)).toList();
    }
}
