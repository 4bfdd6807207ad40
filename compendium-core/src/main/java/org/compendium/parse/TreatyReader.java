package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.TreatyInstrument;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Numerals;
import org.compendium.parse.grammar.TreatyGrammar;

/**
 * Reads the Convention or one of its Protocols: the title, the preamble ({@code The States Parties to this Protocol,}
 * its paragraphs, {@code Have agreed as follows:}), chapters ({@code I. General provisions}), articles with their
 * titles ({@code Article 6} / {@code Criminalization}), the articles' numbered paragraphs and the lettered
 * sub-paragraphs of an article or of a paragraph, in the shapes of the document language's grammar.
 *
 * <p>eIds follow the treaty's own numbering: {@code art_6}, {@code art_6__para_1}, {@code art_6__para_1__subpara_a};
 * a letter directly under an article is the article's paragraph ({@code art_3__para_a}, cited {@code art. 3(a)}), as
 * {@link Eid#child} reads a citation. Numbers must follow one another (paragraph 2 after 1, letter {@code b} after
 * {@code a}); a label out of sequence is text of the unit it stands in, never a made-up provision. Chapters are
 * headings: they group articles but are not part of an article's identity.
 */
final class TreatyReader implements StructureReader {
    private static final Pattern ROMAN = Pattern.compile("^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$");

    private enum Part { FRONT, PREAMBLE, BODY }

    private NodeCollector collector;
    private DocumentContext context;
    private Grammar grammar;
    private TreatyGrammar treaty;
    private FootnoteBlock footnotes;
    private Part part = Part.FRONT;
    private OpenNode current;
    private String currentLastLine = "";
    private int preambular;
    private OpenNode.ProvisionDraft article;
    private OpenNode.ProvisionDraft paragraph;
    private OpenNode.ProvisionDraft letter;
    private int nextParagraph;
    private String lastArticleLetter = "";
    private String lastLetter = "";
    private String lastRoman = "";

    /**
     * The instrument whose title one of the text's first lines starts (the title may wrap onto the next lines, as in
     * a narrow PDF column), or null when the text is no treaty's.
     */
    static TreatyInstrument instrument(String raw, TreatyGrammar treaty) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.substring(0, Math.min(raw.length(), 1500)).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
            if (lines.size() == 6) {
                break;
            }
        }
        for (int first = 0; first < Math.min(4, lines.size()); first++) {
            TreatyInstrument found = treaty.instrument(String.join(" ", lines.subList(first, Math.min(lines.size(), first + 3))));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public void read(NodeCollector collector, DocumentContext context) {
        this.collector = collector;
        this.context = context;
        this.grammar = context.grammar();
        this.treaty = TreatyGrammar.of(grammar.language());
        // An excerpt printed in a resolution's annex repeats that resolution's symbol at the top of its pages.
        this.footnotes = new FootnoteBlock(collector, context.markdown(),
                context.metadata().symbol() == null ? null : context.metadata().symbol().value());
        for (SourceLines.Line line : collector.lines().lines()) {
            if (!line.isBlank() && !footnotes.setsAside(line)) {
                readLine(line);
            }
        }
        footnotes.close();
        close();
    }

    private void readLine(SourceLines.Line line) {
        String s = line.text();
        OptionalInt articleNumber = treaty.articleNumber(s);
        if (articleNumber.isPresent()) {
            article(line, articleNumber.getAsInt());
            return;
        }
        if (isChapter(s)) {
            chapter(line);
            return;
        }
        switch (part) {
            case FRONT -> front(line);
            case PREAMBLE -> preamble(line);
            case BODY -> body(line);
        }
    }

    /** A chapter heading ({@code I. General provisions}); never the first line of the text, which is its title. */
    private boolean isChapter(String s) {
        Grammar.ReportShapes report = grammar.report();
        return (part != Part.FRONT || current != null) && report.numberedSection().matcher(s).matches()
                && !report.paragraph().matcher(s).lookingAt();
    }

    private void front(SourceLines.Line line) {
        String s = line.text();
        if (treaty.preambleHeading().matcher(s).matches()) {
            segment(SegmentKind.FRONT_MATTER, "preamble", line);
        } else if (current == null && LineGate.matches(grammar.resolution().annexHeading(), s)) {
            // "Annex II" above the title: the annex of the resolution that adopted the instrument, not its title.
            segment(SegmentKind.FRONT_MATTER, "annex", line);
        } else if (treaty.opening().matcher(s).lookingAt()) {
            close();
            part = Part.PREAMBLE;
            current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "opening", List.of());
            add(line);
        } else {
            if (!(current instanceof OpenNode.SegmentDraft)) {
                close();
                current = new OpenNode.SegmentDraft(SegmentKind.FRONT_MATTER, "title", List.of());
            }
            add(line);
        }
    }

    private void preamble(SourceLines.Line line) {
        String s = line.text();
        if (treaty.agreed().matcher(s).matches()) {
            close();
            part = Part.BODY;
            segment(SegmentKind.FRONT_MATTER, "agreed", line);
            return;
        }
        String opener = treaty.preambleOpeners().lead(line.stripped());
        if (current != null && (opener == null || !endsParagraph(currentLastLine))) {
            add(line);
            return;
        }
        close();
        preambular++;
        String number = Integer.toString(preambular);
        OpenNode.ProvisionDraft draft = new OpenNode.ProvisionDraft(Citation.of(context.work(), Eid.of(Eid.Series.PREAMBULAR, number)),
                ProvisionKind.PREAMBULAR, number, List.of("al. " + number), "", null, null, null);
        draft.leadingVerb = opener;
        current = draft;
        add(line);
    }

    private boolean endsParagraph(String lastLine) {
        String last = lastLine.strip();
        return !last.isEmpty() && grammar.resolution().paragraphEnds().indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    private void chapter(SourceLines.Line line) {
        close();
        part = Part.BODY;
        Matcher label = grammar.report().sectionLabel().matcher(line.text());
        String id = label.lookingAt() ? grammar.report().sectionId(Numerals.ascii(label.group(1))) : "";
        article = null;
        paragraph = null;
        letter = null;
        segment(SegmentKind.HEADING, id, line);
    }

    private void article(SourceLines.Line line, int number) {
        close();
        part = Part.BODY;
        String n = Integer.toString(number);
        article = new OpenNode.ProvisionDraft(Citation.of(context.work(), Eid.of(Eid.Series.ARTICLE, n)), ProvisionKind.ARTICLE,
                n, List.of("art. " + n), line.stripped(), treaty.articleLabel(), null, null);
        paragraph = null;
        letter = null;
        nextParagraph = 1;
        lastArticleLetter = "";
        lastLetter = "";
        lastRoman = "";
        current = article;
        add(line);
    }

    private void body(SourceLines.Line line) {
        String s = line.text();
        Matcher m;
        if (article != null && (m = grammar.report().paragraph().matcher(s)).lookingAt()
                && Integer.parseInt(Numerals.ascii(m.group(1))) == nextParagraph) {
            numberedParagraph(line, Numerals.ascii(m.group(1)));
        } else if (article != null && (m = grammar.resolution().lettered().matcher(s)).lookingAt() && lettered(line, m.group(1))) {
            return;
        } else if (current != null) {
            add(line);
        } else {
            current = new OpenNode.SegmentDraft(SegmentKind.TEXT, "", List.of());
            add(line);
        }
    }

    private void numberedParagraph(SourceLines.Line line, String number) {
        close();
        nextParagraph++;
        paragraph = new OpenNode.ProvisionDraft(article.citation.child(number), ProvisionKind.PARAGRAPH, number,
                path(article, number), grammar.report().paragraphFormat().formatted(number), grammar.report().paragraphLabel(),
                null, null);
        letter = null;
        lastLetter = "";
        lastRoman = "";
        current = paragraph;
        add(line);
    }

    /**
     * A lettered line: a sub-paragraph of the open paragraph, or of the article itself when it has no numbered
     * paragraph yet; a roman item one level below the open letter. False (the line is text) when its label is out of
     * sequence.
     */
    private boolean lettered(SourceLines.Line line, String printed) {
        Grammar.ResolutionShapes shapes = grammar.resolution();
        String label = shapes.canonicalLetter(printed);
        OpenNode.ProvisionDraft parent;
        ProvisionKind kind = ProvisionKind.SUBPARAGRAPH;
        boolean roman = false;
        if (paragraph == null && nextParagraph == 1 && label.equals(next(lastArticleLetter))) {
            parent = article;
            kind = ProvisionKind.PARAGRAPH;
            lastArticleLetter = label;
        } else if (paragraph != null && label.equals(next(lastLetter))) {
            parent = paragraph;
            lastLetter = label;
            lastRoman = "";
        } else if (letter != null && ROMAN.matcher(label).matches() && label.equals(nextRoman(lastRoman))) {
            parent = letter;
            roman = true;
            lastRoman = label;
        } else {
            return false;
        }
        close();
        OpenNode.ProvisionDraft draft = new OpenNode.ProvisionDraft(parent.citation.child(label), kind, label, path(parent, label),
                shapes.letterFormat().formatted(printed), shapes.letterLabel(), null, null);
        if (!roman) {
            letter = draft;
        }
        current = draft;
        add(line);
        return true;
    }

    private static List<String> path(OpenNode.ProvisionDraft parent, String number) {
        List<String> path = new ArrayList<>(parent.path);
        path.add(number);
        return path;
    }

    private static String next(String letter) {
        return letter.isEmpty() ? "a" : String.valueOf((char) (letter.charAt(0) + 1));
    }

    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private static String nextRoman(String roman) {
        int i = ROMANS.indexOf(roman);
        return i + 1 < ROMANS.size() ? ROMANS.get(i + 1) : "";
    }

    private void segment(SegmentKind kind, String label, SourceLines.Line line) {
        close();
        collector.addSegment(kind, label, List.of(), Spans.ofLine(line));
    }

    private void add(SourceLines.Line line) {
        current.addLine(line);
        currentLastLine = line.stripped();
    }

    private void close() {
        if (current != null) {
            current.close(collector);
            current = null;
            currentLastLine = "";
        }
    }
}
