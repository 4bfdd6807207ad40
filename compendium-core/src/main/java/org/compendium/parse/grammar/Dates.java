package org.compendium.parse.grammar;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.DateRange;
import org.compendium.model.Language;
import org.compendium.parse.french.FrenchDates;

/**
 * Meeting and session dates as English, Spanish, Russian, Arabic and Chinese UN documents write them, one date or a
 * range: {@code from 1 to 3 July 2025}, {@code del 1 al 3 de julio de 2025}, {@code 1–3 июля 2025 года},
 * {@code من 1 إلى 3 تموز/يوليه 2025}, {@code 2025年7月1日至3日}; two months or years in a range too. Month names are
 * CLDR's (through ICU4J): the format forms, which are the genitive in Russian; Arabic documents print the Levantine
 * and the Egyptian name together ({@code تموز/يوليه}), the latter in the UN's spelling ({@code يونيه}, {@code يوليه}).
 * French dates keep their own reader ({@code parse.french.FrenchDates}). Thread-safe.
 */
public final class Dates {
    private record Shape(Pattern pattern, Map<String, Integer> months) {
    }

    private static final Map<Language, Shape> SHAPES = Map.of(
            Language.ENGLISH, latin(Locale.ENGLISH, "\\s+", "", "\\s*(?:to|and|–|-)\\s*"),
            Language.SPANISH, latin(Locale.forLanguageTag("es"), "\\s+de\\s+", "\\s+de", "(?:\\s*(?:al|y|–|-)\\s*|\\s+a\\s+)"),
            Language.RUSSIAN, latin(Locale.forLanguageTag("ru"), "\\s+", "", "\\s*(?:–|-|и|по)\\s*"),
            Language.ARABIC, arabic(),
            Language.CHINESE, chinese());

    private Dates() {
    }

    /**
     * The first date or date range in {@code text} in any of the six languages: French by its own reader
     * ({@link FrenchDates}), the others by {@link #first}; empty when none.
     */
    public static Optional<DateRange> firstIn(Language language, String text) {
        return language == Language.FRENCH ? FrenchDates.first(text).map(FrenchDates.Found::range)
                : first(language, text);
    }

    /** Every date or date range in {@code text}, in {@code language}'s forms, in order; empty for French or when none. */
    public static java.util.List<DateRange> all(Language language, String text) {
        Shape shape = SHAPES.get(language);
        if (shape == null) {
            return java.util.List.of();
        }
        java.util.List<DateRange> found = new java.util.ArrayList<>();
        Matcher m = shape.pattern().matcher(text);
        while (m.find()) {
            range(m, shape.months()).ifPresent(found::add);
        }
        return found;
    }

    /** The first date or date range in {@code text}, in {@code language}'s forms; empty for French or when none. */
    public static Optional<DateRange> first(Language language, String text) {
        Shape shape = SHAPES.get(language);
        if (shape == null) {
            return Optional.empty();
        }
        Matcher m = shape.pattern().matcher(text);
        while (m.find()) {
            Optional<DateRange> range = range(m, shape.months());
            if (range.isPresent()) {
                return range;
            }
        }
        return Optional.empty();
    }

    private static Optional<DateRange> range(Matcher m, Map<String, Integer> months) {
        try {
            if (m.group("d") != null) {
                LocalDate day = LocalDate.of(year(m.group("y")), month(m.group("m"), months), Integer.parseInt(m.group("d")));
                return Optional.of(new DateRange(day, day));
            }
            String endYear = m.group("y2") != null ? m.group("y2") : m.group("y1");
            String startYear = m.group("y1") != null ? m.group("y1") : endYear;
            String endMonth = m.group("m2") != null ? m.group("m2") : m.group("m1");
            String startMonth = m.group("m1") != null ? m.group("m1") : endMonth;
            LocalDate start = LocalDate.of(year(startYear), month(startMonth, months), Integer.parseInt(m.group("d1")));
            LocalDate end = LocalDate.of(year(endYear), month(endMonth, months), Integer.parseInt(m.group("d2")));
            return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
        } catch (DateTimeException | IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        return Integer.parseInt(Numerals.ascii(digits));
    }

    private static int month(String name, Map<String, Integer> months) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = n.indexOf('/');
        Integer month = months.get(slash < 0 ? n : n.substring(slash + 1));
        if (month == null) {
            month = months.get(n);
        }
        if (month == null) {
            throw new IllegalArgumentException("unknown month " + name);
        }
        return month;
    }

    /**
     * Day month year, with {@code of} between day and month ({@code de}), {@code yearMark} after the month
     * ({@code de}) and {@code to} between the days of a range.
     */
    private static Shape latin(Locale locale, String of, String yearMark, String to) {
        Map<String, Integer> months = months(locale);
        String m = alternation(months);
        String y = yearMark.isEmpty() ? "\\s+" : yearMark + "\\s+";
        String regex = "(?<d1>\\d{1,2})(?:" + of + "(?<m1>" + m + "))?(?:" + y + "(?<y1>\\d{4}))?" + to
                + "(?<d2>\\d{1,2})" + of + "(?<m2>" + m + ")" + y + "(?<y2>\\d{4})"
                + "|(?<d>\\d{1,2})" + of + "(?<m>" + m + ")" + y + "(?<y>\\d{4})";
        return new Shape(Grammar.pi(regex), months);
    }

    private static Shape arabic() {
        Map<String, Integer> months = new HashMap<>(months(Locale.forLanguageTag("ar")));
        months.putAll(months(Locale.forLanguageTag("ar-SY")));
        months.put("يونيه", 6);
        months.put("يوليه", 7);
        String m = "(?:(?:" + alternation(months(Locale.forLanguageTag("ar-SY"))) + ")\\s*/\\s*)?(?:" + alternation(months) + ")";
        String regex = "(?<d1>\\d{1,2})(?:\\s+(?<m1>" + m + "))?(?:\\s+(?<y1>\\d{4}))?\\s*(?:إلى|و|–|-)\\s*"
                + "(?<d2>\\d{1,2})\\s+(?<m2>" + m + ")\\s+(?<y2>\\d{4})"
                + "|(?<d>\\d{1,2})\\s+(?<m>" + m + ")\\s+(?<y>\\d{4})";
        return new Shape(Grammar.p(regex), months);
    }

    private static Shape chinese() {
        Map<String, Integer> months = new HashMap<>();
        for (int i = 1; i <= 12; i++) {
            months.put(Integer.toString(i), i);
            months.put(String.format(Locale.ROOT, "%02d", i), i);
        }
        String regex = "(?<y1>\\d{4})年(?<m1>\\d{1,2})月(?<d1>\\d{1,2})日(?:至|和|、|–|-)(?:(?:(?<y2>\\d{4})年)?(?<m2>\\d{1,2})月)?(?<d2>\\d{1,2})日"
                + "|(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日";
        return new Shape(Grammar.p(regex), months);
    }

    /** CLDR's wide format month names of a locale, lower case, to their number. */
    private static Map<String, Integer> months(Locale locale) {
        String[] names = new DateFormatSymbols(ULocale.forLocale(locale)).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(names[i].toLowerCase(Locale.ROOT), i + 1);
        }
        return months;
    }

    /** The names as a regex alternation, longest first (so that {@code تشرين الثاني} wins over a prefix). */
    private static String alternation(Map<String, Integer> months) {
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", names.stream().map(Pattern::quote).toList());
    }
}
