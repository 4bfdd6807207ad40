package org.compendium.links;

import java.util.List;
import org.compendium.index.ProvisionEntry;
import org.compendium.links.DraftingAssistant.DraftAnswer;
import org.compendium.links.DraftingAssistant.DraftMatch;

/**
 * The one JSON shape of a drafting answer, shared by {@code compendium draft --json} and {@code POST /api/draft}:
 * plain records that any JSON writer serialises field by field, in this order.
 *
 * @param draft     the draft as pasted
 * @param identical provisions with exactly the draft's words
 * @param matches   the closest other provisions, best first
 */
public record DraftJson(String draft, List<Match> identical, List<Match> matches) {
    public DraftJson {
        identical = List.copyOf(identical);
        matches = List.copyOf(matches);
    }

    /** The shape of an answer. */
    public static DraftJson of(DraftAnswer answer) {
        return new DraftJson(answer.draft(), answer.identical().stream().map(Match::of).toList(),
                answer.matches().stream().map(Match::of).toList());
    }

    /**
     * One provision close to the draft.
     *
     * @param citation  its citation
     * @param kind      its kind code ({@code operative}, {@code recommendation}, ...)
     * @param body      its body code ({@code COP}, {@code WG.7}), or null
     * @param meeting   a working group's meeting, or null
     * @param session   a COP session, or null
     * @param year      the year of its meeting, session or report when known, or null
     * @param verb      its leading verb or modal phrase, lower case, or null
     * @param language  the ISO 639-1 code of its text
     * @param source    the file of the document it was read from
     * @param alignment the share of its words the draft keeps in order, 0 to 1, to four decimals
     * @param text      its text
     * @param changes   how many changes lead from its text to the draft
     * @param diff      the runs from its text to the draft
     */
    public record Match(String citation, String kind, String body, Integer meeting, Integer session, Integer year,
                        String verb, String language, String source, double alignment, String text, int changes,
                        List<Run> diff) {
        static Match of(DraftMatch m) {
            ProvisionEntry p = m.provision();
            return new Match(p.citation().toString(), p.kind().code(), p.body() == null ? null : p.body().code(),
                    p.meeting(), p.session(), p.year(), p.verb(), p.language(), p.source(),
                    Math.round(m.alignment() * 10_000) / 10_000.0, p.text(), m.diff().changes().size(),
                    m.diff().segments().stream().map(s -> new Run(s.op().code(), s.text(), s.spaceBefore())).toList());
        }
    }

    /**
     * One run of the diff.
     *
     * @param op    {@code same}, {@code deleted} (only in the provision) or {@code inserted} (only in the draft)
     * @param text  its words as written
     * @param space whether white space precedes it
     */
    public record Run(String op, String text, boolean space) {
    }
}
