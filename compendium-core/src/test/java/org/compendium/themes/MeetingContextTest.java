package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A meeting's decided provisions and a provision's neighbours add to its scores as the weights say. */
class MeetingContextTest {
    private static final boolean[][] DECIDED = {{true, false}, {true, true}};
    private static final double[][] SCORES = {{0.1, 0.2}, {0.3, 0.4}};

    @Test
    void noContextLeavesScoresAlone() {
        assertThat(MeetingContext.NONE.adjust(DECIDED, SCORES)).isDeepEqualTo(SCORES);
    }

    @Test
    void thePriorAddsTheShareOfDecidedProvisionsWithTheTheme() {
        double[][] out = new MeetingContext(0.5, 0).adjust(DECIDED, SCORES);
        // theme 0 on both decided provisions (share 1), theme 1 on one of two (share 0.5)
        assertThat(out[0][0]).isCloseTo(0.1 + 0.5, offset(1e-12));
        assertThat(out[0][1]).isCloseTo(0.2 + 0.25, offset(1e-12));
        assertThat(out[1][1]).isCloseTo(0.4 + 0.25, offset(1e-12));
    }

    @Test
    void neighboursAddTheDecidedThemesOrTheScoresNextToAProvision() {
        double[][] out = new MeetingContext(0, 0.2).adjust(DECIDED, SCORES);
        // provision 2 (first undecided): neighbours 1 (decided: 1, 1) and 3 (scored 0.3, 0.4)
        assertThat(out[0][0]).isCloseTo(0.1 + 0.2 * (1 + 0.3) / 2, offset(1e-12));
        assertThat(out[0][1]).isCloseTo(0.2 + 0.2 * (1 + 0.4) / 2, offset(1e-12));
        // provision 3 (last): one neighbour, provision 2, as scored
        assertThat(out[1][0]).isCloseTo(0.3 + 0.2 * 0.1, offset(1e-12));
    }

    @Test
    void nothingDecidedMeansNoPrior() {
        double[][] out = new MeetingContext(0.5, 0).adjust(new boolean[0][2], SCORES);
        assertThat(out).isDeepEqualTo(SCORES);
    }

    @Test
    void meetingDecisionsRefuseMoreProvisionsWithAThemeThanDecided() {
        assertThat(new MeetingDecisions(3, Map.of("fraude", 2)).with("fraude")).isEqualTo(2);
        assertThat(new MeetingDecisions(3, Map.of("fraude", 2)).with("medias")).isZero();
        assertThatThrownBy(() -> new MeetingDecisions(1, Map.of("fraude", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraude");
    }
}
