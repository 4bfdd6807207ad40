package org.compendium.parse.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strength scale of leading verbs, one table per language. */
class VerbStrengthTest {
    @ParameterizedTest(name = "{1} {0} = {2}")
    @CsvSource({
        "décide, fr, DECIDES",
        "prie instamment, fr, URGES",
        "prie également, fr, REQUESTS",
        "engage, fr, ENCOURAGES",
        "invite, fr, INVITES",
        "devraient, fr, SHOULD",
        "voudront peut-être, fr, MAY_WISH",
        "sont vivement encouragés, fr, ENCOURAGES",
        "also requests, en, REQUESTS",
        "further requests, en, REQUESTS",
        "strongly urges, en, URGES",
        "may wish to, en, MAY_WISH",
        "solicita además, es, REQUESTS",
        "insta, es, URGES",
        "tal vez deseen, es, MAY_WISH",
        "настоятельно призывает, ru, URGES",
        "просит также, ru, REQUESTS",
        "'возможно, пожелают', ru, MAY_WISH",
        "يحث, ar, URGES",
        "يطلب, ar, REQUESTS",
        "قد ترغب في, ar, MAY_WISH",
        "敦促, zh, URGES",
        "请, zh, REQUESTS",
        "还请, zh, REQUESTS",
        "进一步请, zh, REQUESTS",
        "邀请, zh, INVITES"})
    void aVerbIsReadByItsLongestPhrase(String verb, String code, VerbStrength expected) {
        assertThat(VerbStrength.of(verb, Language.fromCode(code))).contains(expected);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({"rappelant, fr", "adopte, fr", "recalling, en", "noting, en", "reafirmando, es", "ссылаясь, ru", "إذ يشير, ar", "回顾, zh",
        "requests, und"})
    void preambularAndAdoptingVerbsHaveNoStrength(String verb, String code) {
        assertThat(VerbStrength.of(verb, Language.fromCode(code))).isEmpty();
    }

    @Test
    void everyLanguageHasEveryStepOfTheScaleAndCodesRoundTrip() {
        for (Language l : Language.OFFICIAL) {
            for (VerbStrength s : VerbStrength.values()) {
                assertThat(VerbStrength.phrases(l, s)).as(l + " " + s).isNotEmpty();
            }
        }
        assertThat(Arrays.stream(VerbStrength.values()).map(VerbStrength::code)).containsExactly("decides", "urges", "requests",
                "encourages", "invites", "should", "may-wish");
        assertThat(Arrays.stream(VerbStrength.values()).map(s -> VerbStrength.fromCode(s.code()).orElseThrow()))
                .containsExactly(VerbStrength.values());
    }
}
