package org.compendium.parse.french;

import org.compendium.model.TextFolding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.DateRange;

/**
 * A reader of the date expressions that UN French documents use for meetings and sessions.
 *
 * <p>Recognised shapes, each with an optional lead word ({@code du}, {@code les}, {@code le}) and weekday:
 * <ul>
 *   <li>{@code du 29 décembre 2019 au 2 janvier 2020} (two full dates);
 *   <li>{@code du 30 mai au 1er juin 2012} (two months, one year);
 *   <li>{@code du 9 au 11 septembre 2019} (one month);
 *   <li>{@code les 14 et 15 octobre 2021} (two days);
 *   <li>{@code 14-18 octobre 2024} (hyphen or dash);
 *   <li>{@code le 19 octobre 2010}, {@code du 19 octobre 2010} (as in "en date du") or {@code 19 octobre 2010} (one day).
 * </ul>
 * Any whitespace, line breaks included, may separate the tokens; month names may lack their accents; the first day
 * may carry {@code er} written plainly, as Unicode superscript, or as the {@code ^{er}} left by Markdown conversion.
 * A year is required: a date without one cannot become a {@link LocalDate}. Impossible dates (30 février) are not
 * matches. Stateless and thread-safe.
 */
public final class FrenchDates {
    /**
     * A date expression found in running text.
     *
     * @param range the dates it denotes
     * @param start offset of its first character (the lead word, when there is one)
     * @param end offset just past its last character (the year)
     */
    public record Found(DateRange range, int start, int end) {
        public Found {
            if (range == null || start < 0 || end <= start) {
                throw new IllegalArgumentException("bad found date " + range + " at " + start + ".." + end);
            }
        }
    }

    private static final String[] MONTHS = {
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre"
    };

    // Building blocks. \s with UNICODE_CHARACTER_CLASS covers line breaks and non-breaking spaces alike.
    private static final String WS = "\\s+";
    private static final String DAY_SUFFIX = "(?:\\s*\\^\\s*\\{?\\s*(?:er|re)\\s*\\}?|er|ᵉʳ)?";
    private static final String MONTH = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
            + "|novembre|d[ée]cembre";
    private static final String WEEKDAY = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)" + WS + ")?";

    private static String day(String name) {
        return "(?<" + name + ">[0-3]?[0-9])" + DAY_SUFFIX;
    }

    private static String month(String name) {
        return "(?<" + name + ">" + MONTH + ")";
    }

    private static String year(String name) {
        return "(?<" + name + ">[12][0-9]{3})";
    }

    private static String lead(String words) {
        return "(?:(?:" + words + ")" + WS + ")?" + WEEKDAY;
    }

    private static Pattern compile(String body) {
        // The look-arounds stop a match inside a word or a longer number ("2019" is not the day "19").
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** Every shape, longest first; each yields groups d1, m1, y1, d2, m2, y2 with the missing ones inherited. */
    private static final List<Pattern> SHAPES = List.of(
            compile(lead("du") + day("d1") + WS + month("m1") + WS + year("y1") + WS + "au" + WS + WEEKDAY
                    + day("d2") + WS + month("m2") + WS + year("y2")),
            compile(lead("du") + day("d1") + WS + month("m1") + WS + "au" + WS + WEEKDAY
                    + day("d2") + WS + month("m2") + WS + year("y2")),
            compile(lead("du") + day("d1") + WS + "au" + WS + WEEKDAY
                    + day("d2") + WS + month("m2") + WS + year("y2")),
            compile(lead("les") + day("d1") + WS + "et" + WS + WEEKDAY
                    + day("d2") + WS + month("m2") + WS + year("y2")),
            compile(day("d1") + "\\s*[-\u2010\u2011\u2012\u2013\u2014]\\s*"
                    + day("d2") + WS + month("m2") + WS + year("y2")),
            compile(lead("le|du") + day("d2") + WS + month("m2") + WS + year("y2")));

    private FrenchDates() {}

    /**
     * Reads a whole date expression; surrounding whitespace is ignored, anything else around it is not.
     *
     * @return the dates, or empty when {@code text} is not exactly one recognised expression
     */
    public static Optional<DateRange> parseRange(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(s);
            if (m.matches()) {
                Optional<DateRange> range = toRange(m);
                if (range.isPresent()) {
                    return range;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Finds every date expression in running text, in order, without overlaps; where several shapes start at the
     * same offset the longest wins (so {@code du 9 au 11 septembre 2019} is one range, not the day 11 September).
     */
    public static List<Found> findAll(CharSequence text) {
        return find(text, Integer.MAX_VALUE);
    }

    /** The first date expression of {@link #findAll}, without seeking the others; empty when there is none. */
    public static Optional<Found> first(CharSequence text) {
        List<Found> found = find(text, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The first {@code limit} date expressions of {@link #findAll}. */
    private static List<Found> find(CharSequence text, int limit) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        List<Matcher> matchers = new ArrayList<>();
        Found[] next = new Found[SHAPES.size()];
        for (Pattern shape : SHAPES) {
            matchers.add(shape.matcher(text));
        }
        int pos = 0;
        while (true) {
            Found best = null;
            for (int i = 0; i < next.length; i++) {
                // A cached candidate stays valid until the scan passes its start.
                if (next[i] == null || next[i].start() < pos) {
                    next[i] = nextValid(matchers.get(i), pos);
                }
                Found c = next[i];
                if (c != null && (best == null || c.start() < best.start()
                        || c.start() == best.start() && c.end() > best.end())) {
                    best = c;
                }
            }
            if (best == null) {
                return List.copyOf(found);
            }
            found.add(best);
            if (found.size() == limit) {
                return List.copyOf(found);
            }
            pos = best.end();
        }
    }

    private static Found nextValid(Matcher m, int from) {
        int at = from;
        while (at <= m.regionEnd() && m.find(at)) {
            Optional<DateRange> range = toRange(m);
            if (range.isPresent()) {
                return new Found(range.get(), m.start(), m.end());
            }
            at = m.start() + 1;
        }
        return null;
    }

    private static Optional<DateRange> toRange(Matcher m) {
        try {
            int y2 = Integer.parseInt(m.group("y2"));
            int m2 = monthNumber(m.group("m2"));
            LocalDate end = LocalDate.of(y2, m2, Integer.parseInt(m.group("d2")));
            if (!hasGroup(m, "d1")) {
                return Optional.of(DateRange.of(end));
            }
            int m1 = hasGroup(m, "m1") ? monthNumber(m.group("m1")) : m2;
            int y1 = hasGroup(m, "y1") ? Integer.parseInt(m.group("y1")) : y2;
            LocalDate start = LocalDate.of(y1, m1, Integer.parseInt(m.group("d1")));
            // "du 29 décembre au 2 janvier 2020" names one year for both ends: the start is in the year before.
            // Only a later month may roll back: "du 11 au 9 septembre" is a misprint, not a year-long meeting.
            if (!hasGroup(m, "y1") && hasGroup(m, "m1") && m1 > m2) {
                start = start.minusYears(1);
            }
            return start.isAfter(end) ? Optional.empty() : Optional.of(new DateRange(start, end));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean hasGroup(Matcher m, String name) {
        return m.pattern().namedGroups().containsKey(name) && m.group(name) != null;
    }

    private static int monthNumber(String name) {
        String folded = TextFolding.fold(name);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(folded)) {
                return i + 1;
            }
        }
        throw new DateTimeException("unknown month " + name);
    }
}
