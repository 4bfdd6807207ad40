package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.themes.SimilarProvision;
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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(UiLanguage.class)
    void everyInterfaceLanguageHasEveryKeyAndEveryPatternReads(UiLanguage language) {
        Messages t = Messages.of(language);
        assertThat(t.keys()).containsExactlyInAnyOrderElementsOf(Messages.of(UiLanguage.EN).keys());
        for (String key : t.keys()) {
            // Formatting with numbers checks the MessageFormat syntax ({0,choice,...}, quotes) of every pattern.
            assertThat(t.format(key, 3, 4, 5, 6, 7)).as(language + " " + key).isNotBlank();
        }
        if (language != UiLanguage.EN) {
            assertThat(t.get("home.heading")).as("translated").isNotEqualTo(Messages.of(UiLanguage.EN).get("home.heading"));
        }
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOthersLeftToRight() {
        assertThat(UiLanguage.AR.dir()).isEqualTo("rtl");
        assertThat(List.of(UiLanguage.ZH, UiLanguage.EN, UiLanguage.FR, UiLanguage.RU, UiLanguage.ES))
                .allSatisfy(l -> assertThat(l.dir()).isEqualTo("ltr"));
        assertThat(UiLanguage.choose(null, null, "ar-EG,ar;q=0.9")).isEqualTo(UiLanguage.AR);
        assertThat(UiLanguage.choose(null, null, "zh-CN")).isEqualTo(UiLanguage.ZH);
        assertThat(UiLanguage.choose("ru", null, null)).isEqualTo(UiLanguage.RU);
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

    private static final SimilarProvision I_22 = new SimilarProvision("CTOC/COP/WG.7 meeting 1 rec. 22", "I.22");
    private static final SimilarProvision V_7 = new SimilarProvision("CTOC/COP/WG.7 meeting 5 rec. 7", "V.7");

    @Test
    void theEnglishBundleWordsAReasonAsTheCoreEnglishTextDoesSoTheCliApiAndPagesAgree() {
        for (Suggestion.Reason r : List.of(new Suggestion.Reason(List.of(I_22, V_7), List.of("corruption", "agent")),
                new Suggestion.Reason(List.of(I_22), List.of()), new Suggestion.Reason(List.of(), List.of("corruption")),
                Suggestion.Reason.NONE)) {
            Suggestion s = new Suggestion("corruption", "Corruption", 0.5, r, null);
            assertThat(Messages.of(UiLanguage.EN).reason(s)).as(r.toString()).isEqualTo(s.reasonText());
        }
    }

    @Test
    void aReasonInFrenchUsesFrenchWordsAndSpacingAndADecisionSaysWhoAndWhen() {
        Suggestion suggested = new Suggestion("corruption", "Corruption", 0.5,
                new Suggestion.Reason(List.of(I_22, V_7), List.of("corruption")), null);
        assertThat(Messages.of(UiLanguage.FR).reason(suggested)).isEqualTo("proche de I.22, V.7 ; mots : corruption");
        ThemeDecision d = new ThemeDecision(Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 3"), "corruption",
                ThemeVerdict.ADDED, "alice", Instant.parse("2025-03-01T14:05:09Z"));
        Suggestion decided = new Suggestion("corruption", "Corruption", Double.NaN, Suggestion.Reason.NONE, d);
        assertThat(Messages.of(UiLanguage.FR).reason(decided)).isEqualTo("ajouté par alice le 2025-03-01 14:05:09 UTC");
        assertThat(Messages.of(UiLanguage.EN).reason(decided)).isEqualTo("added by alice on 2025-03-01 14:05:09 UTC");
    }

    @Test
    void aReasonsPiecesLinkEachSimilarLabelToItsProvisionPageWhereTheLanguagePutsIt() {
        Suggestion s = new Suggestion("corruption", "Corruption", 0.5,
                new Suggestion.Reason(List.of(I_22, V_7), List.of("corruption")), null);
        Messages.Fragment i22 = new Messages.Fragment("I.22", "/provisions/CTOC%2FCOP%2FWG.7%20meeting%201%20rec.%2022",
                "CTOC/COP/WG.7 meeting 1 rec. 22");
        Messages.Fragment v7 = new Messages.Fragment("V.7", "/provisions/CTOC%2FCOP%2FWG.7%20meeting%205%20rec.%207",
                "CTOC/COP/WG.7 meeting 5 rec. 7");
        assertThat(Messages.of(UiLanguage.FR).reasonFragments(s)).containsExactly(new Messages.Fragment("proche de ",
                null, null), i22, new Messages.Fragment(", ", null, null), v7, new Messages.Fragment(" ; mots : corruption",
                null, null));
        assertThat(Messages.of(UiLanguage.EN).reasonFragments(s)).containsExactly(new Messages.Fragment("similar to ",
                null, null), i22, new Messages.Fragment(", ", null, null), v7, new Messages.Fragment("; words: corruption",
                null, null));
    }

    @Test
    void aReasonWithoutSimilarProvisionsOrADecisionIsOnePlainPieceAndNoReasonIsNone() {
        Suggestion words = new Suggestion("a", "A", 0.5, new Suggestion.Reason(List.of(), List.of("migrant")), null);
        assertThat(Messages.of(UiLanguage.FR).reasonFragments(words)).containsExactly(new Messages.Fragment("mots : migrant",
                null, null));
        assertThat(Messages.of(UiLanguage.EN).reasonFragments(new Suggestion("a", "A", 0.5, Suggestion.Reason.NONE, null)))
                .isEmpty();
    }

    @Test
    void consistencyFiguresAreWrittenWithEachLanguagesDecimalSeparator() {
        assertThat(Messages.of(UiLanguage.EN).format("consistency.summary", 24, 0.6, 0.65573, 0.65573, 0.65573))
                .startsWith("24 provisions have a near-identical provision (cosine ≥ 0.60)")
                .contains("precision 0.6557, recall 0.6557, F1 0.6557.");
        assertThat(Messages.of(UiLanguage.FR).format("consistency.summary", 1, 0.6, 0.5, 0.5, 0.5))
                .startsWith("Une disposition a une disposition quasi identique (cosinus ≥ 0,60)")
                .contains("précision micro de 0,5000");
        assertThat(Messages.of(UiLanguage.EN).format("consistency.pairs", 1)).startsWith("One pair themed differently");
    }

    @org.junit.jupiter.api.Test
    void addresseeFacetValuesReadInTheInterfaceLanguageNotAsCodes() {
        for (String code : org.compendium.index.Addressees.CODES) {
            assertThat(org.compendium.web.pages.SearchView.facetLabel(Messages.of(UiLanguage.FR), "addressee", code)).isNotEqualTo(code);
        }
        assertThat(org.compendium.web.pages.SearchView.facetLabel(Messages.of(UiLanguage.FR), "addressee", "states-parties")).isEqualTo("États parties");
        assertThat(org.compendium.web.pages.SearchView.facetLabel(Messages.of(UiLanguage.EN), "addressee", "secretariat")).isEqualTo("Secretariat (UNODC)");
        assertThat(org.compendium.web.pages.SearchView.facetLabel(Messages.of(UiLanguage.EN), "addressee", "unknown-code")).isEqualTo("unknown-code");
    }
}
