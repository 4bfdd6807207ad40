package org.compendium.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.IndexPart;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Work;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Participant;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.grammar.AgendaReferences;

/**
 * The mapper from a parsed document to the {@link ProvisionEntry} of each of its provisions: where the facets that
 * the document does not state per provision are worked out (body, year, verb, addressees, themes).
 */
public final class ProvisionEntries {
    /** A report work with its year, e.g. {@code CTOC/COP/WG.7/2012}. */
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

    private final ThemeLookup themes;

    public ProvisionEntries(ThemeLookup themes) {
        this.themes = themes == null ? ThemeLookup.NONE : themes;
    }

    /** The entries of every provision of {@code doc}, in document order. */
    public List<ProvisionEntry> of(ParsedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        List<ProvisionEntry> out = new ArrayList<>(doc.provisions().size());
        Map<Work, Integer> quotedYears = quotedMeetingYears(doc);
        List<List<String>> agenda = agendaItems(doc);
        for (int i = 0; i < doc.provisions().size(); i++) {
            Provision p = doc.provisions().get(i);
            Integer year = quotedYears.containsKey(p.citation().work()) ? quotedYears.get(p.citation().work()) : year(p, meta);
            LocalDate date = sameMeeting(p, meta) && meta.dates() != null ? meta.dates().start()
                    : year == null ? null : LocalDate.of(year, 1, 1);
            out.add(new ProvisionEntry(p.citation(), p.text(), meta.language().code(), p.kind(), p.label(), p.path(),
                    LeadingVerbs.of(p.leadingVerb(), p.text(), meta.language()), addressees(p), themes.themes(p.citation(), p.text()),
                    body(p.citation(), meta.body()), p.meeting(), p.session(), year, date, meta.type(), doc.source(),
                    doc.sha256(), meta.symbol() == null ? null : meta.symbol().value(), i, participants(p, meta),
                    agenda.get(i)));
        }
        return out;
    }

    /**
     * The body of a provision: that of its citation's work (COP for a COP resolution or decision, also when a
     * working-group compendium reproduces it), else the document's body.
     */
    static Body body(Citation citation, Body documentBody) {
        Body body = citation.work().body();
        return body != null ? body : documentBody;
    }

    /** The year of a provision of the document's own meeting or session; a quoted work has none of its own here. */
    static Integer year(Provision p, DocumentMetadata meta) {
        return sameMeeting(p, meta) ? meta.year() : null;
    }

    /**
     * The years of the meetings a compendium reproduces, from its Part A headings ({@code I. Première réunion, du 30 mai
     * au 1er juin 2012}): the last year a meeting's heading names. Empty for other documents.
     */
    private static Map<Work, Integer> quotedMeetingYears(ParsedDocument doc) {
        if (doc.metadata().type() != DocumentType.COMPENDIUM) {
            return Map.of();
        }
        Map<String, Work> byRoman = new HashMap<>();
        for (Provision p : doc.provisions()) {
            if (p.citation().work() instanceof Work.MeetingReport && p.path().size() >= 2 && p.path().getFirst().equals(IndexPart.A.name())) {
                byRoman.putIfAbsent(p.path().get(1), p.citation().work());
            }
        }
        Map<Work, Integer> years = new HashMap<>();
        for (Segment s : doc.segments()) {
            Work work = s.kind() == SegmentKind.HEADING && s.path().size() == 2 && s.path().getFirst().equals(IndexPart.A.name())
                    ? byRoman.get(s.path().get(1)) : null;
            if (work != null) {
                Matcher m = YEAR.matcher(s.text());
                Integer last = null;
                while (m.find()) {
                    last = Integer.valueOf(m.group(1));
                }
                if (last != null) {
                    years.putIfAbsent(work, last);
                }
            }
        }
        return years;
    }

    private static boolean sameMeeting(Provision p, DocumentMetadata meta) {
        boolean meeting = p.meeting() != null && p.meeting().equals(meta.meeting());
        boolean session = p.session() != null && p.session().equals(meta.session());
        return meeting || session;
    }

    /**
     * The States that took part in the meeting or session a provision was adopted at: its document's participation
     * list, for the document's own provisions only (a compendium's quoted recommendations come from other meetings).
     */
    private static List<String> participants(Provision p, DocumentMetadata meta) {
        return sameMeeting(p, meta) ? meta.participants().stream().map(Participant::stateId).distinct().toList() : List.of();
    }

    /**
     * The agenda items each provision of a meeting report is about, where the report says so: a paragraph of the
     * meeting's own report that names items ({@code Au titre du point 3 de l’ordre du jour, …}, read by
     * {@link AgendaReferences} in the document's language) is about them, and so are the paragraphs after it until
     * the next heading or the next paragraph naming items — the way a report recounts its deliberations item by item
     * ({@code 7. … a examiné le point 2 de l’ordre du jour, intitulé « … »}, then the debate). Recommendations and
     * the provisions of other documents get none: the report does not tie them to an item. Each item reads as its
     * number and, when the report lists its adopted agenda, its title ({@code 2. Mesures de prévention …}).
     *
     * @return per provision, in document order, its agenda items (possibly none)
     */
    private static List<List<String>> agendaItems(ParsedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        List<List<String>> out = new ArrayList<>(java.util.Collections.nCopies(doc.provisions().size(), List.of()));
        if (meta.type() != DocumentType.MEETING_REPORT) {
            return out;
        }
        Map<String, String> titles = new HashMap<>();
        meta.agenda().forEach(a -> titles.putIfAbsent(a.number(), a.title()));
        java.util.TreeSet<Integer> headings = new java.util.TreeSet<>();
        for (Segment s : doc.segments()) {
            if (s.kind() == SegmentKind.HEADING && !s.spans().isEmpty()) {
                headings.add(s.spans().getFirst().start());
            }
        }
        List<String> current = List.of();
        int previousStart = -1;
        for (int i = 0; i < doc.provisions().size(); i++) {
            Provision p = doc.provisions().get(i);
            if (p.kind() != ProvisionKind.PARAGRAPH || !sameMeeting(p, meta) || p.spans().isEmpty()) {
                continue;
            }
            int start = p.spans().getFirst().start();
            Integer heading = headings.lower(start);
            if (heading != null && heading > previousStart) {
                current = List.of();
            }
            previousStart = start;
            List<String> named = AgendaReferences.in(p.text(), meta.language());
            if (!named.isEmpty()) {
                current = named.stream().map(n -> titles.containsKey(n) ? n + ". " + titles.get(n) : n).toList();
            }
            out.set(i, current);
        }
        return out;
    }

    /** Only recommendations and operative paragraphs (and their sub-paragraphs) are addressed to someone. */
    private static List<String> addressees(Provision p) {
        return p.kind() == ProvisionKind.RECOMMENDATION || p.kind() == ProvisionKind.OPERATIVE
                || p.kind() == ProvisionKind.SUBPARAGRAPH ? Addressees.read(p.text()) : List.of();
    }
}
