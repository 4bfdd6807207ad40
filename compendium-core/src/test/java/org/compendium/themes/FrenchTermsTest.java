package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classifier's French terms: stems in order, and the words they stand for as the text writes them. */
class FrenchTermsTest {
    @Test
    void stemsAreFoldedLowerCaseWithoutStopWordsOrNumbers() {
        assertThat(FrenchTerms.stems("L'échange d'informations entre les 12 États"))
                .containsExactly("echang", "inform", "entr", "etat");
    }

    @Test
    void eachStemMapsToTheFirstWordItStandsForWithoutItsElidedArticle() {
        Map<String, String> written = FrenchTerms.analyse("L'Échange d’informations, puis les échanges.").written();
        assertThat(written).containsEntry("echang", "Échange").containsEntry("inform", "informations");
        assertThat(written).doesNotContainKey("le");
    }
}
