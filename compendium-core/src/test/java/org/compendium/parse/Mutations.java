package org.compendium.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damages a real text the way bad conversions and bad hands do: lines deleted, duplicated or swapped, the text cut
 * short, stray Unicode (control characters, NUL, bidi marks, emoji, lone surrogates) inserted, characters replaced.
 */
final class Mutations {
    /** Characters that break naive text handling: controls, line and page breaks, bidi marks, BOM, surrogates. */
    private static final String[] STRANGE = {"\u0000", "\u0001", "\u0007", "\u001B", "\u001C", "\u007F", "\u0085",
        "\u00A0", "\u200B", "\u200E", "\u200F", "\u202A", "\u202E", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF",
        "\r", "\f", "\u000B", "\t", "\u0301", "\u202F", "😀", "👨‍👩‍👧", "\uD83D", "\uDE00", "\u05D0", "\u0627", "ﬁ", "İ"};
    /** Characters the parser's structure markers are made of, so replacements hit the interesting lines. */
    private static final String MARKERS = "0123456789.IVXABC_-#*<>/ \n";

    private final Random random;

    private Mutations(Random random) {
        this.random = random;
    }

    /** Applies one to four random mutations to {@code text}; the same seed gives the same result. */
    static String mutate(String text, Random random) {
        Mutations m = new Mutations(random);
        String out = text;
        for (int i = random.nextInt(1, 5); i > 0; i--) {
            out = m.once(out);
        }
        return out;
    }

    private String once(String text) {
        return switch (random.nextInt(6)) {
            case 0 -> deleteLines(text);
            case 1 -> duplicateLines(text);
            case 2 -> swapLines(text);
            case 3 -> text.isEmpty() ? text : text.substring(0, random.nextInt(text.length()));
            case 4 -> insertStrange(text);
            default -> replaceCharacters(text);
        };
    }

    private String deleteLines(String text) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return text;
        }
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + random.nextInt(1, 60));
        lines.subList(from, to).clear();
        return String.join("\n", lines);
    }

    private String duplicateLines(String text) {
        List<String> lines = lines(text);
        if (lines.isEmpty()) {
            return text;
        }
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + random.nextInt(1, 12));
        List<String> copy = new ArrayList<>(lines.subList(from, to));
        lines.addAll(random.nextInt(lines.size() + 1), copy);
        return String.join("\n", lines);
    }

    private String swapLines(String text) {
        List<String> lines = lines(text);
        if (lines.size() < 2) {
            return text;
        }
        for (int i = random.nextInt(1, 6); i > 0; i--) {
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            String t = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, t);
        }
        return String.join("\n", lines);
    }

    private String insertStrange(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = random.nextInt(1, 30); i > 0; i--) {
            String s = random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : STRANGE[random.nextInt(STRANGE.length)];
            sb.insert(random.nextInt(sb.length() + 1), s);
        }
        return sb.toString();
    }

    private String replaceCharacters(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = random.nextInt(1, 60); i > 0; i--) {
            int at = random.nextInt(chars.length);
            chars[at] = random.nextBoolean()
                    ? MARKERS.charAt(random.nextInt(MARKERS.length()))
                    : STRANGE[random.nextInt(STRANGE.length)].charAt(0);
        }
        return new String(chars);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}
