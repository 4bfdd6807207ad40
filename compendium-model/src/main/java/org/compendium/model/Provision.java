package org.compendium.model;

import java.util.List;

/**
 * One citable unit of a document: a recommendation, a preambular or operative paragraph, a sub-paragraph or a
 * numbered report paragraph.
 *
 * @param citation    the stable reference people type: its work and eId
 * @param kind        its role
 * @param number      its own number or letter as printed ({@code 12}, {@code b}, {@code iii})
 * @param path        its place in the structure, outermost first, e.g. {@code ["A", "4", "b"]}
 * @param label       how its source designates it, e.g. {@code Recommandation 12}, {@code I.22}, {@code al. 5}
 * @param text        the normalised text (line breaks joined, PDF artefacts repaired, footnotes and markup removed);
 *                    for a provision with sub-paragraphs, only its own words (the chapeau)
 * @param leadingVerb the leading verb or phrase of a resolution paragraph ({@code Prie instamment}), or null
 * @param spans       the source ranges it was read from, in order
 * @param meeting     for a working-group provision, the meeting number; else null. When the citation's work names a
 *                    meeting, it is that meeting (checked): the pair is a projection of the typed work, never free
 * @param session     for a COP provision, the session number; else null. When the work names a session (a COP
 *                    instrument, a session's report, a Secretariat report to it), it is that session (checked)
 */
public record Provision(
        Citation citation,
        ProvisionKind kind,
        String number,
        List<String> path,
        String label,
        String text,
        String leadingVerb,
        List<SourceSpan> spans,
        Integer meeting,
        Integer session) {

    public Provision {
        if (citation == null || kind == null || number == null || text == null) {
            throw new IllegalArgumentException("a provision needs a citation, kind, number and text");
        }
        path = List.copyOf(path);
        spans = List.copyOf(spans);
        checkAgainstWork(citation.work(), meeting, session);
    }

    /** A meeting or session number that contradicts the work's identity is a bug of whoever built the provision. */
    private static void checkAgainstWork(Work work, Integer meeting, Integer session) {
        Integer named = work.meetingOrSession();
        if (named == null) {
            return;
        }
        boolean byMeeting = work instanceof Work.MeetingReport r && r.body().isWorkingGroup()
                || work instanceof Work.SecretariatReport s && s.body().isWorkingGroup();
        Integer expectedMeeting = byMeeting ? named : null;
        Integer expectedSession = byMeeting ? null : named;
        if (!java.util.Objects.equals(meeting, expectedMeeting) || !java.util.Objects.equals(session, expectedSession)) {
            throw new IllegalArgumentException("a provision of " + work + " belongs to " + (byMeeting ? "meeting " : "session ")
                    + named + ", not to meeting " + meeting + " / session " + session);
        }
    }

    /** Its identifier within its work, the same in every language version: {@code op_4__subpara_b}. */
    public Eid eId() {
        return citation.eId();
    }

    /** The first source offset, or -1 when it has no span. */
    public int start() {
        return spans.isEmpty() ? -1 : spans.getFirst().start();
    }

    /** The last source offset (exclusive), or -1 when it has no span. */
    public int end() {
        return spans.isEmpty() ? -1 : spans.getLast().end();
    }

    /** How deep it sits below its top-level provision: 0 for a top-level provision. */
    public int depth() {
        return (int) citation.subdivisions().size();
    }

    /**
     * Its number as compendiums and resolutions print it: {@code al. 5} (preambular), {@code 4.} (numbered paragraph or
     * recommendation), {@code a)} (lettered paragraph or sub-paragraph).
     */
    public String printedNumber() {
        return switch (kind) {
            case PREAMBULAR -> "al. " + number;
            case RECOMMENDATION, PARAGRAPH -> number + ".";
            case OPERATIVE -> number.matches("[0-9]+") ? number + "." : number + ")";
            case SUBPARAGRAPH -> number + ")";
            case ARTICLE -> "art. " + number;
        };
    }
}
