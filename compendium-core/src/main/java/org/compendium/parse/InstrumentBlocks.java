package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Numerals;

/**
 * Finds the resolutions and decisions a document reproduces whole, as the report of a COP session does in its first
 * chapter: a heading line ({@code Resolution 13/1}, {@code Décision 13/1}, {@code القرار 13/1}) followed within a
 * few lines by the adopting body's opening ({@code The Conference of the Parties …}). A heading without that opening
 * (a mention in a list, a table of contents) starts no block.
 *
 * <p>A block runs to the next block's heading, or to the first chapter or section heading of the report after its
 * opening ({@code B. Decisions}, {@code II. Organization of the session}). An annex of a reproduced resolution
 * whose own headings look like the report's is therefore cut at its first heading; the rest is read as report text
 * (never as the resolution's provisions), and the coverage figures show it.
 */
final class InstrumentBlocks {
    /** How many non-blank lines after the heading the opening may come (the title, wrapped over a few lines, is between). */
    private static final int OPENING_WITHIN = 8;

    /**
     * One reproduced resolution or decision.
     *
     * @param start the index of its heading line
     * @param end   the index after its last line
     * @param kind  resolution or decision
     * @param number its number as cited ({@code 13/1})
     */
    record Block(int start, int end, Work.InstrumentKind kind, String number) {
        Work.CopInstrument work() {
            return Work.CopInstrument.of(kind, number);
        }

        boolean decision() {
            return kind == Work.InstrumentKind.DECISION;
        }
    }

    private InstrumentBlocks() {
    }

    /** The blocks of {@code lines}, in document order; empty when the document reproduces none. */
    static List<Block> find(List<SourceLines.Line> lines, Grammar grammar) {
        List<Block> blocks = new ArrayList<>();
        Grammar.ResolutionShapes res = grammar.resolution();
        Grammar.ReportShapes report = grammar.report();
        int i = 0;
        while (i < lines.size()) {
            Heading h = heading(lines.get(i).text(), res);
            int opening = h == null ? -1 : opening(lines, i, res);
            if (opening < 0) {
                i++;
                continue;
            }
            int end = opening + 1;
            while (end < lines.size()) {
                String s = lines.get(end).text();
                if (heading(s, res) != null && opening(lines, end, res) >= 0 || isReportHeading(s, report)) {
                    break;
                }
                end++;
            }
            blocks.add(new Block(i, end, h.kind, h.number));
            i = end;
        }
        return blocks;
    }

    private record Heading(Work.InstrumentKind kind, String number) {
    }

    private static Heading heading(String line, Grammar.ResolutionShapes shapes) {
        Matcher m = shapes.resolutionHeading().matcher(line);
        if (m.matches()) {
            return new Heading(Work.InstrumentKind.RESOLUTION, Numerals.ascii(m.group(1)));
        }
        m = shapes.decisionHeading().matcher(line);
        return m.matches() ? new Heading(Work.InstrumentKind.DECISION, Numerals.ascii(m.group(1))) : null;
    }

    /** The index of the opening line after the heading at {@code headingIndex}, or -1 when none comes soon enough. */
    private static int opening(List<SourceLines.Line> lines, int headingIndex, Grammar.ResolutionShapes shapes) {
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
            if (heading(line.text(), shapes) != null) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isReportHeading(String line, Grammar.ReportShapes report) {
        return report.numberedSection().matcher(line).matches() && !report.paragraph().matcher(line).lookingAt()
                || report.letteredSection().matcher(line).matches();
    }
}
