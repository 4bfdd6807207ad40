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
    private static final ThemeDecision ACCEPTED = new ThemeDecision(Citation.parse("CTOC/COP/WG.7/2021 rec. 3"),
            "corruption", ThemeVerdict.ACCEPTED, "alice", Instant.parse("2025-03-01T14:05:09Z"));

    private static Suggestion suggested(List<String> similar, List<String> words) {
        ThemeClassifier.Score score = new ThemeClassifier.Score("corruption", 0.42, 0.5, 0.4, 0.1, similar, words);
        return new Suggestion("corruption", "Corruption", score.score(), Suggestion.reason(score), null);
    }

    @Test
    void aScoresReasonKeepsItsSimilarLabelsAndWordsInOrder() {
        Suggestion s = suggested(List.of("I.22", "V.7"), List.of("corruption", "agent"));
        assertThat(s.reason().similar()).containsExactly("I.22", "V.7");
        assertThat(s.reason().words()).containsExactly("corruption", "agent");
        assertThat(s.reason().isEmpty()).isFalse();
    }

    @Test
    void theEnglishTextLeavesOutAnEmptyPart() {
        assertThat(suggested(List.of("I.22", "V.7"), List.of("corruption")).reasonText())
                .isEqualTo("similar to I.22, V.7; words: corruption");
        assertThat(suggested(List.of("I.22"), List.of()).reasonText()).isEqualTo("similar to I.22");
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
        List<String> similar = new ArrayList<>(List.of("I.22"));
        Suggestion.Reason r = new Suggestion.Reason(similar, List.of());
        similar.add("V.7");
        assertThat(r.similar()).containsExactly("I.22");
        assertThatThrownBy(() -> new Suggestion("corruption", "Corruption", 0.5, (Suggestion.Reason) null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
