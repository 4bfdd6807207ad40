package org.compendium.publish;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * The UN front matter printed on the verso of an edition's title page: copyright, disclaimer, production note and the
 * languages the publication exists in, filled from the templates of the edition's bundle ({@code front.*} in
 * {@code edition_xx.properties}) with the year and the date of production.
 *
 * @param paragraphs the paragraphs, in order
 */
record FrontMatter(List<String> paragraphs) {
    FrontMatter {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The front matter of {@code edition}, produced today (UTC). */
    static FrontMatter of(Edition edition) {
        return of(edition, LocalDate.now(Clock.systemUTC()));
    }

    static FrontMatter of(Edition edition, LocalDate produced) {
        EditionTexts t = edition.texts();
        DateFormat long_ = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLocale(t.locale()));
        long_.setTimeZone(TimeZone.GMT_ZONE);
        String date = long_.format(Date.from(produced.atStartOfDay(ZoneOffset.UTC).toInstant()));
        // The year is printed as digits, without grouping ("2026", not "2 026").
        return new FrontMatter(List.of(t.text("front.copyright", Integer.toString(produced.getYear())), t.text("front.disclaimer"),
                t.text("front.production", date), t.text("front.languages")));
    }
}
