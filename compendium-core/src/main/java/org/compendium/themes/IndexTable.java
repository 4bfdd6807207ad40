package org.compendium.themes;

import org.compendium.model.IndexPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.parse.grammar.IndexWording;

/**
 * The reader of a compendium's thematic-index table, given as its source lines (tabs are the cell boundaries): the
 * themes in order and one {@link IndexEntry} per reference.
 *
 * <p>Cells are: theme, compendium references, report symbol(s), instrument(s), report paragraphs, recommendations.
 * The shapes it copes with, each tested: a theme row; a continuation row starting with a tab; a row that lost its
 * leading tab (starts with a reference or {@code Partie}); {@code Partie A}/{@code Partie B} switches alone or
 * before references; merged rows holding several meetings' references and symbols; ranges; repeated page headers;
 * {@code (suite)} continuations of a theme; lines without a tab (titles, the closing {@code Note :}), which are
 * counted as skipped, never read as rows.
 */
public final class IndexTable {
    private static final Pattern SYMBOL = Pattern.compile("\\S+");
    /** Cells: theme, references, symbols, instruments, report paragraphs, recommendations. */
    private static final int THEME = 0;
    private static final int REFERENCES = 1;
    private static final int SYMBOLS = 2;
    private static final int INSTRUMENTS = 3;
    private static final int PARAGRAPHS = 4;
    private static final int RECOMMENDATIONS = 5;

    private final IndexWording wording;
    /** A reference cell's start: a part switch or a compendium reference ({@code II.}). */
    private final Pattern referenceStart;
    private final SequencedSet<String> themes = new LinkedHashSet<>();
    private final List<IndexEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Which number cell each meeting's reports use, learnt from rows that fill only one (see {@link #numbers}). */
    private final Map<String, Integer> numberCell = new HashMap<>();
    private int rows;
    private int skipped;
    private int unaligned;
    private String theme;
    private IndexPart part = IndexPart.A;

    private IndexTable(IndexWording wording) {
        this.wording = wording;
        this.referenceStart = Pattern.compile("^(?:" + wording.part() + "|[IVX]+\\.)", Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * What the table holds.
     *
     * @param themes    theme labels in the index's order
     * @param entries   one entry per reference
     * @param problems  rows or cells that could not be read, each with the row text (never silently dropped)
     * @param rows      table rows read (lines with a tab, or Markdown table rows; headers included)
     * @param skipped   lines that are no table row: titles, notes
     * @param unaligned references whose report number could not be aligned with the row's numbers
     */
    public record Result(List<String> themes, List<IndexEntry> entries, List<String> problems, int rows, int skipped,
                         int unaligned) {
        public Result {
            themes = List.copyOf(themes);
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    /** Reads the table from its source lines (blank lines are ignored), in the words of the index's language. */
    public static Result read(List<String> lines, IndexWording wording) {
        IndexTable t = new IndexTable(wording);
        for (String line : lines) {
            t.line(line);
        }
        return new Result(List.copyOf(t.themes), t.entries, t.problems, t.rows, t.skipped, t.unaligned);
    }

    private void line(String line) {
        if (line.isBlank()) {
            return;
        }
        List<String> cells;
        if (line.indexOf('\t') >= 0) {
            cells = new ArrayList<>(List.of(line.split("\t", -1)));
        } else if (PIPE_ROW.matcher(line).matches()) {
            cells = pipeCells(line);
        } else {
            skipped++;
            return;
        }
        rows++;
        if (cells.stream().allMatch(c -> PIPE_DELIMITER.matcher(c).matches())) {
            return;
        }
        if (referenceStart.matcher(cells.get(THEME).strip()).find()) {
            cells.addFirst("");
        }
        while (cells.size() <= RECOMMENDATIONS) {
            cells.add("");
        }
        String first = cells.get(THEME).strip();
        if (first.equals(wording.themeHeader()) || cells.get(SYMBOLS).strip().equals(wording.symbolHeader())) {
            return;
        }
        if (!first.isEmpty()) {
            String label = wording.continued().matcher(first).replaceFirst("");
            if (!wording.continued().matcher(first).find() || !label.equals(theme)) {
                part = IndexPart.A;
            }
            theme = label;
            themes.add(label);
        }
        if (theme == null) {
            problems.add("a row before any theme: " + line);
            return;
        }
        try {
            IndexReferences.Cell refs = IndexReferences.read(cells.get(REFERENCES).strip(), part, wording);
            part = refs.partAfter();
            entries(refs.references(), cells, line);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " in row: " + line);
        }
    }

    /** A Markdown table row ({@code | Theme | Part A: I.22 | … |}), as a Markdown edition of the index prints it. */
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    /** A cell of the row under a Markdown table's header: {@code ---}, {@code :--:}. */
    private static final Pattern PIPE_DELIMITER = Pattern.compile("^\\s*:?-{3,}:?\\s*$");

    /**
     * The cells of a Markdown table row, split at the pipes that are not escaped, as plain text: emphasis
     * ({@code **label**}) dropped, escapes ({@code \\|}, {@code \\*}) and {@code &lt;} read as the characters they stand for.
     */
    private static List<String> pipeCells(String line) {
        String row = line.strip().replace("&lt;", "<");
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length() - 1; i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 2 < row.length() && "|*_\\".indexOf(row.charAt(i + 1)) >= 0) {
                cell.append(row.charAt(++i));
            } else if (c == '*') {
                continue;
            } else if (c == '|') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private void entries(List<IndexReference> refs, List<String> cells, String line) {
        if (refs.isEmpty()) {
            return;
        }
        List<List<IndexReference>> groups = groups(refs);
        List<String> symbols = matches(SYMBOL, cells.get(SYMBOLS));
        List<String> instruments = matches(wording.instrument(), cells.get(INSTRUMENTS));
        Map<IndexReference, String> numbers = numbers(groups, cells, line);
        int partB = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<IndexReference> group = groups.get(g);
            String symbol = symbols.size() == groups.size() ? symbols.get(g) : symbols.size() == 1 ? symbols.getFirst() : null;
            String instrument = null;
            if (group.getFirst().part() == IndexPart.B) {
                instrument = instruments.size() > partB ? instruments.get(partB) : null;
                partB++;
            }
            for (IndexReference r : group) {
                entries.add(new IndexEntry(theme, r, symbol, numbers.get(r), instrument, line));
            }
        }
    }

    /**
     * Aligns the row's numbers with its references: a meeting's numbers are in the paragraph cell or in the
     * recommendation cell (later reports number recommendations separately), so each group takes its count of numbers
     * from the cell its meeting uses. References stay without a number when the counts disagree.
     */
    private Map<IndexReference, String> numbers(List<List<IndexReference>> groups, List<String> cells, String line) {
        Map<IndexReference, String> out = new HashMap<>();
        List<String> paragraphs;
        List<String> recommendations;
        try {
            paragraphs = ReportNumbers.read(cells.get(PARAGRAPHS).strip(), wording);
            recommendations = ReportNumbers.read(cells.get(RECOMMENDATIONS).strip(), wording);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " in row: " + line);
            return out;
        }
        if (groups.size() == 1 && (paragraphs.isEmpty() != recommendations.isEmpty())) {
            numberCell.put(key(groups.getFirst().getFirst()), paragraphs.isEmpty() ? RECOMMENDATIONS : PARAGRAPHS);
        }
        int p = 0;
        int r = 0;
        List<IndexReference> pending = new ArrayList<>();
        List<String> assigned = new ArrayList<>();
        for (List<IndexReference> group : groups) {
            boolean recs = numberCell.getOrDefault(key(group.getFirst()), PARAGRAPHS) == RECOMMENDATIONS;
            List<String> source = recs ? recommendations : paragraphs;
            int from = recs ? r : p;
            for (IndexReference ref : group) {
                pending.add(ref);
                assigned.add(from < source.size() ? source.get(from) : null);
                from++;
            }
            if (recs) {
                r = from;
            } else {
                p = from;
            }
        }
        if (p != paragraphs.size() || r != recommendations.size()) {
            unaligned += pending.size();
            return out;
        }
        for (int i = 0; i < pending.size(); i++) {
            out.put(pending.get(i), assigned.get(i));
        }
        return out;
    }

    private static String key(IndexReference r) {
        return r.part() + r.group();
    }

    private static List<List<IndexReference>> groups(List<IndexReference> refs) {
        List<List<IndexReference>> groups = new ArrayList<>();
        for (IndexReference r : refs) {
            if (groups.isEmpty() || !key(groups.getLast().getFirst()).equals(key(r))) {
                groups.add(new ArrayList<>());
            }
            groups.getLast().add(r);
        }
        return groups;
    }

    private static List<String> matches(Pattern pattern, String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(cell);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
