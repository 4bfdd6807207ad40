package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.Work;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceSpan;
import org.compendium.parse.grammar.Grammars;
import org.compendium.parse.french.FrenchOrdinals;

/**
 * Reads a UNODC compendium of recommendations, resolutions and decisions: front matter and introduction, Part A (the
 * working group's recommendations by meeting, numbered anew in each meeting, with lettered sub-paragraphs), Part B
 * (the COP's decisions and resolutions by session, read by {@link ResolutionBodyReader}), and the thematic index,
 * kept as table lines for the theme importer.
 *
 * <p>Each entry is cited as the provision it reproduces ({@code CTOC/COP/WG.7 meeting 1 rec. 22}, {@code COP res. 5/3 op. 7})
 * and labelled with the compendium's own reference ({@code I.22}, {@code V.7}, {@code VI.al. 5}).
 */
final class CompendiumReader implements StructureReader {
    private static final Pattern PART_A = Pattern.compile("^\\s*A\\.\\s+Recommandations adoptées[^\\t]*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PART_B = Pattern.compile("^\\s*B\\.\\s+Résolutions et décisions adoptées[^\\t]*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MEETING = Pattern.compile("^\\s*([IVX]{1,5})\\.\\s+(\\S+)\\s+réunion,\\s*([^\\t]+)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SESSION = Pattern.compile("^\\s*([IVX]{1,5})\\.\\s+(\\S+)\\s+session,\\s*([^\\t]+)$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INDEX = Pattern.compile("^[*\\s]*Index thématique[*\\s]*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TABLE_OF_CONTENTS = Pattern.compile("^\\s*Table des matières\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RES_HEAD = Pattern.compile("^[#*\\s]*(Résolution|Décision)\\s+(\\d{1,2}/\\d{1,2})[*\\s]*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RECOMMENDATION = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTERED = Pattern.compile("^[-\\s]*([a-z])\\)\\**\\s+\\S", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern RECOMMENDATION_LABEL = Pattern.compile("^\\d{1,2}\\.\\s*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER_LABEL = Pattern.compile("^-?\\s*[a-z]\\)\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    private NodeCollector collector;
    private DocumentContext context;
    private OpenNode current;
    private OpenNode.ProvisionDraft recommendation;
    private FootnoteBlock footnotes;
    private String meetingRoman;
    private Integer meeting;
    private Work work;
    private int nextRecommendation;

    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        this.collector = collector;
        this.context = context;
        this.footnotes = new FootnoteBlock(collector, context.markdown(), null);
        List<SourceLines.Line> lines = collector.lines().lines();
        SegmentKind frontKind = SegmentKind.FRONT_MATTER;
        boolean inBoldTitle = false;
        int i = 0;
        // Front matter, table of contents and introduction, up to Part A.
        for (; i < lines.size() && !(LineGate.matches(PART_A, lines.get(i).text()) && !isContentsEntry(lines, i)); i++) {
            SourceLines.Line line = lines.get(i);
            if (LineGate.matches(TABLE_OF_CONTENTS, line.text())) {
                frontKind = SegmentKind.TEXT;
            }
            boolean bold = line.stripped().startsWith("**") || inBoldTitle;
            inBoldTitle = bold && !line.stripped().endsWith("**");
            single(frontKind, bold && frontKind == SegmentKind.FRONT_MATTER ? "title" : "", List.of(), line);
        }
        if (i < lines.size()) {
            single(SegmentKind.HEADING, "A", List.of("A"), lines.get(i++));
        }
        for (; i < lines.size() && !LineGate.matches(PART_B, lines.get(i).text()) && !isIndex(lines.get(i)); i++) {
            readPartALine(lines.get(i));
        }
        footnotes.close();
        close();
        if (i < lines.size() && LineGate.matches(PART_B, lines.get(i).text())) {
            single(SegmentKind.HEADING, "B", List.of("B"), lines.get(i++));
        }
        i = readPartB(lines, i);
        for (; i < lines.size(); i++) {
            SourceLines.Line line = lines.get(i);
            if (!line.isBlank()) {
                // Whole lines, leading tabs included: the tabs are the index table's cell boundaries.
                collector.addRawSegment(SegmentKind.INDEX_TABLE, List.of(new SourceSpan(line.start(), line.end())));
            }
        }
    }

    /** A line of leader dots and a page number ({@code …………… 4}), as a PDF's table of contents prints its entries. */
    private static final Pattern LEADER = Pattern.compile("\\.{4,}\\s*\\d{1,3}\\s*$");

    /**
     * Whether the part A heading at {@code i} is an entry of the table of contents, not the part itself: the part's
     * first meeting heading is followed by its first recommendation ({@code 1. …}), a contents entry's by the next
     * entry; failing a meeting heading close by, an entry ends (or its wrapped line ends) with leader dots and a page
     * number, as a PDF prints it.
     */
    private static boolean isContentsEntry(List<SourceLines.Line> lines, int i) {
        List<String> next = new java.util.ArrayList<>();
        for (int j = i + 1; j < lines.size() && next.size() < 8; j++) {
            if (!lines.get(j).isBlank()) {
                next.add(lines.get(j).text());
            }
        }
        for (int k = 0; k + 1 < next.size() && k < 4; k++) {
            if (MEETING.matcher(next.get(k)).matches()) {
                return !RECOMMENDATION.matcher(next.get(k + 1)).lookingAt();
            }
        }
        return LEADER.matcher(lines.get(i).text()).find() || !next.isEmpty() && LEADER.matcher(next.getFirst()).find();
    }

    private static boolean isIndex(SourceLines.Line line) {
        return LineGate.matches(INDEX, line.text());
    }

    private void readPartALine(SourceLines.Line line) {
        if (line.isBlank()) {
            return;
        }
        String s = line.text();
        if (footnotes.setsAside(line)) {
            return;
        }
        Matcher m;
        if ((m = LineGate.matched(MEETING, s)) != null) {
            close();
            meetingRoman = m.group(1);
            OptionalInt n = FrenchOrdinals.parseRoman(meetingRoman);
            meeting = n.isPresent() ? n.getAsInt() : null;
            Body body = context.metadata().body() == null ? Body.WG_SOM : context.metadata().body();
            work = meeting == null ? null : new Work.MeetingReport(body, meeting);
            nextRecommendation = 1;
            single(SegmentKind.HEADING, meetingRoman, List.of("A", meetingRoman), line);
        } else if (work != null && (m = LineGate.lookedAt(RECOMMENDATION, s)) != null && Integer.parseInt(m.group(1)) == nextRecommendation) {
            close();
            nextRecommendation++;
            String number = m.group(1);
            recommendation = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.RECOMMENDATION, number)), ProvisionKind.RECOMMENDATION,
                    number, List.of("A", meetingRoman, number), meetingRoman + "." + number, RECOMMENDATION_LABEL, meeting, null);
            current = recommendation;
            current.addLine(line);
        } else if (recommendation != null && (m = LineGate.lookedAt(LETTERED, s)) != null) {
            close();
            String letter = m.group(1);
            List<String> path = new ArrayList<>(recommendation.path);
            path.add(letter);
            current = new OpenNode.ProvisionDraft(recommendation.citation.child(letter), ProvisionKind.SUBPARAGRAPH, letter,
                    path, recommendation.label + "." + letter, LETTER_LABEL, meeting, null);
            current.addLine(line);
        } else if (current != null) {
            current.addLine(line);
        } else {
            single(SegmentKind.TEXT, "", List.of("A"), line);
        }
    }

    /** Reads Part B from line {@code i}; returns the index of the first line of the thematic index. */
    private int readPartB(List<SourceLines.Line> lines, int i) {
        String sessionRoman = null;
        Integer session = null;
        while (i < lines.size() && !isIndex(lines.get(i))) {
            SourceLines.Line line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                i++;
            } else if ((m = LineGate.matched(SESSION, line.text())) != null) {
                sessionRoman = m.group(1);
                OptionalInt n = FrenchOrdinals.parseRoman(sessionRoman);
                session = n.isPresent() ? n.getAsInt() : null;
                single(SegmentKind.HEADING, sessionRoman, List.of("B", sessionRoman), line);
                i++;
            } else if ((m = LineGate.matched(RES_HEAD, line.text())) != null && sessionRoman != null) {
                int end = i + 1;
                while (end < lines.size() && !isIndex(lines.get(end)) && !LineGate.matches(SESSION, lines.get(end).text())
                        && !LineGate.matches(RES_HEAD, lines.get(end).text())) {
                    end++;
                }
                boolean decision = m.group(1).startsWith("D");
                String number = m.group(2);
                Work resolutionWork = Work.CopInstrument.of(decision ? Work.InstrumentKind.DECISION : Work.InstrumentKind.RESOLUTION, number);
                new ResolutionBodyReader(collector, context.markdown(), resolutionWork, session, sessionRoman + ".",
                        List.of("B", sessionRoman), decision, Grammars.french(), null).read(lines.subList(i, end));
                i = end;
            } else {
                single(SegmentKind.TEXT, "", List.of("B"), line);
                i++;
            }
        }
        return i;
    }

    private void single(SegmentKind kind, String label, List<String> path, SourceLines.Line line) {
        if (!line.isBlank()) {
            collector.addSegment(kind, label, path, Spans.ofLine(line));
        }
    }

    private void close() {
        if (current != null) {
            current.close(collector);
            current = null;
        }
    }
}
