package org.compendium.publish;

import java.time.LocalDate;
import org.compendium.export.PlainText;
import org.compendium.model.DateRange;

/**
 * The French of published editions that CLDR does not give: date ranges as the French compendium writes them
 * ({@code du 30 mai au 1er juin 2012}); and the plain text of a provision. The other interface texts are in the
 * bundle {@code edition_fr.properties} ({@link EditionTexts}). Pure functions.
 */
final class FrenchText {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private FrenchText() {
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
