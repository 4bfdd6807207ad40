package org.compendium.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.compendium.model.Organ;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Work;
import org.compendium.parse.grammar.DraftWording;

/**
 * The drafts a report reproduces and what the report recommends for each: which organ recommends it, to which, and
 * which organ is to adopt it — read from the report's paragraph right above the draft ({@code 1. The Commission on
 * Crime Prevention and Criminal Justice recommends to the Economic and Social Council the approval of the following
 * draft resolution, for adoption by the General Assembly:}), in the words of the document's language
 * ({@link DraftWording}). Read from the parsed (or stored) provisions, so it needs nothing the store does not keep.
 */
public final class DraftRecommendations {
    private DraftRecommendations() {
    }

    /**
     * One reproduced draft and its recommendation.
     *
     * @param draft         the draft ({@code E/CN.15/2030/17 draft res. I})
     * @param recommendedBy the organ recommending it, or null when the paragraph above it does not say
     * @param recommendedTo the organ it is recommended to, or null
     * @param adoptedBy     the organ that is to adopt it: the one named {@code for adoption by}, else the one it is
     *                      recommended to; null when unsaid
     */
    public record Recommended(Work.ReproducedDraft draft, Organ recommendedBy, Organ recommendedTo, Organ adoptedBy) {
    }

    /** The drafts {@code document} reproduces, in document order, each with its recommendation; empty when none. */
    public static List<Recommended> of(ParsedDocument document) {
        DraftWording wording = DraftWording.of(document.metadata().language());
        Set<Work> seen = new LinkedHashSet<>();
        List<Recommended> out = new ArrayList<>();
        DraftWording.Announcement above = null;
        for (Provision p : document.provisions()) {
            Work work = p.citation().work();
            if (work.equals(document.work())) {
                // The report's own paragraph: the drafts under it are what it announces, if it announces any.
                above = p.citation().parent() == null ? wording.announcementIn(p.text()) : above;
            } else if (work instanceof Work.ReproducedDraft draft && seen.add(draft)) {
                out.add(above == null ? new Recommended(draft, null, null, null) : new Recommended(draft, above.recommendedBy(),
                        above.recommendedTo(), above.adoptedBy() != null ? above.adoptedBy() : above.recommendedTo()));
            }
        }
        return out;
    }
}
