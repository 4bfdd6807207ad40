package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
