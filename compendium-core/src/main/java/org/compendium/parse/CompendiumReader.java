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
import org.compendium.parse.grammar.CompendiumGrammar;
import org.compendium.parse.grammar.Grammar;
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
    private CompendiumGrammar shapes;
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
        this.shapes = CompendiumGrammar.of(context.grammar().language());
        this.footnotes = new FootnoteBlock(collector, context.markdown(), null);
        List<SourceLines.Line> lines = collector.lines().lines();
        SegmentKind frontKind = SegmentKind.FRONT_MATTER;
        boolean inBoldTitle = false;
        int i = 0;
        // Front matter, table of contents and introduction, up to Part A.
        // A compendium of resolutions only (a working group without meetings yet) starts at part B.
        for (; i < lines.size() && !(isPartHeading(lines.get(i)) && !isContentsEntry(lines, i)); i++) {
            SourceLines.Line line = lines.get(i);
            if (LineGate.matches(shapes.contents(), line.text())) {
                frontKind = SegmentKind.TEXT;
            }
            boolean bold = line.stripped().startsWith("**") || inBoldTitle;
            inBoldTitle = bold && !line.stripped().endsWith("**");
            single(frontKind, bold && frontKind == SegmentKind.FRONT_MATTER ? "title" : "", List.of(), line);
        }
        if (i < lines.size() && LineGate.matches(shapes.partA(), lines.get(i).text())) {
            single(SegmentKind.HEADING, "A", List.of("A"), lines.get(i++));
        }
        for (; i < lines.size() && !LineGate.matches(shapes.partB(), lines.get(i).text()) && !isIndex(lines.get(i)); i++) {
            readPartALine(lines.get(i));
        }
        footnotes.close();
        close();
        if (i < lines.size() && LineGate.matches(shapes.partB(), lines.get(i).text())) {
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
     * Whether the part heading at {@code i} is an entry of the table of contents, not the part itself: the part's
     * first meeting or session heading is followed by its first recommendation ({@code 1. …}) or resolution heading, a
     * contents entry's by the next entry; failing a meeting heading close by, an entry ends (or its wrapped line ends) with leader dots and a page
     * number, as a PDF prints it.
     */
    private boolean isContentsEntry(List<SourceLines.Line> lines, int i) {
        List<String> next = new java.util.ArrayList<>();
        for (int j = i + 1; j < lines.size() && next.size() < 8; j++) {
            if (!lines.get(j).isBlank()) {
                next.add(lines.get(j).text());
            }
        }
        for (int k = 0; k + 1 < next.size() && k < 4; k++) {
            if (LineGate.matches(shapes.meeting(), next.get(k)) || LineGate.matches(shapes.session(), next.get(k))) {
                return !LineGate.lookingAt(shapes.recommendation(), next.get(k + 1)) && instrument(next.get(k + 1)) == null;
            }
        }
        return LEADER.matcher(lines.get(i).text()).find() || !next.isEmpty() && LEADER.matcher(next.getFirst()).find();
    }

    private boolean isPartHeading(SourceLines.Line line) {
        return LineGate.matches(shapes.partA(), line.text()) || LineGate.matches(shapes.partB(), line.text());
    }

    private boolean isIndex(SourceLines.Line line) {
        return LineGate.matches(shapes.index(), line.text());
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
        if ((m = LineGate.matched(shapes.meeting(), s)) != null) {
            close();
            OptionalInt n = shapes.number(m);
            meeting = n.isPresent() ? n.getAsInt() : null;
            meetingRoman = meeting == null ? m.group("n") : FrenchOrdinals.toRoman(meeting);
            Body body = context.metadata().body() == null ? Body.WG_SOM : context.metadata().body();
            work = meeting == null ? null : new Work.MeetingReport(body, meeting);
            // A lettered line before the meeting's first recommendation is no item of the last meeting's.
            recommendation = null;
            nextRecommendation = 1;
            single(SegmentKind.HEADING, meetingRoman, List.of("A", meetingRoman), line);
        } else if (work != null && (m = LineGate.lookedAt(shapes.recommendation(), s)) != null && Integer.parseInt(m.group(1)) == nextRecommendation) {
            close();
            nextRecommendation++;
            String number = m.group(1);
            recommendation = new OpenNode.ProvisionDraft(Citation.of(work, Eid.of(Eid.Series.RECOMMENDATION, number)), ProvisionKind.RECOMMENDATION,
                    number, List.of("A", meetingRoman, number), meetingRoman + "." + number, shapes.recommendationLabel(), meeting, null);
            current = recommendation;
            current.addLine(line);
        } else if (recommendation != null && (m = LineGate.lookedAt(shapes.lettered(), s)) != null) {
            close();
            String letter = context.grammar().resolution().canonicalLetter(m.group(1));
            List<String> path = new ArrayList<>(recommendation.path);
            path.add(letter);
            current = new OpenNode.ProvisionDraft(recommendation.citation.child(letter), ProvisionKind.SUBPARAGRAPH, letter,
                    path, recommendation.label + "." + letter, shapes.letterLabel(), meeting, null);
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
        InstrumentBlocks.Heading heading;
        while (i < lines.size() && !isIndex(lines.get(i))) {
            SourceLines.Line line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                i++;
            } else if ((m = LineGate.matched(shapes.session(), line.text())) != null) {
                OptionalInt n = shapes.number(m);
                session = n.isPresent() ? n.getAsInt() : null;
                sessionRoman = session == null ? m.group("n") : FrenchOrdinals.toRoman(session);
                single(SegmentKind.HEADING, sessionRoman, List.of("B", sessionRoman), line);
                i++;
            } else if ((heading = instrument(line.text())) != null && sessionRoman != null) {
                int end = i + 1;
                while (end < lines.size() && !isIndex(lines.get(end)) && !LineGate.matches(shapes.session(), lines.get(end).text())
                        && instrument(lines.get(end).text()) == null) {
                    end++;
                }
                boolean decision = heading.decision();
                Work resolutionWork = Work.CopInstrument.of(heading.kind(), heading.number());
                new ResolutionBodyReader(collector, context.markdown(), resolutionWork, session, sessionRoman + ".",
                        List.of("B", sessionRoman), decision, context.grammar(), null).read(lines.subList(i, end));
                i = end;
            } else {
                single(SegmentKind.TEXT, "", List.of("B"), line);
                i++;
            }
        }
        return i;
    }

    /** The resolution's or decision's heading {@code line} is in the compendium's language ({@code Resolution 5/3}), or null. */
    private InstrumentBlocks.Heading instrument(String line) {
        return InstrumentBlocks.heading(line, context.grammar().resolution());
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
