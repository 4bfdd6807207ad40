package org.compendium.links;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.Body;
import org.compendium.model.CopSessions;
import org.compendium.model.DateRange;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Dates;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * When each stored work was adopted, which orients lineage from the older wording to the newer: the first day of a
 * document's own meeting or session; for the works a compendium reproduces, the first day its heading of that meeting
 * or session names ({@code I. Première réunion, du 30 mai au 1er juin 2012}); for a COP instrument with neither,
 * 1 January of its session's year ({@link CopSessions}), marked as a year only.
 */
public final class WorkDates {
    /**
     * A work's date.
     *
     * @param date     the first day, or 1 January when only the year is known
     * @param yearOnly whether only the year is known
     */
    public record WorkDate(LocalDate date, boolean yearOnly) {
    }

    private final Map<Work, WorkDate> dates;
    /** The session each stored draft resolution or decision was issued for ({@code CTOC/COP/2026/L.4}: 13). */
    private final Map<Work, Integer> draftSessions;

    private WorkDates(Map<Work, WorkDate> dates, Map<Work, Integer> draftSessions) {
        this.dates = Map.copyOf(dates);
        this.draftSessions = Map.copyOf(draftSessions);
    }

    /** The dates of every work the store holds provisions of. */
    public static WorkDates of(DocumentStore store) {
        Map<Work, WorkDate> dates = new HashMap<>();
        Map<Work, Integer> drafts = new HashMap<>();
        store.forEach(DocumentFilter.ALL, doc -> learn(doc, dates, drafts));
        return new WorkDates(dates, drafts);
    }

    /** The dates learnt from these documents (tests). */
    static WorkDates of(List<ParsedDocument> documents) {
        Map<Work, WorkDate> dates = new HashMap<>();
        Map<Work, Integer> drafts = new HashMap<>();
        documents.forEach(doc -> learn(doc, dates, drafts));
        return new WorkDates(dates, drafts);
    }

    private static void learn(ParsedDocument doc, Map<Work, WorkDate> dates, Map<Work, Integer> drafts) {
        if (doc.metadata().dates() != null) {
            dates.putIfAbsent(doc.work(), new WorkDate(doc.metadata().dates().start(), false));
        }
        if (doc.work() instanceof Work.SymbolDocument d && d.symbol().isDraft() && doc.metadata().session() != null
                && doc.metadata().body() == Body.COP) {
            drafts.putIfAbsent(doc.work(), doc.metadata().session());
        }
        // A compendium's parts group what it reproduces under one heading per meeting or session (path [A, I], [B, VI]).
        Map<List<String>, Work> byHeading = new HashMap<>();
        for (Provision p : doc.provisions()) {
            if (!p.citation().work().equals(doc.work()) && p.path().size() >= 2) {
                byHeading.putIfAbsent(p.path().subList(0, 2), p.citation().work());
            }
        }
        for (Segment s : doc.segments()) {
            Work work = s.kind() == SegmentKind.HEADING && s.path().size() == 2 ? byHeading.get(s.path()) : null;
            if (work != null) {
                Dates.firstIn(doc.metadata().language(), s.text())
                        .ifPresent(range -> dates.putIfAbsent(work, new WorkDate(range.start(), false)));
            }
        }
    }


    /** The session a stored draft of the Conference was issued for, or empty when the work is no such draft. */
    public Optional<Integer> draftSession(Work work) {
        return Optional.ofNullable(draftSessions.get(work));
    }

    /** The work's date, or empty when nothing stored dates it. */
    public Optional<WorkDate> of(Work work) {
        WorkDate known = dates.get(work);
        if (known != null) {
            return Optional.of(known);
        }
        if (work instanceof Work.CopInstrument i) {
            return CopSessions.year(i.session()).map(y -> new WorkDate(LocalDate.of(y, 1, 1), true));
        }
        return Optional.empty();
    }
}
