package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.junit.jupiter.api.Test;

/** A suggestion's reason is data (similar provisions, words, decision); English text is only one wording of it. */
class SuggestionTest {
    private static final ThemeDecision ACCEPTED = new ThemeDecision(Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 3"),
            "corruption", ThemeVerdict.ACCEPTED, "alice", Instant.parse("2025-03-01T14:05:09Z"));

    private static final SimilarProvision I_22 = new SimilarProvision("CTOC/COP/WG.7 meeting 1 rec. 22", "I.22");
    private static final SimilarProvision V_7 = new SimilarProvision("CTOC/COP/WG.7 meeting 5 rec. 7", "V.7");

    private static Suggestion suggested(List<SimilarProvision> similar, List<String> words) {
        ThemeClassifier.Score score = new ThemeClassifier.Score("corruption", 0.42, 0.5, 0.4, 0.1, similar, words);
        return new Suggestion("corruption", "Corruption", score.score(), Suggestion.reason(score), null);
    }

    @Test
    void aScoresReasonKeepsItsSimilarProvisionsAndWordsInOrder() {
        Suggestion s = suggested(List.of(I_22, V_7), List.of("corruption", "agent"));
        assertThat(s.reason().similar()).containsExactly(I_22, V_7);
        assertThat(s.reason().similar()).extracting(SimilarProvision::citation)
                .containsExactly("CTOC/COP/WG.7 meeting 1 rec. 22", "CTOC/COP/WG.7 meeting 5 rec. 7");
        assertThat(s.reason().words()).containsExactly("corruption", "agent");
        assertThat(s.reason().isEmpty()).isFalse();
    }

    @Test
    void theEnglishTextNamesSimilarProvisionsByLabelAndLeavesOutAnEmptyPart() {
        assertThat(suggested(List.of(I_22, V_7), List.of("corruption")).reasonText())
                .isEqualTo("similar to I.22, V.7; words: corruption");
        assertThat(suggested(List.of(I_22), List.of()).reasonText()).isEqualTo("similar to I.22");
        assertThat(suggested(List.of(), List.of("corruption", "agent")).reasonText()).isEqualTo("words: corruption, agent");
        assertThat(suggested(List.of(), List.of()).reasonText()).isEmpty();
    }

    @Test
    void aDecidedThemesEnglishTextSaysWhoDecided() {
        Suggestion s = new Suggestion("corruption", "Corruption", Double.NaN, Suggestion.Reason.NONE, ACCEPTED);
        assertThat(s.reasonText()).isEqualTo("accepted by alice");
    }

    @Test
    void aReasonIsImmutableAndNeverNull() {
        List<SimilarProvision> similar = new ArrayList<>(List.of(I_22));
        Suggestion.Reason r = new Suggestion.Reason(similar, List.of());
        similar.add(V_7);
        assertThat(r.similar()).containsExactly(I_22);
        assertThatThrownBy(() -> new Suggestion("corruption", "Corruption", 0.5, (Suggestion.Reason) null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SimilarProvision(null, "I.22")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SimilarProvision("CTOC/COP/WG.7 meeting 1 rec. 22", null))
                .isInstanceOf(NullPointerException.class);
    }
}
