package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;

/**
 * Turns a clean fixture (one paragraph a line) into what raw PDF text extraction gives of the same document: lines
 * wrapped at a fixed width (Chinese, which has no spaces, anywhere), paragraph and sub-paragraph labels alone on their
 * lines, and page breaks every few lines with the running furniture of a UN page — the document's symbol, the page
 * number ({@code 2/3}), the job number with the language letter ({@code 25-19346 (E)}) and its bar code
 * ({@code *2519346*}). Deterministic: the same text gives the same variant.
 */
final class RawExtraction {
    private static final Pattern LABEL = Pattern.compile("^(\\d{1,2}(?:\\.| -)|\\([a-z\\p{IsArabic}\\u0640]{1,3}\\)|[a-z]\\))\\s+(.*)$");
    private static final int LINES_PER_PAGE = 14;

    private RawExtraction() {
    }

    static String of(String clean, Language language, String symbol) {
        int width = language == Language.CHINESE ? 34 : 72;
        List<String> lines = new ArrayList<>();
        int labels = 0;
        for (String paragraph : clean.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher label = LABEL.matcher(p);
            if (label.matches() && labels++ % 2 == 0) {
                // Every other label stands alone on its line, as PDF extraction leaves a hanging label.
                lines.add(label.group(1));
                p = label.group(2);
            }
            lines.addAll(wrap(p, width, language == Language.CHINESE));
            lines.add("");
        }
        StringBuilder out = new StringBuilder();
        int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
        for (int page = 0; page < pages; page++) {
            if (page > 0) {
                out.append('\f');
                if (symbol != null) {
                    out.append(symbol).append('\n');
                }
                out.append('\n');
            }
            for (String line : lines.subList(page * LINES_PER_PAGE, Math.min(lines.size(), (page + 1) * LINES_PER_PAGE))) {
                out.append(line).append('\n');
            }
            out.append('\n').append(page + 1).append('/').append(pages).append('\n');
            out.append("25-19346 (").append(jobLetter(language)).append(")\n");
            out.append("*2519346*\n");
        }
        return out.toString();
    }

    /** The letter UN job numbers carry for each language version. */
    private static char jobLetter(Language language) {
        return switch (language) {
            case ARABIC -> 'A';
            case CHINESE -> 'C';
            case ENGLISH -> 'E';
            case FRENCH -> 'F';
            case RUSSIAN -> 'R';
            case SPANISH -> 'S';
            case UNDETERMINED -> 'X';
        };
    }

    private static List<String> wrap(String text, int width, boolean anywhere) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = anywhere ? width : rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
