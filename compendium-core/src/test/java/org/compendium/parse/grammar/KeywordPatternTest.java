package org.compendium.parse.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A keyword-gated pattern ({@link KeywordPattern}) finds the matches a {@code find()} loop over the whole text finds,
 * in the same order with the same groups: for each language's meeting wording, on random texts made of its words
 * and on the six-language fixtures.
 */
class KeywordPatternTest {
    /** Words of the meeting phrases in six languages, ordinals, case variants and blanks of every kind. */
    private static final String[] PIECES = {
            "à", "À", "sa", "SA", "la", "La", "neuvième", "vingt", "et", "unième", "vingt-et-unième", "réunion", "RÉUNION",
            "réunions", "at", "its", "At its", "the", "The", "ninth", "fourteenth", "meeting", "Meeting", "meetings",
            "en", "su", "novena", "reunión", "Reunión", "девятом", "девятое", "совещании", "Совещание", "совещаниях",
            "اجتماعه", "اجتماعها", "الاجتماع", "والاجتماع", "التاسع", "عشر", "第十四", "第9", "次会议", "第", "届会议", "x", "(",
            ")", ",", ".", " ", " ", "  ", "\n", "\t", "\u00A0", "\u202F", "\u2003", "-", "9", "14", "ſa"};

    @Test
    void theGatedSearchFindsWhatAFindLoopFindsOnRandomTexts() {
        Random random = new Random(20261202);
        int matched = 0;
        for (Language language : List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.RUSSIAN,
                Language.ARABIC, Language.CHINESE)) {
            KeywordPattern meeting = Grammars.of(language).wording().meeting();
            for (int round = 0; round < 2000; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextInt(3) > 0) {
                        text.append(' ');
                    }
                }
                List<String> expected = findLoop(meeting.pattern(), text);
                assertThat(gated(meeting, text)).as(language + ": " + text).isEqualTo(expected);
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        // The texts do hold the phrases: the comparison is not of two empty lists.
        assertThat(matched).isGreaterThan(1000);
    }

    @Test
    void theGatedSearchFindsWhatAFindLoopFindsInTheFixtures() throws IOException {
        int matches = 0;
        for (String kind : List.of("cop-resolution", "wg-report", "ga-declaration", "treaty", "cop-report", "references")) {
            for (Language language : List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.RUSSIAN,
                    Language.ARABIC, Language.CHINESE)) {
                String text = fixture(kind, language);
                for (Language grammar : List.of(language, Language.FRENCH, Language.ENGLISH)) {
                    KeywordPattern meeting = Grammars.of(grammar).wording().meeting();
                    List<String> expected = findLoop(meeting.pattern(), text);
                    assertThat(gated(meeting, text)).as(kind + " " + language + " read as " + grammar).isEqualTo(expected);
                    matches += expected.size();
                }
            }
        }
        assertThat(matches).isGreaterThan(20);
    }

    @Test
    void eachKeywordOpensWithTheCharsItsFirstLetterMatchesAndNoneOutsideTheBasicPlaneCaseMapsIntoIt() {
        assertThat(KeywordPattern.openings(Grammars.of(Language.FRENCH).wording().meeting().keyword())).containsExactlyInAnyOrder('r', 'R');
        assertThat(KeywordPattern.openings(Grammars.of(Language.CHINESE).wording().meeting().keyword())).containsExactly('次');
        for (Language language : List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.RUSSIAN,
                Language.ARABIC, Language.CHINESE)) {
            assertThat(KeywordPattern.openings(Grammars.of(language).wording().meeting().keyword())).as(language.code()).isNotEmpty();
        }
        // Why the Basic Multilingual Plane is enough: a case-insensitive match of a char of it by a code point beyond
        // it would need a case mapping between the two, and Unicode has none.
        List<String> intoThePlane = new ArrayList<>();
        for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
            int upper = Character.toUpperCase(cp);
            if (upper <= Character.MAX_VALUE || Character.toLowerCase(cp) <= Character.MAX_VALUE
                    || Character.toLowerCase(upper) <= Character.MAX_VALUE) {
                intoThePlane.add(String.format("U+%X", cp));
            }
        }
        assertThat(intoThePlane).isEmpty();
    }

    @Test
    void wordsArePartedWhereUnicodeWhitespaceStands() {
        Pattern space = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean regex = space.matcher(String.valueOf((char) c)).matches();
            assertThat(KeywordPattern.isSpace((char) c)).as("U+%04X", c).isEqualTo(regex);
        }
    }

    private static List<String> findLoop(Pattern pattern, CharSequence text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group(1));
        }
        return found;
    }

    private static List<String> gated(KeywordPattern pattern, CharSequence text) {
        List<String> found = new ArrayList<>();
        KeywordPattern.Matches m = pattern.matches(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group(1));
        }
        return found;
    }

    private static String fixture(String kind, Language language) throws IOException {
        try (InputStream in = KeywordPatternTest.class.getResourceAsStream("/fixtures/" + kind + "/" + language.code() + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
