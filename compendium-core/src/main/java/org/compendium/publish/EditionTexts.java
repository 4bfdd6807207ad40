package org.compendium.publish;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.IndexPart;
import org.compendium.model.Language;
import org.compendium.model.Provision;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Grammars;
import org.compendium.parse.french.FrenchOrdinals;

/**
 * The interface texts of an edition in one of the six languages — title page, headings, index table headers, notes,
 * "Partie A/B", markers, front matter — read from the resource bundle {@code org/compendium/publish/edition_xx.properties}
 * (one file per language, ICU MessageFormat patterns: ordinals spelled by CLDR's rules, such as
 * {@code %spellout-ordinal-neuter-genitive} for Russian), with the language's date ranges and lists.
 *
 * <p>Dates: French editions write them as the published French compendium does ({@code du 30 mai au 1er juin 2012},
 * {@link FrenchText#dates}); the other languages take CLDR's interval format for the bundle's locale
 * ({@code 1–3 July 2025}, {@code 2025年7月1日至3日}). Adding a language is adding a bundle; no code branches on it.
 */
public final class EditionTexts {
    private static final String BUNDLE = "org.compendium.publish.edition";
    private static final Map<Language, EditionTexts> CACHE = new EnumMap<>(Language.class);

    /** What a heading or span counts: the working group's meetings or the Conference's sessions. */
    public enum Noun { MEETING, SESSION }

    private final Language language;
    private final ResourceBundle bundle;
    private final ULocale locale;

    private EditionTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = ULocale.forLanguageTag(bundle.getString("locale"));
    }

    /**
     * The texts of {@code language}.
     *
     * @throws IllegalArgumentException for a language without a bundle (only the six official languages have one)
     */
    public static synchronized EditionTexts of(Language language) {
        if (!Language.OFFICIAL.contains(language)) {
            throw new IllegalArgumentException("no edition texts for '" + language.code() + "'; editions are published in "
                    + Language.OFFICIAL.stream().map(Language::code).toList());
        }
        return CACHE.computeIfAbsent(language, EditionTexts::new);
    }

    public Language language() {
        return language;
    }

    /** The locale whose CLDR data (dates, spell-out rules, line breaking) the edition follows ({@code en-GB}). */
    public Locale locale() {
        return locale.toLocale();
    }

    /** Whether the edition is laid out right to left (Arabic). */
    public boolean rightToLeft() {
        return language.rightToLeft();
    }

    /** The text of {@code key}, its pattern filled with {@code args} when there are any. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("edition_" + language.code() + ".properties lacks the key '" + key + "'", e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** {@code a}, {@code a et b}, {@code a, b et c} in the language's punctuation; empty for none. */
    public String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(text("list.separator"), items.subList(0, items.size() - 1)) + text("list.last") + items.getLast();
    }

    /** {@code de sa première à sa sixième réunion}, {@code at its fourteenth meeting}: the range of {@code numbers}. */
    public String span(List<Integer> numbers, Noun noun) {
        String prefix = "span." + noun.name().toLowerCase(Locale.ROOT);
        if (numbers.isEmpty()) {
            return text(prefix + ".none");
        }
        int min = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return min == max ? text(prefix + ".one", min) : text(prefix + ".range", min, max);
    }

    /** {@code VIII. Huitième réunion, les 14 et 15 octobre 2021}: a meeting's or session's heading, dates when known. */
    public String heading(int number, Noun noun, DateRange dates) {
        String ordinal = text(noun.name().toLowerCase(Locale.ROOT) + ".ordinal", number);
        String head = FrenchOrdinals.toRoman(number) + ". " + capitalise(ordinal);
        return dates == null ? head : text("heading.withDates", head, dates(dates));
    }

    /** A date range in the language: {@code du 11 au 13 novembre 2013}, {@code 11–13 November 2013}. */
    public String dates(DateRange r) {
        if (language == Language.FRENCH) {
            return FrenchText.dates(r);
        }
        Calendar start = Calendar.getInstance(TimeZone.GMT_ZONE);
        start.clear();
        start.set(r.start().getYear(), r.start().getMonthValue() - 1, r.start().getDayOfMonth());
        Calendar end = (Calendar) start.clone();
        end.clear();
        end.set(r.end().getYear(), r.end().getMonthValue() - 1, r.end().getDayOfMonth());
        DateIntervalFormat f = DateIntervalFormat.getInstance("yMMMMd", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(new DateInterval(start.getTimeInMillis(), end.getTimeInMillis()));
    }

    /**
     * A provision's number as the language prints it, from its grammar's numbering ({@code 3.}, {@code 3 -},
     * {@code b)}, {@code (ب)}) and the bundle's preambular label ({@code al. 2}, {@code PP 2}).
     */
    public String printedNumber(Provision p) {
        Grammar.ResolutionShapes shapes = Grammars.of(language).resolution();
        return switch (p.kind()) {
            case PREAMBULAR -> text("preambular", p.number());
            // A recommendation of an announced lettered list (rec. (b)) is printed with its letter, as its report prints it.
            case RECOMMENDATION, PARAGRAPH -> p.number().matches("[0-9].*") ? String.format(Locale.ROOT, shapes.operativeFormat(), p.number())
                    : letter(p, shapes);
            case OPERATIVE -> p.number().matches("[0-9]+") ? String.format(Locale.ROOT, shapes.operativeFormat(), p.number())
                    : letter(p, shapes);
            case SUBPARAGRAPH -> letter(p, shapes);
            // A treaty article, which no compendium reproduces yet: its number as citations print it.
            case ARTICLE -> "art. " + p.number();
        };
    }

    /** A lettered paragraph's letter in the language's own letters ({@code b} is {@code ب}); deeper roman numbers stay. */
    private static String letter(Provision p, Grammar.ResolutionShapes shapes) {
        String n = p.number();
        if (p.depth() <= 1 && n.length() == 1 && n.charAt(0) >= 'a' && n.charAt(0) - 'a' < shapes.letters().size()) {
            n = shapes.letters().get(n.charAt(0) - 'a');
        }
        return String.format(Locale.ROOT, shapes.letterFormat(), n);
    }

    /** {@code Résolution 5/3}, {@code Decision 2/4}, {@code 第13/4号决议}. */
    public String instrumentName(Work.CopInstrument i) {
        return text(i.kind() == Work.InstrumentKind.RESOLUTION ? "resolution" : "decision", i.numberText());
    }

    /** A COP instrument's name as above; any other work as its own name. */
    public String instrumentName(Work work) {
        return work instanceof Work.CopInstrument i ? instrumentName(i) : work.toString();
    }

    /** {@code Partie A}, {@code Part B}, {@code الجزء باء}. */
    public String part(IndexPart part) {
        return text("index.part", text("part." + part.name()));
    }

    /** The marker of a provision shown in {@code shownIn} because the edition's language lacks it. */
    public String fallbackMarker(Language shownIn) {
        return text("marker." + shownIn.code());
    }

    /** The subject of the body's compendium ({@code Traite des personnes}). */
    public String subject(Body body) {
        return text("subject." + body.code());
    }

    /** The body's name in the language ({@code Working Group on Trafficking in Persons}). */
    public String bodyName(Body body) {
        return text("body." + body.code());
    }

    /** The title of an edition assembled from primary documents. */
    public String primaryTitle(Body body) {
        return text("title.primary", subject(body), text("body." + body.code() + ".lower"));
    }

    /** The introduction of an edition assembled from primary documents, its ranges following its content. */
    public List<String> primaryIntroduction(Body body, List<Integer> meetings, List<Integer> sessions) {
        return List.of(text("introduction.primary.1", text("body." + body.code() + ".lower"), span(meetings, Noun.MEETING),
                        span(sessions, Noun.SESSION)),
                text("introduction.primary.2"));
    }

    private String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale.toLocale()) + s.substring(1);
    }
}
