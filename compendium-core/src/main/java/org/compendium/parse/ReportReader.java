package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.parse.grammar.Bylines;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Mastheads;
import org.compendium.parse.grammar.Numerals;
import org.compendium.parse.grammar.WrappedTitles;

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
    /** How the document's language letters items: a resolution's sub-paragraphs and a report's items alike. */
    private Grammar.ResolutionShapes items;
    private OpenNode current;
    private FootnoteBlock footnotes;
    private boolean seenStructure;
    private int nextParagraph;
    /** The indentation of the masthead's agenda item line just read, whose title the next line is; -1 when none. */
    private int agendaIndent = -1;
    /** The last line of the agenda item's title read into the masthead, which the next line may go on; null when none. */
    private String agendaTitle;
    /** The numbered paragraph open, whose lettered items may follow; null outside one. */
    private OpenNode.ProvisionDraft paragraphDraft;
    /** The open paragraph's last item letter ("" before its first), its last line's text read so far. */
    private String lastLetter = "";
    private String lastText = "";
    /** Whether the open paragraph quotes a numbered list (an agenda), whose letters are not its items. */
    private boolean quotesList;
    private final List<String> headingPath = new ArrayList<>();
    /**
     * The next number of the list of recommendations a paragraph announced ({@code … adopted the following
     * recommendations:} / {@code 1. States parties should …}); 0 outside such a list, which a heading ends.
     */
    private int nextListed;
    /**
     * The letter of the last recommendation of a lettered list a paragraph announced ({@code … adopted the following
     * recommendations:} / {@code (a) States parties should …}); empty outside such a list, which a heading or the
     * report's next paragraph ends.
     */
    private String lastListed = "";
    /** The line before the open paragraph's last one, which the announcing words may have wrapped from. */
    private String previousText = "";
    /** The index of the title line of a heading whose label stood alone on the line above ({@link SplitHeadings}); -1 when none. */
    private int splitTitle = -1;
    /** The index of the line after the table of contents read ({@link ContentsTable}); 0 before one. */
    private int contentsEnd;

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
        this.items = context.grammar().resolution();
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
        paragraphDraft = null;
    }

    /** Closes the last paragraph or block. */
    void finish() {
        interrupt();
    }

    private void readLine(SourceLines.Line line) {
        String s = line.text();
        if (line.index() < contentsEnd) {
            if (!(current instanceof OpenNode.SegmentDraft d && d.label.equals("contents"))) {
                close();
                current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "contents", List.of());
            }
            current.addLine(line);
            return;
        }
        if (footnotes.setsAside(line)) {
            return;
        }
        if (!seenStructure && ContentsTable.isHeading(s)) {
            close();
            contentsEnd = ContentsTable.end(collector.lines(), line.index());
            current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "contents", List.of());
            current.addLine(line);
            return;
        }
        if (line.index() == contentsEnd && current instanceof OpenNode.SegmentDraft d && d.label.equals("contents")) {
            close();
        }
        if (line.index() == splitTitle && current instanceof OpenNode.SegmentDraft) {
            // The title of the heading whose label the line above held alone.
            current.addLine(line);
            splitTitle = -1;
            return;
        }
        Matcher m;
        String split;
        if (context.markdown() && (m = LineGate.matched(MARKDOWN_HEADING, s)) != null) {
            heading(line, m.group(1));
        } else if (!context.markdown() && s.length() <= 16 && (split = SplitHeadings.joined(collector.lines().lines(), line.index(), shapes)) != null) {
            heading(line, split);
            splitTitle = SplitHeadings.titleIndex(collector.lines().lines(), line.index());
        } else if (!context.markdown() && LineGate.matches(shapes.numberedSection(), s) && !LineGate.lookingAt(shapes.paragraph(), s)) {
            heading(line, s.strip());
        } else if (seenStructure && LineGate.matches(shapes.letteredSection(), s)) {
            heading(line, s.strip());
        } else if ((m = LineGate.matched(shapes.recommendation(), s)) != null) {
            recommendation(line, Numerals.ascii(m.group(1)));
        } else if ((m = LineGate.lookedAt(shapes.paragraph(), s)) != null && listsRecommendation(Integer.parseInt(m.group(1)))) {
            listedRecommendation(line, Numerals.ascii(m.group(1)));
        } else if (m != null && Integer.parseInt(m.group(1)) == nextParagraph) {
            paragraph(line, Numerals.ascii(m.group(1)));
        } else if ((m = listedLetter(s)) != null) {
            listedRecommendation(line, items.canonicalLetter(m.group(1)), m.group(1));
        } else if (startsItem(s)) {
            item(line, LetteredItems.next(lastLetter));
        } else if (!seenStructure) {
            frontMatter(line);
        } else if (current == null) {
            current = new OpenNode.SegmentDraft(SegmentKind.TEXT, "", List.of());
            current.addLine(line);
        } else if (current instanceof OpenNode.ProvisionDraft d && (d == paragraphDraft || d.kind == ProvisionKind.SUBPARAGRAPH)) {
            // A numbered line that is not the next paragraph is a list the paragraph quotes (an agenda's items):
            // letters under it are that list's, not the paragraph's.
            quotesList = quotesList || shapes.paragraph().matcher(s).lookingAt();
            paragraphLine(line);
        } else {
            FootnoteMarks.addLine(current, line, context.markdown(), collector, List.of());
        }
    }

    /**
     * Adds a line to the open paragraph, up to the next paragraph's number where raw extraction ran the next paragraph
     * on in the same line ({@link MidLineNumbers}); the rest of the line is then read as a line of its own.
     */
    private void paragraphLine(SourceLines.Line line) {
        String text = line.text();
        // A paragraph number run on in a recommendation's line is left to the recommendation: numbered paragraphs and
        // recommendations are numbered apart, so the next paragraph's number may stand in a recommendation's text.
        boolean recommendation = paragraphDraft != null && paragraphDraft.kind == ProvisionKind.RECOMMENDATION;
        int cut = context.markdown() || recommendation ? -1 : MidLineNumbers.cut(text, nextParagraph, shapes.paragraph());
        int item = quotesList ? -1 : LetteredItems.cut(text, line.contentStart() - line.start(), nextLetter(), items);
        if (item > 0 && (cut < 0 || item < cut)) {
            cut = item;
        }
        if (cut < 0) {
            FootnoteMarks.addLine(current, line, context.markdown(), collector, List.of());
            previousText = lastText;
            lastText = text;
            return;
        }
        FootnoteMarks.addLine(current, new SourceLines.Line(line.index(), line.start(), line.start() + cut, text.substring(0, cut)),
                context.markdown(), collector, List.of());
        lastText = text.substring(0, cut);
        readLine(new SourceLines.Line(line.index(), line.start() + cut, line.end(), text.substring(cut)));
    }

    /**
     * The letter the open paragraph's text may run on into: the next recommendation's in a lettered list ({@code …;
     * (b) …} in the line of recommendation (a)), else the paragraph's next item's.
     */
    private String nextLetter() {
        return !lastListed.isEmpty() && lastLetter.isEmpty() ? LetteredItems.next(lastListed) : LetteredItems.next(lastLetter);
    }

    /**
     * The match of the language's letter label ({@code (a)}, {@code a)}, {@code (أ)}) at the start of {@code s} when it
     * is the next recommendation of a lettered list a paragraph announced, else null: {@code (a)} right under a
     * paragraph ending as {@link Grammar.ReportShapes#recommendationsFollow} says, or the letter after the last one,
     * after a recommendation ended (a semicolon or comma, perhaps with {@code and}, or a full stop). Such items are the
     * report's recommendations, lettered as printed ({@code rec. (a)}), not the chapeau's sub-paragraphs: before, they
     * were read as {@code para. 1(a)}–{@code (d)}.
     */
    private Matcher listedLetter(String s) {
        // The state is looked at first: most lines stand in no paragraph that could open or go on with such a list.
        if (context.markdown() || quotesList || paragraphDraft == null || current != paragraphDraft
                || paragraphDraft.kind != (lastListed.isEmpty() ? ProvisionKind.PARAGRAPH : ProvisionKind.RECOMMENDATION)
                || lastListed.isEmpty() && !lastLetter.isEmpty()) {
            return null;
        }
        Matcher m = items.lettered().matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        String letter = items.canonicalLetter(m.group(1));
        boolean listed = lastListed.isEmpty() ? letter.equals("a") && announcesRecommendations()
                : letter.equals(LetteredItems.next(lastListed)) && endsRecommendation(lastText, letter);
        return listed ? m : null;
    }

    /** Whether a recommendation's text ending as {@code before} is done, so that the one lettered {@code letter} follows. */
    private static boolean endsRecommendation(String before, String letter) {
        String t = before.strip();
        return LetteredItems.opens(t, letter) || !t.isEmpty() && (t.endsWith(".") || t.endsWith("。"));
    }

    /**
     * Whether the open paragraph ends as one announcing a list of recommendations
     * ({@link Grammar.ReportShapes#recommendationsFollow}), the announcing words wrapped over its last two lines or not.
     */
    private boolean announcesRecommendations() {
        return nextParagraph > 1 && paragraphDraft != null && paragraphDraft.kind == ProvisionKind.PARAGRAPH
                && current == paragraphDraft && !quotesList
                && shapes.recommendationsFollow().matcher(previousText + " " + lastText).find();
    }

    /**
     * Whether {@code s} starts the open paragraph's next lettered item ({@link LetteredItems}): on a line of its own
     * after the chapeau's colon or the previous item's semicolon, and not under a list the paragraph quotes.
     */
    private boolean startsItem(String s) {
        if (paragraphDraft == null || quotesList || !(current instanceof OpenNode.ProvisionDraft d)
                || d != paragraphDraft && d.kind != ProvisionKind.SUBPARAGRAPH) {
            return false;
        }
        Matcher m = items.lettered().matcher(s);
        return m.lookingAt() && items.canonicalLetter(m.group(1)).equals(LetteredItems.next(lastLetter))
                && LetteredItems.opens(lastText, LetteredItems.next(lastLetter));
    }

    /**
     * A lettered item of the open paragraph: a sub-paragraph provision of its own ({@code para_4__subpara_a}), as a
     * resolution's lettered sub-paragraphs are, the paragraph keeping its chapeau.
     */
    private void item(SourceLines.Line line, String letter) {
        close();
        lastLetter = letter;
        List<String> path = new ArrayList<>(paragraphDraft.path);
        path.add(letter);
        current = new OpenNode.ProvisionDraft(paragraphDraft.citation.child(letter), ProvisionKind.SUBPARAGRAPH, letter, path,
                items.letterFormat().formatted(LetteredItems.printed(items, letter)), items.letterLabel(), paragraphDraft.meeting,
                paragraphDraft.session);
        paragraphLine(line);
    }

    /**
     * A line above section I. Raw PDF extraction leaves no blank line between the masthead, the subject and the byline,
     * so they are parted by what their lines are: the masthead's known lines ({@link Mastheads}) are one block, the
     * agenda item's title under its line with them; the subject that follows another; the byline a third. Once the
     * subject has started, a line is the subject's however it reads ({@code Implementation of the} / {@code United
     * Nations Convention against Transnational Organized Crime} is a title, not an organ's name).
     */
    private void frontMatter(SourceLines.Line line) {
        String s = line.text();
        boolean inMasthead = current instanceof OpenNode.SegmentDraft d && d.label.equals("masthead");
        String title = agendaTitle;
        agendaTitle = null;
        if (Bylines.isByline(s)) {
            close();
            collector.addSegment(SegmentKind.FRONT_MATTER, "", List.of(), Spans.ofLine(line));
            agendaIndent = -1;
        } else if (inMasthead && title != null && WrappedTitles.goesOn(context.metadata().language(), title, s)) {
            // The agenda item's title wrapped: this line goes on with it, not with the subject under it.
            current.addLine(line);
            agendaTitle = s;
        } else if ((current == null || inMasthead) && Mastheads.isMastheadLine(s)) {
            if (current == null) {
                current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "masthead", List.of());
            }
            current.addLine(line);
            agendaIndent = Mastheads.isAgendaItem(s) ? line.contentStart() - line.start() : -1;
        } else if (inMasthead && agendaIndent >= 0 && line.contentStart() - line.start() <= agendaIndent + 2) {
            // The agenda item's title, printed under "Item 3 of the provisional agenda" at the masthead's margin (the
            // subject under it is indented where the extraction keeps the layout).
            current.addLine(line);
            agendaIndent = -1;
            agendaTitle = s;
        } else {
            if (inMasthead) {
                close();
            }
            agendaIndent = -1;
            if (current == null) {
                current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "", List.of());
            }
            current.addLine(line);
        }
    }

    private void heading(SourceLines.Line line, String text) {
        close();
        paragraphDraft = null;
        nextListed = 0;
        lastListed = "";
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

    /**
     * Whether a paragraph number {@code n} is the next item of a list of recommendations: the next one of a list being
     * read, or 1 at the end of a paragraph that announces one ({@link Grammar.ReportShapes#recommendationsFollow}), the
     * report's paragraphs being numbered past 1. A list's number is its own even where it is the next paragraph's
     * too; a heading ends the list. Before, the list's {@code 1.} ran into the chapeau, its {@code 2.}, {@code 3.} …
     * were read as the report's paragraphs, and the report's own next paragraphs, out of sequence then, were read
     * into the headings above them (set aside).
     */
    private boolean listsRecommendation(int n) {
        if (context.markdown()) {
            return false;
        }
        if (nextListed > 0) {
            return n == nextListed;
        }
        return n == 1 && announcesRecommendations();
    }

    /** An item of an announced list of recommendations ({@code 1. States parties should …}): recommendation 1. */
    private void listedRecommendation(SourceLines.Line line, String number) {
        recommendation(line, number, shapes.paragraphFormat().formatted(number), shapes.paragraphLabel());
        nextListed = Integer.parseInt(number) + 1;
    }

    /**
     * An item of an announced lettered list of recommendations ({@code (a) States parties should …}): recommendation
     * (a), {@code rec_a}, labelled as printed ({@code (a)}, {@code a)}, {@code (أ)}). Its line is read as a
     * paragraph's, so that the next recommendation run on in it ({@code …; (b) …}) is cut off.
     */
    private void listedRecommendation(SourceLines.Line line, String letter, String printed) {
        recommendation(line, letter, items.letterFormat().formatted(printed), items.letterLabel(), letter);
    }

    private void recommendation(SourceLines.Line line, String number) {
        recommendation(line, number, shapes.recommendationFormat().formatted(number), shapes.recommendationLabel());
    }

    private void recommendation(SourceLines.Line line, String number, String label, Pattern labelPattern) {
        recommendation(line, number, label, labelPattern, "");
    }

    /** A recommendation; {@code listed} is its letter when it is one of an announced lettered list, else empty. */
    private void recommendation(SourceLines.Line line, String number, String label, Pattern labelPattern, String listed) {
        close();
        lastListed = listed;
        paragraphDraft = null;
        seenStructure = true;
        List<String> path = new ArrayList<>();
        if (headingPath.size() >= 2 && !headingPath.get(1).isEmpty()) {
            path.add(headingPath.get(1));
        }
        path.add(number);
        Integer meeting = context.metadata().meeting();
        current = new OpenNode.ProvisionDraft(Citation.of(context.work(), Eid.of(Eid.Series.RECOMMENDATION, number)), ProvisionKind.RECOMMENDATION,
                number, path, label, labelPattern, meeting, context.metadata().session());
        // A recommendation's lettered items under its chapeau (… : (a) …; (b) …) are its sub-paragraphs, as a
        // paragraph's are: rec_17__subpara_a.
        paragraphDraft = (OpenNode.ProvisionDraft) current;
        lastLetter = "";
        lastText = "";
        quotesList = false;
        if (!listed.isEmpty()) {
            paragraphLine(line);
        } else {
            FootnoteMarks.addLine(current, line, context.markdown(), collector, List.of());
        }
    }

    private void paragraph(SourceLines.Line line, String number) {
        close();
        seenStructure = true;
        nextParagraph++;
        lastListed = "";
        paragraphDraft = new OpenNode.ProvisionDraft(Citation.of(context.work(), Eid.of(Eid.Series.PARAGRAPH, number)), ProvisionKind.PARAGRAPH,
                number, List.of(number), shapes.paragraphFormat().formatted(number), shapes.paragraphLabel(), context.metadata().meeting(),
                context.metadata().session());
        current = paragraphDraft;
        lastLetter = "";
        lastText = "";
        previousText = "";
        quotesList = false;
        paragraphLine(line);
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
