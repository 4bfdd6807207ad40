package org.compendium.parse.grammar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;

/**
 * How a text refers to items of its meeting's agenda, per language: {@code au titre du point 3 de l’ordre du jour},
 * {@code points 2 et 3 de l’ordre du jour}, {@code under agenda item 2}, {@code items 1 to 3 of the agenda},
 * {@code tema 2 del programa}, {@code пункт 2 повестки дня}, {@code البند 2 من جدول الأعمال}, {@code 议程项目2}. A
 * working-group report recounts its deliberations item by item in those words; {@link #in} reads the items a text
 * names, ranges ({@code 1 à 3}) spelled out.
 */
public final class AgendaReferences {
    /** An item number, with the letter of a sub-item ({@code 2 b)}, {@code 2 (b)}). */
    private static final String ITEM = "\\d{1,2}(?:\\s?\\(?[a-z]\\)(?!\\p{L}))?";
    /** The words joining item numbers in a list or a range, in any of the languages. */
    private static final String JOIN = "(?:\\s*[,،、]\\s*|\\s+(?:et|à|and|to|y|a|и|до|و|إلى)\\s+|\\s*[-–和至]\\s*)";
    private static final String ITEMS = "(" + ITEM + "(?:" + JOIN + ITEM + ")*)";
    /** Words that make a range of two numbers rather than a list. */
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:à|to|a|до|إلى|-|–|至)\\s*(\\d{1,2})");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})(?:\\s?\\(?([a-z])\\))?");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Map<Language, Pattern> MENTIONS = Map.of(
            Language.FRENCH, Pattern.compile("\\bpoints?\\s+" + ITEMS + "\\s+de\\s+l['’]\\s?ordre\\s+du\\s+jour", FLAGS),
            Language.ENGLISH, Pattern.compile("\\b(?:agenda\\s+items?\\s+" + ITEMS + "|items?\\s+" + ITEMS
                    + "\\s+of\\s+(?:the|its)\\s+(?:provisional\\s+)?agenda)", FLAGS),
            Language.SPANISH, Pattern.compile("\\btemas?\\s+" + ITEMS + "\\s+del\\s+programa", FLAGS),
            Language.RUSSIAN, Pattern.compile("пункт\\p{L}*\\s+" + ITEMS + "\\s+(?:предварительной\\s+)?повестки\\s+дня", FLAGS),
            Language.ARABIC, Pattern.compile("البند(?:ين|ان)?\\s+" + ITEMS + "\\s+من\\s+جدول\\s+الأعمال"),
            Language.CHINESE, Pattern.compile("议程项目\\s*" + ITEMS));

    private AgendaReferences() {
    }

    /**
     * The agenda items {@code text} (in {@code language}) refers to, in order of first mention, each as its number
     * with the letter of a sub-item after a space ({@code 3}, {@code 2 b}) — the numbering of the adopted agenda
     * ({@link org.compendium.model.AgendaItem#number}); empty for a language without a table.
     */
    public static List<String> in(String text, Language language) {
        Pattern mention = MENTIONS.get(language);
        if (mention == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = mention.matcher(Numerals.ascii(text));
        while (m.find()) {
            String list = m.group(1) != null ? m.group(1) : m.group(2);
            Matcher range = RANGE.matcher(list);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int n = from; n <= to && to - from < 20; n++) {
                    out.add(Integer.toString(n));
                }
                continue;
            }
            Matcher number = NUMBER.matcher(list);
            while (number.find()) {
                out.add(number.group(2) == null ? number.group(1) : number.group(1) + " " + number.group(2));
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
