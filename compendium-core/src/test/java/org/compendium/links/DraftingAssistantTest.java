package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compendium.links.DraftingAssistant.DraftAnswer;
import org.compendium.links.DraftingAssistant.DraftMatch;
import org.compendium.links.WordDiff.Change;
import org.junit.jupiter.api.Test;

/** The drafting assistant on the five seeds, ingested and indexed. */
class DraftingAssistantTest {
    private final DraftingAssistant assistant = new DraftingAssistant(SeedLinks.search());

    @Test
    void aResolutionParagraphWithThreeWordsChangedComesBackFirstWithExactlyThoseThreeChanges() {
        String adopted = SeedLinks.text(SeedCitations.RES_11_5_OP_16);
        String draft = replaceOnce(replaceOnce(replaceOnce(adopted, "réaliser", "conduire"), "étude", "analyse"),
                "meilleures", "bonnes");
        DraftAnswer answer = assistant.closest(draft, 5);
        assertThat(answer.identical()).isEmpty();
        DraftMatch first = answer.matches().getFirst();
        assertThat(first.provision().citation().toString()).isEqualTo(SeedCitations.RES_11_5_OP_16);
        assertThat(first.diff().changes()).containsExactly(new Change("réaliser", "conduire"),
                new Change("étude", "analyse"), new Change("meilleures", "bonnes"));
        assertThat(first.provision().verb()).isEqualTo("prie");
        assertThat(first.provision().session()).isEqualTo(11);
        assertThat(first.alignment()).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(answer.matches()).hasSize(5);
        assertThat(answer.matches()).isSortedAccordingTo((x, y) -> Double.compare(y.alignment(), x.alignment()));
    }

    @Test
    void aWorkingGroupRecommendationPastedAsTextFindsTheResolutionParagraphThatAdoptedIt() {
        DraftAnswer answer = assistant.closest(SeedLinks.text(SeedCitations.WG7_2012_REC_20), 5);
        assertThat(answer.identical()).extracting(m -> m.provision().citation().toString())
                .containsExactly(SeedCitations.WG7_2012_REC_20);
        assertThat(answer.matches().getFirst().provision().citation().toString()).isEqualTo(SeedCitations.RES_6_3_OP_3);
        assertThat(answer.matches()).noneMatch(m -> m.diff().identical());
    }

    @Test
    void leavingOutTheCandidatesWhoseBoundCannotReachTheAnswerChangesNothing() {
        for (String citation : new String[] {SeedCitations.RES_11_5_OP_16, SeedCitations.WG7_2012_REC_20, SeedCitations.RES_6_3_OP_3}) {
            String draft = SeedLinks.text(citation).replace(" de ", " du ");
            var all = assistant.closest(draft, DraftingAssistant.CANDIDATES).matches();
            var five = assistant.closest(draft, 5).matches();
            assertThat(five).extracting(m -> m.provision().citation() + " " + m.alignment())
                    .containsExactlyElementsOf(all.subList(0, 5).stream().map(m -> m.provision().citation() + " " + m.alignment()).toList());
        }
    }

    @Test
    void aBlankOrOverlongDraftOrABadLimitIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> assistant.closest("  \n", 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paste the paragraph");
        assertThatThrownBy(() -> assistant.closest("x".repeat(DraftingAssistant.MAX_DRAFT_CHARS + 1), 5))
                .hasMessageContaining("one paragraph at a time");
        assertThatThrownBy(() -> assistant.closest("traite", 0)).hasMessageContaining("between 1 and 50");
    }

    @Test
    void aDraftWithNoWordOfTheCorpusFindsNothing() {
        assertThat(assistant.closest("zzzq xxyq", 5).matches()).isEmpty();
    }

    private static String replaceOnce(String text, String word, String by) {
        int at = text.indexOf(word);
        assertThat(at).as(word + " in the adopted text").isNotNegative();
        assertThat(text.indexOf(word, at + 1)).as(word + " occurs once").isNegative();
        return text.substring(0, at) + by + text.substring(at + word.length());
    }
}
