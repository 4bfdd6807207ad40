package org.compendium.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.compendium.export.PlainText;
import org.compendium.model.DateRange;
import org.compendium.parse.french.FrenchOrdinals;

/** The French phrases an edition prints: lists ({@code a, b et c}), ordinals of meetings, date ranges. Pure functions. */
final class FrenchText {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private FrenchText() {
    }

    /** {@code a}, {@code a et b}, {@code a, b et c}; empty for none. */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.getLast();
    }

    /** The feminine ordinal word ({@code première}, {@code huitième}), as réunion and session take. */
    static String ordinal(int n) {
        return n == 1 ? "première" : FrenchOrdinals.toWord(n);
    }

    /** {@code de sa première à sa sixième réunion}, or {@code à sa huitième réunion} for one number. */
    static String span(List<Integer> numbers, String noun) {
        if (numbers.isEmpty()) {
            return "(aucune " + noun + ")";
        }
        int min = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return min == max ? "à sa " + ordinal(min) + " " + noun
                : "de sa " + ordinal(min) + " à sa " + ordinal(max) + " " + noun;
    }

    /** The title of an edition assembled from primary documents, for a body without a published compendium. */
    static String editionTitle(org.compendium.model.Body body) {
        String subject = body == org.compendium.model.Body.WG_TIP ? "Traite des personnes" : "Trafic illicite de migrants";
        return subject + " : recueil des recommandations du " + lowerFirst(body.frenchName())
                + " et des résolutions et décisions de la Conférence des Parties";
    }

    /**
     * The introduction of an edition assembled from primary documents, its ranges following its content: the meetings
     * and sessions it holds, never copied from an earlier edition.
     */
    static List<String> introduction(org.compendium.model.Body body, List<Edition.Meeting> partA, List<Edition.Session> partB) {
        String meetings = span(partA.stream().map(Edition.Meeting::number).toList(), "réunion");
        String sessions = span(partB.stream().map(Edition.Session::number).toList(), "session");
        return List.of("Le présent recueil contient les recommandations adoptées par le " + lowerFirst(body.frenchName()) + " "
                        + meetings + " (partie A) et les résolutions et décisions que la Conférence des Parties a adoptées "
                        + sessions + " sur le même sujet (partie B).",
                "Il est établi à partir des rapports des réunions et des textes des résolutions et décisions tels qu'ils sont "
                        + "enregistrés ; l'index thématique rassemble les thèmes que les éditeurs leur ont attribués.");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** {@code VIII. Huitième réunion, les 14 et 15 octobre 2021}, the compendium's meeting heading. */
    static String heading(int number, String noun, DateRange dates) {
        String word = ordinal(number);
        String head = FrenchOrdinals.toRoman(number) + ". " + word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)
                + " " + noun;
        return dates == null ? head : head + ", " + dates(dates);
    }

    /**
     * A date range as the compendium's headings write it: {@code le 5 juin 2012}, {@code les 4 et 5 juillet 2018},
     * {@code du 11 au 13 novembre 2013}, {@code du 30 mai au 1er juin 2012}, {@code du 30 décembre 2012 au 2 janvier 2013}.
     */
    static String dates(DateRange r) {
        LocalDate s = r.start();
        LocalDate e = r.end();
        if (s.equals(e)) {
            return "le " + day(s) + " " + month(s) + " " + s.getYear();
        }
        if (s.getYear() != e.getYear()) {
            return "du " + day(s) + " " + month(s) + " " + s.getYear() + " au " + day(e) + " " + month(e) + " " + e.getYear();
        }
        if (s.getMonth() != e.getMonth()) {
            return "du " + day(s) + " " + month(s) + " au " + day(e) + " " + month(e) + " " + e.getYear();
        }
        if (s.plusDays(1).equals(e)) {
            return "les " + day(s) + " et " + day(e) + " " + month(e) + " " + e.getYear();
        }
        return "du " + day(s) + " au " + day(e) + " " + month(e) + " " + e.getYear();
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1];
    }

    /** Text without Markdown emphasis and list bullets: {@link PlainText#of}. */
    static String plain(String text) {
        return PlainText.of(text);
    }
}
