package org.compendium.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the pages of a PDF laid out in two columns, from the positions of their glyphs, so that their text can be
 * read column by column instead of line by line across both columns.
 *
 * <p>A page is in two columns when some vertical line in the middle of the page (between 30% and 70% of its width)
 * is crossed by no text line while many of its lines (at least {@value #MIN_TWO_SIDED_LINES}, and a quarter of
 * them) have text on both sides of it, with a gap of 8 points or more between: the gutter; or, when the columns
 * are set each on baselines of its own so that no line has text on both sides, when each side holds that many lines
 * and next to none crosses it. When the best such line is crossed by a few lines (a title spanning both
 * columns), the reading order cannot be trusted: the page is reported as such and the reader refuses the file rather
 * than guess.
 */
final class PdfColumns {
    static final int MIN_TWO_SIDED_LINES = 8;

    /** How one page is laid out: one column, two columns split at {@code gutter}, or columns that text crosses. */
    record Layout(int page, boolean twoColumns, float gutter, int crossingLines) {
        boolean untrusted() {
            return twoColumns && crossingLines > 0;
        }
    }

    private PdfColumns() {
    }

    /** The layout of each page, in order. */
    static List<Layout> layouts(PDDocument document) throws IOException {
        List<Layout> out = new ArrayList<>();
        Layout previous = null;
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            previous = layout(document, p, previous);
            out.add(previous);
        }
        return out;
    }

    private static Layout layout(PDDocument document, int pageNumber, Layout previous) throws IOException {
        PDPage page = document.getPage(pageNumber - 1);
        float width = page.getMediaBox().getWidth();
        List<float[]> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    glyphs.add(new float[] {Math.round(text.getYDirAdj()), text.getXDirAdj(), text.getXDirAdj() + text.getWidthDirAdj()});
                }
            }
        };
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        Map<Integer, List<float[]>> lines = new TreeMap<>();
        for (float[] g : glyphs) {
            lines.computeIfAbsent((int) g[0], y -> new ArrayList<>()).add(new float[] {g[1], g[2]});
        }
        float bestGutter = -1;
        int bestCrossing = Integer.MAX_VALUE;
        int bestTwoSided = 0;
        int bestLeft = 0;
        int bestRight = 0;
        for (float x = width * 0.3f; x <= width * 0.7f; x += 1) {
            Sides at = sides(lines.values(), x);
            if (at.crossing() < bestCrossing || at.crossing() == bestCrossing && at.twoSided() > bestTwoSided) {
                bestCrossing = at.crossing();
                bestTwoSided = at.twoSided();
                bestLeft = at.left();
                bestRight = at.right();
                bestGutter = x;
            }
        }
        // The last page of a two-column text may fill its right column only in part: a quarter of its lines will do.
        boolean aligned = bestTwoSided >= MIN_TWO_SIDED_LINES && bestTwoSided >= 0.25 * lines.size()
                && runningText(lines.values(), bestGutter);
        // Columns set each on its own baselines (LibreOffice's Arabic columns, lines of another height in each) share
        // no line, or only a few where their baselines happen to meet (9 of 77 on a report in DejaVu Serif): then each
        // side must hold many lines of its own, next to none cross the gutter, and the lines they share are prose.
        boolean unaligned = bestLeft >= MIN_TWO_SIDED_LINES && bestRight >= MIN_TWO_SIDED_LINES
                && (bestTwoSided == 0 || runningText(lines.values(), bestGutter));
        boolean twoColumns = (aligned || unaligned) && bestCrossing <= Math.max(2, lines.size() / 10);
        if (!twoColumns && previous != null && previous.twoColumns() && !previous.untrusted()
                && lines.size() < MIN_TWO_SIDED_LINES) {
            // A last page holding a few lines of each column (a heading on the left, the end of a paragraph on the
            // right) is too short to show its gutter: it keeps the one of the page before when no line crosses it.
            Sides at = sides(lines.values(), previous.gutter());
            if (at.crossing() == 0 && at.right() > 0) {
                return new Layout(pageNumber, true, previous.gutter(), 0);
            }
        }
        return new Layout(pageNumber, twoColumns, bestGutter, twoColumns ? bestCrossing : 0);
    }

    /** How the lines of a page stand to a vertical line at {@code x}: crossing it, on both sides, on each side. */
    private record Sides(int crossing, int twoSided, int left, int right) {
    }

    private static Sides sides(Iterable<List<float[]>> lines, float x) {
        int crossing = 0;
        int twoSided = 0;
        int leftLines = 0;
        int rightLines = 0;
        for (List<float[]> line : lines) {
            boolean left = false;
            boolean right = false;
            boolean crosses = false;
            for (float[] g : line) {
                if (g[0] < x && g[1] > x) {
                    crosses = true;
                } else if (g[1] <= x) {
                    left = true;
                } else {
                    right = true;
                }
            }
            if (crosses || left && right && gapAt(line, x) < 8) {
                crossing++;
                continue;
            } else if (left && right) {
                twoSided++;
            }
            leftLines += left ? 1 : 0;
            rightLines += right ? 1 : 0;
        }
        return new Sides(crossing, twoSided, leftLines, rightLines);
    }

    /**
     * Whether the lines on both sides of the gutter are running text, not the rows of a table: in a column of prose
     * the only wide gap of a line is the gutter, while a table row has one between each pair of cells. Four lines
     * in five must have no other gap of 8 points or more.
     */
    private static boolean runningText(Iterable<List<float[]>> lines, float gutter) {
        int twoSided = 0;
        int plain = 0;
        for (List<float[]> line : lines) {
            List<float[]> sorted = new ArrayList<>(line);
            sorted.sort((a, b) -> Float.compare(a[0], b[0]));
            boolean left = false;
            boolean right = false;
            int wideGaps = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i)[1] <= gutter) {
                    left = true;
                } else {
                    right = true;
                }
                if (i > 0 && sorted.get(i)[0] - sorted.get(i - 1)[1] >= 8) {
                    wideGaps++;
                }
            }
            if (left && right) {
                twoSided++;
                if (wideGaps <= 1) {
                    plain++;
                }
            }
        }
        return twoSided > 0 && plain >= 0.8 * twoSided;
    }

    /** The horizontal gap around {@code x} between the glyphs of a line: a space between two words is narrow. */
    private static float gapAt(List<float[]> line, float x) {
        float leftEnd = -1;
        float rightStart = Float.MAX_VALUE;
        for (float[] g : line) {
            if (g[1] <= x) {
                leftEnd = Math.max(leftEnd, g[1]);
            } else if (g[0] >= x) {
                rightStart = Math.min(rightStart, g[0]);
            }
        }
        return rightStart - leftEnd;
    }

    /**
     * The text of a two-column page, each column read by the reader's own stripper (so that each gets what a page of
     * one column gets: lone Arabic marks given back to their letters, footnotes set apart), in reading order: the
     * left column first, the right one first when the page is written right to left (an Arabic page, which
     * LibreOffice and UN documents set from the right).
     */
    static String columnText(PDDocument document, Layout layout, PageStripper stripper) throws IOException {
        stripper.setStartPage(layout.page());
        stripper.setEndPage(layout.page());
        String left;
        String right;
        try {
            stripper.clip(Float.NEGATIVE_INFINITY, layout.gutter());
            left = withoutPageEnd(stripper.getText(document), stripper);
            stripper.clip(layout.gutter(), Float.POSITIVE_INFINITY);
            right = withoutPageEnd(stripper.getText(document), stripper);
        } finally {
            stripper.clip(Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
        }
        boolean rightFirst = writtenRightToLeft(left + right);
        String first = rightFirst ? right : left;
        String second = rightFirst ? left : right;
        return first + (first.endsWith("\n") || first.isEmpty() ? "" : "\n") + second;
    }

    private static String withoutPageEnd(String text, PDFTextStripper stripper) {
        String end = stripper.getPageEnd();
        return !end.isEmpty() && text.endsWith(end) ? text.substring(0, text.length() - end.length()) : text;
    }

    /** Whether most letters of a page's text are of a script written right to left (Arabic, Hebrew, Syriac, Thaana). */
    static boolean writtenRightToLeft(String text) {
        int rightToLeft = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                byte d = Character.getDirectionality(c);
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rightToLeft++;
                }
            }
        }
        return rightToLeft * 2 > letters;
    }
}
