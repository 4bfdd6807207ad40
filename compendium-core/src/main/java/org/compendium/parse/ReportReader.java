package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Numerals;

/**
 * Reads reports — working-group meeting reports and Secretariat reports — into headed sections, numbered
 * paragraphs and {@code Recommandation N} recommendations (in the shapes of the document language's grammar), with
 * their footnotes and conversion debris set apart.
 *
 * <p>Paragraph numbers must follow one another: a line {@code 2. Mesures de prévention} inside paragraph 62 is an
 * agenda item, not paragraph 2, because the next paragraph expected is 63.
 */
final class ReportReader implements StructureReader {
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s+(.*)$");

    private NodeCollector collector;
    private DocumentContext context;
    private Grammar.ReportShapes shapes;
    private OpenNode current;
    private FootnoteBlock footnotes;
    private boolean seenStructure;
    private int nextParagraph;
    private final List<String> headingPath = new ArrayList<>();

    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        start(collector, context);
        readLines(collector.lines().lines());
        finish();
    }

    /** Starts reading a report whose lines are then given in order, in one piece or several ({@link #readLines}). */
    void start(NodeCollector collector, DocumentContext context) {
        this.collector = collector;
        this.context = context;
        this.shapes = context.grammar().report();
        this.current = null;
        this.nextParagraph = 1;
        this.footnotes = new FootnoteBlock(collector, context.markdown(),
                context.metadata().symbol() == null ? null : context.metadata().symbol().value());
    }

    /** Reads the next lines of the report, in document order. */
    void readLines(List<SourceLines.Line> lines) {
        for (SourceLines.Line line : lines) {
            if (!line.isBlank()) {
                readLine(line);
            } else if (!seenStructure && current instanceof OpenNode.SegmentDraft d && d.kind == SegmentKind.FRONT_MATTER) {
                // Above section I a blank line parts the masthead, the title and the byline: each is a block of its own.
                close();
            }
        }
    }

    /**
     * Closes what is open before lines that are not the report's own (a resolution it reproduces): the paragraph
     * before them does not run on into them, nor on past them. Paragraph numbering and the heading path go on.
     */
    void interrupt() {
        footnotes.close();
        close();
    }

    /** Closes the last paragraph or block. */
    void finish() {
        interrupt();
    }

    private void readLine(SourceLines.Line line) {
        String s = line.text();
        if (footnotes.setsAside(line)) {
            return;
        }
        Matcher m;
        if (context.markdown() && (m = LineGate.matched(MARKDOWN_HEADING, s)) != null) {
            heading(line, m.group(1));
        } else if (!context.markdown() && LineGate.matches(shapes.numberedSection(), s) && !LineGate.lookingAt(shapes.paragraph(), s)) {
            heading(line, s.strip());
        } else if (seenStructure && LineGate.matches(shapes.letteredSection(), s)) {
            heading(line, s.strip());
        } else if ((m = LineGate.matched(shapes.recommendation(), s)) != null) {
            recommendation(line, Numerals.ascii(m.group(1)));
        } else if ((m = LineGate.lookedAt(shapes.paragraph(), s)) != null && Integer.parseInt(m.group(1)) == nextParagraph) {
            paragraph(line, Numerals.ascii(m.group(1)));
        } else if (current == null) {
            current = new OpenNode.SegmentDraft(seenStructure ? SegmentKind.TEXT : SegmentKind.FRONT_MATTER, "", List.of());
            current.addLine(line);
        } else {
            FootnoteMarks.addLine(current, line, context.markdown(), collector, List.of());
        }
    }

    private void heading(SourceLines.Line line, String text) {
        close();
        Matcher label = shapes.sectionLabel().matcher(text);
        String id = label.lookingAt() ? shapes.sectionId(Numerals.ascii(label.group(1))) : "";
        if (!id.isEmpty()) {
            int level = id.matches("[IVX]+") ? 0 : id.matches("[A-H]") ? 1 : 2;
            while (headingPath.size() > level) {
                headingPath.removeLast();
            }
            while (headingPath.size() < level) {
                headingPath.add("");
            }
            headingPath.add(id);
            seenStructure = seenStructure || id.equals("I") || level > 0;
        }
        if (!seenStructure) {
            // Title blocks of Markdown reports use headings too; they stay front matter until section I starts.
            current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "", List.of());
        } else {
            current = new OpenNode.SegmentDraft(SegmentKind.HEADING, id, List.copyOf(headingPath));
        }
        current.addLine(line);
    }

    private void recommendation(SourceLines.Line line, String number) {
        close();
        seenStructure = true;
        List<String> path = new ArrayList<>();
        if (headingPath.size() >= 2 && !headingPath.get(1).isEmpty()) {
            path.add(headingPath.get(1));
        }
        path.add(number);
        Integer meeting = context.metadata().meeting();
        current = new OpenNode.ProvisionDraft(Citation.of(context.work(), Eid.of(Eid.Series.RECOMMENDATION, number)), ProvisionKind.RECOMMENDATION,
                number, path, shapes.recommendationFormat().formatted(number), shapes.recommendationLabel(), meeting, null);
        FootnoteMarks.addLine(current, line, context.markdown(), collector, List.of());
    }

    private void paragraph(SourceLines.Line line, String number) {
        close();
        seenStructure = true;
        nextParagraph++;
        current = new OpenNode.ProvisionDraft(Citation.of(context.work(), Eid.of(Eid.Series.PARAGRAPH, number)), ProvisionKind.PARAGRAPH,
                number, List.of(number), shapes.paragraphFormat().formatted(number), shapes.paragraphLabel(), context.metadata().meeting(),
                context.metadata().session());
        FootnoteMarks.addLine(current, line, context.markdown(), collector, List.of());
    }

    private void single(SegmentKind kind, String label, SourceLines.Line line) {
        collector.addSegment(kind, label, List.of(), Spans.ofLine(line));
    }

    private void close() {
        if (current != null) {
            current.close(collector);
            current = null;
        }
    }
}
