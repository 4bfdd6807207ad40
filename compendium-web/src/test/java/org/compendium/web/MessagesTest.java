package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.themes.Suggestion;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.Test;

/** The two interface bundles and the choice of language. */
class MessagesTest {
    @Test
    void englishAndFrenchBundlesHoldTheSameKeys() {
        assertThat(Messages.of(UiLanguage.FR).keys()).containsExactlyInAnyOrderElementsOf(Messages.of(UiLanguage.EN).keys());
    }

    @Test
    void frenchStringsAreFrenchAndReadAsUtf8() {
        assertThat(Messages.of(UiLanguage.FR).get("home.heading")).isEqualTo("Parcourir les documents");
        assertThat(Messages.of(UiLanguage.FR).get("document.metadata")).isEqualTo("À propos de ce document");
        assertThat(Messages.of(UiLanguage.EN).get("home.heading")).isEqualTo("Browse the documents");
    }

    @Test
    void theQueryParameterWinsOverTheCookieWhichWinsOverTheBrowser() {
        assertThat(UiLanguage.choose("fr", "en", "en-GB")).isEqualTo(UiLanguage.FR);
        assertThat(UiLanguage.choose(null, "fr", "en-GB")).isEqualTo(UiLanguage.FR);
        assertThat(UiLanguage.choose("xx", null, "de-DE, fr;q=0.8, en;q=0.5")).isEqualTo(UiLanguage.FR);
        assertThat(UiLanguage.choose(null, null, "de-DE")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.choose(null, null, ";;;garbage")).isEqualTo(UiLanguage.EN);
    }

    @Test
    void offsetsAreWrittenWithoutGroupingSeparators() {
        assertThat(Messages.of(UiLanguage.EN).format("provision.offsets.value", 16978, 17361, "a.txt"))
                .isEqualTo("characters 16978 to 17361 of a.txt");
    }

    @Test
    void theEnglishBundleWordsAReasonAsTheCoreEnglishTextDoesSoTheCliApiAndPagesAgree() {
        for (Suggestion.Reason r : List.of(new Suggestion.Reason(List.of("I.22", "V.7"), List.of("corruption", "agent")),
                new Suggestion.Reason(List.of("I.22"), List.of()), new Suggestion.Reason(List.of(), List.of("corruption")),
                Suggestion.Reason.NONE)) {
            Suggestion s = new Suggestion("corruption", "Corruption", 0.5, r, null);
            assertThat(Messages.of(UiLanguage.EN).reason(s)).as(r.toString()).isEqualTo(s.reasonText());
        }
    }

    @Test
    void aReasonInFrenchUsesFrenchWordsAndSpacingAndADecisionSaysWhoAndWhen() {
        Suggestion suggested = new Suggestion("corruption", "Corruption", 0.5,
                new Suggestion.Reason(List.of("I.22", "V.7"), List.of("corruption")), null);
        assertThat(Messages.of(UiLanguage.FR).reason(suggested)).isEqualTo("proche de I.22, V.7 ; mots : corruption");
        ThemeDecision d = new ThemeDecision(Citation.parse("CTOC/COP/WG.7/2021 rec. 3"), "corruption",
                ThemeVerdict.ADDED, "alice", Instant.parse("2025-03-01T14:05:09Z"));
        Suggestion decided = new Suggestion("corruption", "Corruption", Double.NaN, Suggestion.Reason.NONE, d);
        assertThat(Messages.of(UiLanguage.FR).reason(decided)).isEqualTo("ajouté par alice le 2025-03-01 14:05:09 UTC");
        assertThat(Messages.of(UiLanguage.EN).reason(decided)).isEqualTo("added by alice on 2025-03-01 14:05:09 UTC");
    }
}
