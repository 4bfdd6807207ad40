package org.compendium.parse.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Feeds random text to every helper: none may throw, and their outputs keep their documented shapes. */
class RandomInputTest {
    private static final String ALPHABET = "aeiouéèêëïîôûüçœ’'-–()[],.;: \n\u00A0\u202F^{}0123456789IVXLéÉÈ\u0301";

    @Test
    void randomTextNeverBreaksTheHelpers() {
        Random random = new Random(42L);
        for (int i = 0; i < 5000; i++) {
            String text = randomText(random, random.nextInt(40));
            FrenchOrdinals.parse(text).ifPresent(n -> assertThat(n).isPositive());
            FrenchOrdinals.parseRoman(text)
                    .ifPresent(n -> assertThat(FrenchOrdinals.toRoman(n)).isEqualToIgnoringCase(text.strip()));
            StateNames.idOf(text).ifPresent(id -> assertThat(StateNames.ids()).contains(id));
            assertThat(NameLists.split(text)).allSatisfy(name -> {
                assertThat(name).isNotBlank().isEqualTo(name.strip()).doesNotContain("\n");
            });
            FrenchDates.findAll(text);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
