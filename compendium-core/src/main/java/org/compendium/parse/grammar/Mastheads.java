package org.compendium.parse.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.compendium.model.Language;

/**
 * The lines of a UN document's masthead, in the six languages: the Organization's name and the symbol, the organ
 * (its name wrapped over several lines: {@code Conference of the Parties to the} / {@code United Nations Convention
 * against} / {@code Transnational Organized Crime}), the distribution ({@code Distr.: General}), the date of issue,
 * the original language, the session, the venue and dates, the agenda item. Raw PDF extraction prints them with no
 * blank line between them and the subject under them, and may join the masthead's two columns on one line
 * ({@code Conference of the Parties to the      Distr.: General}): a line is a masthead line when each of its
 * columns (parts parted by three spaces or more) is one of these. Any language's lines are recognised in any
 * document: Russian, Arabic and Chinese mastheads print the distribution and original language in English.
 */
public final class Mastheads {
    private static final String DAY = "\\d{1,2}(?:er)?";
    /** A month's name, two words in Arabic ({@code تشرين الأول/أكتوبر}). */
    private static final String MONTH = "[\\p{L}/]+(?:\\s[\\p{L}/]+)?";
    private static final String YEAR = "\\d{4}(?:\\s*(?:года|г\\.))?";
    private static final String ITEM = "\\d{1,3}(?:\\s*\\(?[a-zа-я\\p{InArabic}]\\))?(?:\\s*(?:and|et|y|и|و|和|,)\\s*\\d{1,2}(?:\\s*\\(?[a-z]\\))?)?";

    /** The masthead's cells that read the same in every language, or that each language prints in its own words. */
    private static final List<Pattern> CELLS = List.of(
            // The Organization's name, spaced out in Chinese.
            cell("United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|الأمم المتحدة|联\\s*合\\s*国"),
            // A document symbol: CTOC/COP/WG.4/2026/5, A/RES/80/123, CTOC/COP/2026/L.4.
            cell("[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.\\-]*){1,6}\\**"),
            // Distribution, printed Distr. in every language; restricted documents say so.
            cell("Distr\\.?\\s*:?\\s*\\p{L}+"),
            // The original language, and the line naming the version's own language.
            cell("(?:Original|Язык оригинала|الأصل|原文)\\s*:\\s*\\p{L}+"),
            cell("English|French|Spanish|Russian|Arabic|Chinese|Français|Anglais|Español|Inglés|Русский|عربي|中文"),
            // A date of issue: 12 May 2026, 12 mai 2026, 1er juin 2026, 12 de mayo de 2026, 12 мая 2026 года,
            // 12 أيار/مايو 2026, 2026年5月12日.
            cell(DAY + "\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?" + YEAR + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"),
            // The venue and dates: Vienna, 12–16 October 2026; Viena, 12 a 16 de octubre de 2026; 2026年10月12日至16日，维也纳.
            cell("[\\p{Lu}\\p{Lo}][\\p{L}\\-]+(?:\\s\\p{L}+)?\\s*[,،]\\s*(?:from\\s+|du\\s+|del\\s+|من\\s+)?" + DAY
                    + "(?:\\s+[\\p{L}/]+)?(?:\\s*(?:[–\\-]|to|au|a|al|y|и|по|إلى)\\s*" + DAY + ")?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?" + YEAR
                    + "|\\d{4}\\s*年[\\d月日至\\s]+[，,]\\s*\\p{L}+"));

    /** The session line and the agenda item line, as each language prints them. */
    private record Shapes(Pattern session, Pattern agendaItem) {
    }

    private static final Map<Language, Shapes> SHAPES = Map.of(
            Language.ENGLISH, new Shapes(cell("(?:Resumed\\s+)?\\p{L}[\\p{L}\\-]*\\s+(?:special\\s+)?session"),
                    cell("(?:Item\\s+" + ITEM + "\\s+of\\s+the\\s+(?:provisional\\s+)?agenda|(?:Provisional\\s+)?[Aa]genda\\s+items?\\s+" + ITEM + ")\\**")),
            Language.FRENCH, new Shapes(cell("\\p{L}[\\p{L}\\-]*\\s+session(?:\\s+extraordinaire)?"),
                    cell("Points?\\s+" + ITEM + "\\s+de\\s+l[’']ordre\\s+du\\s+jour(?:\\s+provisoire)?\\**")),
            Language.SPANISH, new Shapes(cell("\\p{L}+\\s+período\\s+(?:extraordinario\\s+)?de\\s+sesiones"),
                    cell("Temas?\\s+" + ITEM + "\\s+del\\s+programa(?:\\s+provisional)?\\**")),
            Language.RUSSIAN, new Shapes(cell("\\p{L}+\\s+(?:специальная\\s+)?сессия"),
                    cell("Пункты?\\s+" + ITEM + "\\s+(?:предварительной\\s+)?повестки\\s+дня\\**")),
            Language.ARABIC, new Shapes(cell("الدورة\\s+\\S+(?:\\s+\\S+){0,2}"),
                    cell("البند\\s+" + ITEM + "\\s+من\\s+جدول\\s+الأعمال(?:\\s+المؤقت)?\\**")),
            Language.CHINESE, new Shapes(cell("第\\S{1,6}届(?:特别)?会议"),
                    cell("(?:临时)?议程\\*?项目\\s*" + ITEM + "\\**")));


    private static final Pattern COLUMNS = Pattern.compile("\\s{3,}");

    /** The organs' names in the six languages, spaces removed for Chinese: a wrapped line of one is part of its whole. */
    private static final List<String> ORGANS;

    static {
        List<String> organs = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == Language.UNDETERMINED) {
                continue;
            }
            Grammar.BodyNames names = Grammars.of(language).wording().names();
            organs.addAll(List.of(names.conference(), names.traffickingGroup(), names.smugglingGroup(), names.generalAssembly()));
        }
        ORGANS = List.copyOf(organs);
    }

    private static final Pattern ANY_SESSION = Pattern.compile(SHAPES.values().stream().map(s -> s.session().pattern())
            .collect(Collectors.joining("|")), Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ANY_AGENDA_ITEM = Pattern.compile(SHAPES.values().stream().map(s -> s.agendaItem().pattern())
            .collect(Collectors.joining("|")), Pattern.UNICODE_CHARACTER_CLASS);

    private Mastheads() {
    }

    /** Whether {@code line} is a masthead line: each of its columns a masthead cell, an organ's name or a part of one. */
    public static boolean isMastheadLine(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > 200) {
            return false;
        }
        for (String column : COLUMNS.split(stripped)) {
            if (!isCell(column.strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code line} (or its last column) names the agenda item the document is issued under
     * ({@code Item 3 of the provisional agenda*}, {@code Point 3 de l’ordre du jour provisoire}, {@code 临时议程项目3}):
     * the masthead prints the item's title on the line under it.
     */
    public static boolean isAgendaItem(String line) {
        String[] columns = COLUMNS.split(line.strip());
        return ANY_AGENDA_ITEM.matcher(columns[columns.length - 1].strip()).matches()
                || ANY_AGENDA_ITEM.matcher(columns[0].strip()).matches();
    }

    private static boolean isCell(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        for (Pattern p : CELLS) {
            if (p.matcher(cell).matches()) {
                return true;
            }
        }
        return ANY_SESSION.matcher(cell).matches() || ANY_AGENDA_ITEM.matcher(cell).matches() || isOrganPart(cell);
    }

    /**
     * Whether {@code cell} is an organ's name or a run of its whole words ({@code United Nations Convention against}):
     * two words at least; in Chinese, the whole name ({@code 大会}, spaced out {@code 大  会}) or its first or last five
     * characters or more ({@code 公约缔约方会议}), not a short phrase a name holds ({@code 偷运移民}, an agenda item's title).
     */
    private static boolean isOrganPart(String cell) {
        String compact = cell.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? cell.replaceAll("\\s+", "") : cell.replaceAll("\\s+", " ");
        boolean han = compact.indexOf(' ') < 0 && !compact.isEmpty() && Character.UnicodeScript.of(compact.codePointAt(0)) == Character.UnicodeScript.HAN;
        if (!han && compact.indexOf(' ') < 0) {
            // One word alone is a name's only when it is the last word of a long name wrapped at a narrow column,
            // beside the distribution or language cell (Spanish "Transnacional      Español").
            return compact.length() >= 6 && ORGANS.stream().anyMatch(o -> o.endsWith(" " + compact));
        }
        for (String organ : ORGANS) {
            int at = organ.indexOf(compact);
            if (at >= 0 && (han ? compact.equals(organ) || compact.length() >= 5 && (at == 0 || organ.endsWith(compact))
                    : wordBoundary(organ, at) && wordBoundary(organ, at + compact.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordBoundary(String s, int at) {
        return at <= 0 || at >= s.length() || s.charAt(at) == ' ' || s.charAt(at - 1) == ' ';
    }

    private static Pattern cell(String regex) {
        return Pattern.compile("(?:" + regex + ")", Pattern.UNICODE_CHARACTER_CLASS);
    }
}
