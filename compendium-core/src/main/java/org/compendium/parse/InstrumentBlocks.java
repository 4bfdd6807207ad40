package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Work;
import org.compendium.parse.grammar.DraftWording;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Numerals;

/**
 * Finds the resolutions and decisions a document reproduces whole, as the report of a COP session does in its first
 * chapter: a heading line ({@code Resolution 13/1}, {@code Décision 13/1}, {@code القرار 13/1}) followed within a
 * few lines by the adopting body's opening ({@code The Conference of the Parties …}). A heading without that opening
 * (a mention in a list, a table of contents) starts no block.
 *
 * <p>A block runs to the next block's heading, or to the first chapter or section heading of the report after its
 * opening ({@code B. Decisions}, {@code II. Organization of the session}). An annex of a reproduced resolution has
 * headings of its own that look like the report's ({@code I. Purpose}, {@code A. Meeting in 2027}); inside an annex a
 * heading ends the block only when it is the report's next one ({@link ReportPlace}): the chapter or section after the
 * report's last, and not the annex's own next, or the annex's too but followed by the report's next paragraph
 * number rather than the annex's. The annex, headings and all, stays inside its resolution.
 */
final class InstrumentBlocks {
    /** How many non-blank lines after the heading the opening may come (the title, wrapped over a few lines, is between). */
    private static final int OPENING_WITHIN = 8;

    /**
     * One reproduced resolution or decision, or one draft of either that the report recommends to another organ.
     *
     * @param start   the index of its heading line
     * @param end     the index after its last line
     * @param kind    resolution or decision
     * @param number  its number as cited ({@code 13/1}), or null for a draft, which has none yet
     * @param ordinal a draft's ordinal in Roman numerals ({@code II}), or null (an adopted instrument, or the only draft
     *                of its kind, printed without one)
     */
    record Block(int start, int end, Work.InstrumentKind kind, String number, String ordinal) {
        /** The work it is cited by; a draft's names the report that holds it ({@code E/CN.15/2030/17 draft res. I}). */
        Work work(Work report) {
            return draft() ? new Work.ReproducedDraft(report, kind, ordinal) : Work.CopInstrument.of(kind, number);
        }

        /** The session of an adopted COP instrument ({@code 13} of {@code 13/1}); null for a draft. */
        Integer session() {
            return draft() ? null : Work.CopInstrument.of(kind, number).session();
        }

        boolean draft() {
            return number == null;
        }

        boolean decision() {
            return kind == Work.InstrumentKind.DECISION;
        }
    }

    private InstrumentBlocks() {
    }

    /**
     * The blocks of {@code lines}, in document order; empty when the document reproduces none. A draft's heading
     * ({@code Draft resolution I}, {@link DraftWording}) starts a block only after a numbered paragraph of the report
     * (the one recommending it): a draft printed alone, under its masthead, is the draft document itself.
     */
    static List<Block> find(List<SourceLines.Line> lines, Grammar grammar) {
        List<Block> blocks = new ArrayList<>();
        Grammar.ResolutionShapes res = grammar.resolution();
        Grammar.ReportShapes report = grammar.report();
        DraftWording drafts = DraftWording.of(grammar.language());
        ReportPlace place = new ReportPlace();
        int i = 0;
        while (i < lines.size()) {
            boolean afterParagraph = place.paragraph > 0;
            Heading h = startsBlock(lines, i, res, drafts, afterParagraph);
            if (h == null) {
                place.read(headingText(lines, i, report), report, report.paragraph());
                i++;
                continue;
            }
            int end = opening(lines, i, res, drafts) + 1;
            ReportPlace annex = null;
            while (end < lines.size()) {
                String s = lines.get(end).text();
                if (startsBlock(lines, end, res, drafts, afterParagraph) != null) {
                    break;
                }
                if (h.kind == Work.InstrumentKind.RESOLUTION && LineGate.matches(res.annexHeading(), s)) {
                    annex = new ReportPlace();
                } else if (isReportHeading(s = headingText(lines, end, report), report)) {
                    if (annex == null || endsAnnex(lines, end, s, place, annex, res, report)) {
                        break;
                    }
                }
                if (annex != null) {
                    annex.read(s, report, res.operative());
                }
                end++;
            }
            blocks.add(new Block(i, end, h.kind, h.number, h.ordinal));
            i = end;
        }
        return blocks;
    }

    /**
     * The heading at {@code i} when a block starts there: an instrument's heading or (when {@code draftsToo}) a
     * draft's, followed soon enough by the adopting organ's opening; else null.
     */
    private static Heading startsBlock(List<SourceLines.Line> lines, int i, Grammar.ResolutionShapes res, DraftWording drafts,
                                       boolean draftsToo) {
        String s = lines.get(i).text();
        Heading h = heading(s, res);
        if (h == null && draftsToo) {
            DraftWording.Heading d = drafts.headingOf(s);
            h = d == null ? null : new Heading(d.decision() ? Work.InstrumentKind.DECISION : Work.InstrumentKind.RESOLUTION, null, d.ordinal());
        }
        return h != null && opening(lines, i, res, drafts) >= 0 ? h : null;
    }

    /**
     * A resolution's or decision's heading line: which it heads, and its number ({@code 11/5}) in ASCII digits; for a
     * draft's heading, no number and the draft's ordinal, if any.
     */
    record Heading(Work.InstrumentKind kind, String number, String ordinal) {
        Heading(Work.InstrumentKind kind, String number) {
            this(kind, number, null);
        }

        boolean decision() {
            return kind == Work.InstrumentKind.DECISION;
        }
    }

    /** The heading {@code line} is in the language's shapes ({@code Resolution 11/5}, {@code 第11/5号决定}), or null. */
    static Heading heading(String line, Grammar.ResolutionShapes shapes) {
        Matcher m = LineGate.matched(shapes.resolutionHeading(), line);
        if (m != null) {
            return new Heading(Work.InstrumentKind.RESOLUTION, Numerals.ascii(m.group(1)));
        }
        m = LineGate.matched(shapes.decisionHeading(), line);
        return m != null ? new Heading(Work.InstrumentKind.DECISION, Numerals.ascii(m.group(1))) : null;
    }

    /** The index of the opening line after the heading at {@code headingIndex}, or -1 when none comes soon enough. */
    private static int opening(List<SourceLines.Line> lines, int headingIndex, Grammar.ResolutionShapes shapes, DraftWording drafts) {
        int seen = 0;
        for (int j = headingIndex + 1; j < lines.size() && seen < OPENING_WITHIN; j++) {
            SourceLines.Line line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (shapes.opening().matcher(line.text()).lookingAt()) {
                return j;
            }
            if (heading(line.text(), shapes) != null || drafts.headingOf(line.text()) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the report heading at {@code at}, inside an annex, is the report's again: it continues the report's
     * chapters or sections; and either it does not continue the annex's, or the first numbered paragraph after it
     * carries the report's next number and not the annex's.
     */
    private static boolean endsAnnex(List<SourceLines.Line> lines, int at, String heading, ReportPlace report, ReportPlace annex,
                                     Grammar.ResolutionShapes res, Grammar.ReportShapes shapes) {
        if (!report.isNext(heading, shapes)) {
            return false;
        }
        if (!annex.isNext(heading, shapes)) {
            return true;
        }
        for (int j = at + 1; j < lines.size(); j++) {
            String s = lines.get(j).text();
            Matcher m = shapes.paragraph().matcher(s);
            if (m.lookingAt()) {
                int n = Integer.parseInt(Numerals.ascii(m.group(1)));
                return n == report.paragraph + 1 && n != annex.paragraph + 1;
            }
            if (heading(s, res) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a reading stands in a report's (or an annex's) headings and paragraphs: its last chapter, the last section
     * of that chapter, its last numbered paragraph; 0 for none yet.
     */
    private static final class ReportPlace {
        int chapter;
        int section;
        int paragraph;

        void read(String line, Grammar.ReportShapes shapes, Pattern paragraphs) {
            Matcher m;
            if ((m = LineGate.matched(shapes.numberedSection(), line)) != null && !LineGate.lookingAt(shapes.paragraph(), line)) {
                int n = chapterNumber(m.group(1), shapes);
                if (n > 0) {
                    chapter = n;
                    section = 0;
                }
            } else if ((m = LineGate.matched(shapes.letteredSection(), line)) != null) {
                section = sectionNumber(m.group(1), shapes);
            } else if ((m = LineGate.lookedAt(paragraphs, line)) != null) {
                paragraph = Integer.parseInt(Numerals.ascii(m.group(1)));
            }
        }

        /** Whether a heading line is the next chapter or section here. */
        boolean isNext(String line, Grammar.ReportShapes shapes) {
            Matcher m;
            if ((m = shapes.numberedSection().matcher(line)).matches() && !shapes.paragraph().matcher(line).lookingAt()) {
                return chapterNumber(m.group(1), shapes) == chapter + 1;
            }
            return (m = shapes.letteredSection().matcher(line)).matches() && sectionNumber(m.group(1), shapes) == section + 1;
        }

        private static int chapterNumber(String printed, Grammar.ReportShapes shapes) {
            return Numerals.roman(shapes.sectionId(printed)).orElse(-1);
        }

        private static int sectionNumber(String printed, Grammar.ReportShapes shapes) {
            String id = shapes.sectionId(printed);
            return id.length() == 1 && id.charAt(0) >= 'A' && id.charAt(0) <= 'Z' ? id.charAt(0) - 'A' + 1 : -1;
        }
    }

    /**
     * The text of line {@code at} as a heading is read: the line, or its label with the title under it when extraction
     * set the label alone ({@link SplitHeadings}).
     */
    private static String headingText(List<SourceLines.Line> lines, int at, Grammar.ReportShapes report) {
        String s = lines.get(at).text();
        if (s.length() > 16) {
            return s;
        }
        String joined = SplitHeadings.joined(lines, at, report);
        return joined == null ? s : joined;
    }

    static boolean isReportHeading(String line, Grammar.ReportShapes report) {
        return LineGate.matches(report.numberedSection(), line) && !LineGate.lookingAt(report.paragraph(), line)
                || LineGate.matches(report.letteredSection(), line);
    }
}
