package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The zero-shot label match: rare label words decide, qualifiers in parentheses count, no training example needed. */
class LabelTermsTest {
    private static final List<String> LABELS = List.of("Corruption", "Enfants (non accompagnés/ séparés)",
            "Enfants (général)", "Coopération internationale (rapidité)");
    private static final List<Set<String>> TEXTS = List.of(
            stems("Les États parties devraient lutter contre le trafic illicite de migrants."),
            stems("Les États devraient protéger les migrants objet d'un trafic illicite."),
            stems("Les États devraient coopérer au niveau international contre le trafic illicite de migrants."));

    private static Set<String> stems(String text) {
        return new HashSet<>(FrenchTerms.stems(text));
    }

    @Test
    void aLabelWordNoTrainingTextSaysGivesTheThemeWithoutAnyExample() {
        double[] s = new LabelTerms(LABELS, TEXTS).scores(stems("Les États devraient prévenir la corruption d'agents publics."));
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[1]).isZero();
    }

    @Test
    void theQualifierInParenthesesCountsAndAnEmptyQualifierDoesNot() {
        LabelTerms terms = new LabelTerms(LABELS, TEXTS);
        double[] s = terms.scores(stems("la protection des enfants migrants non accompagnés"));
        assertThat(s[2]).isEqualTo(1.0);
        assertThat(s[1]).isGreaterThan(0.5).isLessThan(1.0);
        assertThat(terms.scores(stems("les enfants"))[1]).isLessThan(s[1]);
    }

    @Test
    void aCommonLabelWordWeighsLessThanARareOne() {
        double[] s = new LabelTerms(LABELS, TEXTS).scores(stems("une action internationale"));
        double[] r = new LabelTerms(LABELS, TEXTS).scores(stems("agir rapidement"));
        assertThat(r[3]).isGreaterThan(s[3]);
    }

    @Test
    void aTextStemMatchesALongerLabelStemItBegins() {
        LabelTerms terms = new LabelTerms(LABELS, TEXTS);
        // The text's own stem is given back (it is the one the reason can show as written).
        assertThat(terms.said(3, stems("une réponse rapide"))).containsExactly(FrenchTerms.stems("rapide").getFirst());
    }

    @Test
    void aReasonLeavesOutLabelWordsMostTextsSay() {
        LabelTerms terms = new LabelTerms(List.of("Trafic illicite par mer"), TEXTS);
        Set<String> text = stems("le trafic illicite de migrants par mer");
        assertThat(terms.scores(text)[0]).isEqualTo(1.0);
        assertThat(terms.said(0, text)).containsExactly("mer");
    }

    @Test
    void randomTextsScoreBetweenZeroAndOne() {
        LabelTerms terms = new LabelTerms(LABELS, TEXTS);
        java.util.Random random = new java.util.Random(7);
        String alphabet = "abcdeéèàçôï ()'/-.,0123456789ABCÉ";
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (double v : terms.scores(stems(sb.toString()))) {
                assertThat(v).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void aKeywordSaysItsThemeInFullThoughItSharesFewWordsWithTheLabel() {
        List<String> labels = List.of("Possibilités de migration", "Corruption");
        List<List<String>> keywords = List.of(List.of("voies légales", "migration régulière"), List.of());
        LabelTerms plain = new LabelTerms(labels, TEXTS);
        LabelTerms withKeywords = new LabelTerms(labels, keywords, TEXTS, org.compendium.model.Language.FRENCH);
        Set<String> text = stems("Ouvrir des voies légales aux travailleurs.");
        assertThat(plain.scores(text)[0]).isZero();
        assertThat(withKeywords.scores(text)[0]).isEqualTo(1.0);
        assertThat(withKeywords.said(0, text)).containsExactlyInAnyOrder("voie", "legal");
        // The best wording counts, not their sum: the label alone still scores as before.
        Set<String> label = stems("des possibilités de migration");
        assertThat(withKeywords.scores(label)[0]).isEqualTo(plain.scores(label)[0]);
        assertThat(withKeywords.scores(text)[1]).isZero();
    }

    @Test
    void labelsAndKeywordsOfAnotherLanguageAreTokenisedInIt() {
        LabelTerms english = new LabelTerms(List.of("Smuggling by sea"), List.of(List.of("vessels")), List.of(),
                org.compendium.model.Language.ENGLISH);
        Set<String> text = new HashSet<>(ThemeTerms.stems("Boarding of suspect vessels", org.compendium.model.Language.ENGLISH));
        assertThat(english.scores(text)[0]).isEqualTo(1.0);
        assertThat(english.scores(new HashSet<>(ThemeTerms.stems("the smuggler's routes at sea",
                org.compendium.model.Language.ENGLISH)))[0]).isEqualTo(1.0);
    }
}
