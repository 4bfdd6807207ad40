package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.compendium.model.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            du 9 au 11 septembre 2019                 | 2019-09-09 | 2019-09-11
            Du 9 au 11 septembre 2019                 | 2019-09-09 | 2019-09-11
            les 14 et 15 octobre 2021                 | 2021-10-14 | 2021-10-15
            du 30 mai au 1er juin 2012                | 2012-05-30 | 2012-06-01
            du 30 mai au 1 ^{er} juin 2012            | 2012-05-30 | 2012-06-01
            du 30 mai au 1^{er} juin 2012             | 2012-05-30 | 2012-06-01
            du 30 mai au 1ᵉʳ juin 2012                | 2012-05-30 | 2012-06-01
            du 1er au 3 février 2012                  | 2012-02-01 | 2012-02-03
            du 1^{er} au 3 fevrier 2012               | 2012-02-01 | 2012-02-03
            le 19 octobre 2010                        | 2010-10-19 | 2010-10-19
            19 octobre 2010                           | 2010-10-19 | 2010-10-19
            le lundi 19 octobre 2010                  | 2010-10-19 | 2010-10-19
            le 1er août 2015                          | 2015-08-01 | 2015-08-01
            le 1er aout 2015                          | 2015-08-01 | 2015-08-01
            14-18 octobre 2024                        | 2024-10-14 | 2024-10-18
            14 – 18 octobre 2024                      | 2024-10-14 | 2024-10-18
            du 28 juin au 8 juillet 2004              | 2004-06-28 | 2004-07-08
            du 27 au 29 janvier 2010                  | 2010-01-27 | 2010-01-29
            du 6  au 8 novembre 2013                  | 2013-11-06 | 2013-11-08
            du 6{nbsp}au 8{nnbsp}novembre 2013        | 2013-11-06 | 2013-11-08
            du 30 mai{nl}{nl}au 1^{er} juin 2012      | 2012-05-30 | 2012-06-01
            du 9 au 11{nl}septembre{nl}2019           | 2019-09-09 | 2019-09-11
            {nl}  du 9 au 11 septembre 2019 {nl}      | 2019-09-09 | 2019-09-11
            du 29 décembre 2019 au 2 janvier 2020     | 2019-12-29 | 2020-01-02
            du 29 decembre au 2 janvier 2020          | 2019-12-29 | 2020-01-02
            29 février 2024                           | 2024-02-29 | 2024-02-29
            DU 9 AU 11 SEPTEMBRE 2019                 | 2019-09-09 | 2019-09-11
            """)
    void wholeExpressionsReadAsRanges(String text, LocalDate start, LocalDate end) {
        assertThat(FrenchDates.parseRange(Fixtures.unescape(text))).hasValue(new DateRange(start, end));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "septembre 2019", "du 9 au 11 septembre", "le 19 octobre", "29 février 2023",
        "31 avril 2020", "du 11 au 9 septembre 2019", "0 mai 2020", "le 19 octobre 2010 à Vienne",
        "19 octobr 2010", "1192 octobre 2010", "du 1er janvier 2020 au 2 janvier 2019"})
    void incompleteImpossibleOrPaddedExpressionsAreNotRanges(String text) {
        assertThat(FrenchDates.parseRange(text)).isEmpty();
    }

    @Test
    void nullIsNotADate() {
        assertThat(FrenchDates.parseRange(null)).isEmpty();
        assertThat(FrenchDates.findAll(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tenue à Vienne du 9 au 11 septembre 2019.        | du 9 au 11 septembre 2019          | 2019-09-09 | 2019-09-11
            réunie les 14 et 15 octobre 2021,                 | les 14 et 15 octobre 2021          | 2021-10-14 | 2021-10-15
            session (du 30 mai{nl}{nl}au 1^{er} juin 2012)   | du 30 mai{nl}{nl}au 1^{er} juin 2012 | 2012-05-30 | 2012-06-01
            Vienne, 14-18 octobre 2024                        | 14-18 octobre 2024                 | 2024-10-14 | 2024-10-18
            adoptée le 19 octobre 2010 par                    | le 19 octobre 2010                 | 2010-10-19 | 2010-10-19
            en date du 22 octobre 2010                        | du 22 octobre 2010                 | 2010-10-22 | 2010-10-22
            """)
    void theLongestExpressionIsFoundInRunningTextWithItsOffsets(
            String text, String expression, LocalDate start, LocalDate end) {
        String t = Fixtures.unescape(text);
        String e = Fixtures.unescape(expression);
        List<FrenchDates.Found> found = FrenchDates.findAll(t);
        int at = t.indexOf(e);
        assertThat(found).containsExactly(new FrenchDates.Found(new DateRange(start, end), at, at + e.length()));
    }

    @Test
    void severalExpressionsAreFoundInOrderWithoutOverlap() {
        String text = "Sa première session s'est tenue du 28 juin au 8 juillet 2004, la deuxième du 10 au 21 "
                + "octobre 2005 et une réunion le 31 mars 2006 ; en 2019, les 2 et 3 octobre 2023 ; 31 avril 2020.";
        assertThat(FrenchDates.findAll(text)).extracting(FrenchDates.Found::range).containsExactly(
                new DateRange(LocalDate.of(2004, 6, 28), LocalDate.of(2004, 7, 8)),
                new DateRange(LocalDate.of(2005, 10, 10), LocalDate.of(2005, 10, 21)),
                DateRange.of(LocalDate.of(2006, 3, 31)),
                new DateRange(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 3)));
        for (FrenchDates.Found f : FrenchDates.findAll(text)) {
            assertThat(FrenchDates.parseRange(text.substring(f.start(), f.end()))).hasValue(f.range());
        }
    }

    @Test
    void numbersInsideLongerNumbersAreNotDays() {
        assertThat(FrenchDates.findAll("article 119 octobre 2010 et 2019 mai 2020")).isEmpty();
    }

    @Test
    void randomTextNeverThrowsAndEveryFindReparses() {
        Random random = new Random(20240915L);
        String[] pieces = {"du ", "au ", "et ", "les ", "le ", "1", "2", "9", "30", "31", "1^{er} ", "er ", "-",
            " ", "\n", "\u00A0", "mai ", "juin ", "février ", "2012", "2020 ", "x", "(", ")", "é", "^{", "}"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(20);
            for (int j = 0; j < n; j++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            FrenchDates.parseRange(text);
            int last = 0;
            for (FrenchDates.Found f : FrenchDates.findAll(text)) {
                assertThat(f.start()).as(text).isGreaterThanOrEqualTo(last);
                assertThat(FrenchDates.parseRange(text.substring(f.start(), f.end()))).as(text).hasValue(f.range());
                last = f.end();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theFirstDateIsTheFirstOfAllTheDates() {
        String[] pieces = {"du", "9", "au", "11", "septembre", "2019", "les", "14", "et", "15", "octobre", "2021", "le",
                "lundi", "1", "^{er}", "juin", "30", "mai", "-", "18", "décembre", "2020", "x", "\n", "  ", "2024", "30 février 2021"};
        java.util.Random random = new java.util.Random(20261203);
        int found = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(25); i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]).append(' ');
            }
            java.util.List<FrenchDates.Found> all = FrenchDates.findAll(text);
            assertThat(FrenchDates.first(text)).as(text.toString()).isEqualTo(all.stream().findFirst());
            found += all.isEmpty() ? 0 : 1;
        }
        assertThat(found).isGreaterThan(150);
    }
}
