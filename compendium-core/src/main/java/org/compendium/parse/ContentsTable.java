package org.compendium.parse;

import java.util.regex.Pattern;

/**
 * The table of contents a long report prints on its first page, after its title ({@code Contents} … {@code Page},
 * then one entry a line, each ending in dot leaders and a page number: {@code A. Resolutions . . . . .  2}). Its
 * entries repeat the report's chapter headings and the titles of the instruments it reproduces; read as headings
 * they would open the report's chapters twice, and read as front matter they would run into the title.
 */
final class ContentsTable {
    /** The heading of the table in the six languages, alone on its line. */
    private static final Pattern HEADING = Pattern.compile(
            "^[#*\\s]*(?:Contents|Table des matières|Índice|Содержание|المحتويات|目录|目\\s+录)[*\\s]*$");
    /** The page column's heading, alone on its line or at the right margin. */
    private static final Pattern PAGE_COLUMN = Pattern.compile(
            "^\\s*(?:Page|Pages|Página|Páginas|Стр\\.|Страница|الصفحة|页次|页码)\\s*$");
    /**
     * An entry's last line: its page number after dot leaders ({@code . . .}, {@code .....}, {@code …}, {@code ……}),
     * or after a wide gap where the extraction dropped the leaders.
     */
    private static final Pattern ENTRY_END = Pattern.compile(
            "(?:(?:\\s?[.…·]){3,}\\s*|\\S\\s{3,})(?:\\d{1,3}|[\u0660-\u0669]{1,3})\\s*$");
    /** How many lines an entry may wrap over before its page number. */
    private static final int WRAP = 3;

    private ContentsTable() {
    }

    /** Whether {@code line} heads a table of contents. */
    static boolean isHeading(String line) {
        return HEADING.matcher(line).matches();
    }

    /**
     * The index of the first line after the table whose heading is the line at {@code heading}: its column heading,
     * its entries and their wrapped lines are the table's; the first line that ends no entry within {@link #WRAP}
     * lines is the report's again.
     */
    static int end(SourceLines lines, int heading) {
        int i = heading + 1;
        while (i < lines.size()) {
            String s = lines.get(i).text();
            if (s.isBlank() || PAGE_COLUMN.matcher(s).matches() || ENTRY_END.matcher(s).find()) {
                i++;
                continue;
            }
            int entryEnd = wrappedEntryEnd(lines, i);
            if (entryEnd < 0) {
                break;
            }
            i = entryEnd + 1;
        }
        return i;
    }

    /** The index of the line ending the entry that wraps from line {@code from}, or -1 when none does soon enough. */
    private static int wrappedEntryEnd(SourceLines lines, int from) {
        for (int j = from + 1; j < lines.size() && j <= from + WRAP; j++) {
            String s = lines.get(j).text();
            if (ENTRY_END.matcher(s).find()) {
                return j;
            }
            if (isHeading(s) || PAGE_COLUMN.matcher(s).matches()) {
                return -1;
            }
        }
        return -1;
    }
}
