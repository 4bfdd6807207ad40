package org.compendium.parse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The detector's look-up tables decide as the definitions they replace: function words matched as
 * {@code String.regionMatches(true, ...)} matches them ({@code ſ} for {@code s}, the Kelvin sign for {@code k}, any
 * case), and letters counted by {@link Character#isLetter} and {@link Character.UnicodeScript#of}.
 */
class LanguageDetectorTablesTest {
    private static final String[][] WORDS = {
        {"the", "and", "of", "to", "that", "with", "for", "its", "by", "is", "are", "be"},
        {"les", "des", "et", "du", "une", "au", "aux", "est", "sur", "dans", "qui", "pour", "ses"},
        {"los", "las", "y", "del", "el", "una", "con", "por", "su", "sus", "al", "para"}};
    private static final Language[] LATIN = {Language.ENGLISH, Language.FRENCH, Language.SPANISH};
    private static final String[] PIECES = {"the ", "THE ", "les ", "LoS ", "y ", "Y ", "ſu ", "\u212Aa ", "et ", "ét ",
        "del ", "Dans ", "para ", "paras ", "é", "ß ", "ﬁ ", "aux,", "sur-", "una\n", "is ", "İs ", "ı", "7 ", "…", "з ",
        "\uD835\uDC00 ", "los", "de ", "pour "};

    /** The definition the table replaced: every function word of every language compared with regionMatches. */
    private static Language reference(String text) {
        int[] counts = new int[LATIN.length];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length == 0 || length > 4) {
                continue;
            }
            for (int l = 0; l < LATIN.length; l++) {
                for (String w : WORDS[l]) {
                    if (w.length() == length && text.regionMatches(true, start, w, 0, length)) {
                        counts[l]++;
                    }
                }
            }
        }
        int best = 0;
        for (int l = 1; l < LATIN.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        int second = 0;
        for (int l = 0; l < LATIN.length; l++) {
            if (l != best) {
                second = Math.max(second, counts[l]);
            }
        }
        return counts[best] >= LanguageDetector.DECISIVE_WORDS && counts[best] >= 3 * second ? LATIN[best] : null;
    }

    @Test
    void functionWordsDecideAsRegionMatchesIgnoringCaseDid() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertThat(LanguageDetector.byFunctionWords(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void aTextOfEachScriptIsItsLanguageLetterByLetter() {
        // One letter of a script at each place of the Basic Multilingual Plane where that script has letters.
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            Language expected = switch (script) {
                case ARABIC -> Language.ARABIC;
                case HAN -> Language.CHINESE;
                case CYRILLIC -> Language.RUSSIAN;
                default -> null;
            };
            if (expected == null) {
                continue;
            }
            String text = String.valueOf((char) c).repeat(LanguageDetector.MIN_LETTERS);
            assertThat(LanguageDetector.standard().detect(text)).as("U+%04X", c).isEqualTo(expected);
        }
        assertThat(LanguageDetector.standard().detect("\u0640".repeat(40))).isEqualTo(Language.UNDETERMINED);
    }
}
