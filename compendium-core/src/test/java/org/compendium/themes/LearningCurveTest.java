package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The draws of a learning curve: fewer meetings, never the held-out one, the same for the same seed. */
class LearningCurveTest {
    @Test
    void eachHeldOutMeetingTrainsOnThatManyOtherMeetings() {
        List<Set<Integer>> trains = LearningCurve.draw(12, 5, new SplittableRandom(7));
        assertThat(trains).hasSize(12);
        for (int held = 0; held < 12; held++) {
            assertThat(trains.get(held)).hasSize(5).doesNotContain(held).allMatch(g -> g >= 0 && g < 12);
        }
    }

    @Test
    void drawsAreFixedBySeedAndDifferAcrossSeeds() {
        assertThat(LearningCurve.draw(12, 5, new SplittableRandom(7)))
                .isEqualTo(LearningCurve.draw(12, 5, new SplittableRandom(7)))
                .isNotEqualTo(LearningCurve.draw(12, 5, new SplittableRandom(8)));
    }

    @Test
    void theFullSizeIsEveryOtherMeeting() {
        List<Set<Integer>> trains = LearningCurve.draw(12, 11, new SplittableRandom(1));
        assertThat(trains.get(3)).hasSize(11).doesNotContain(3);
    }

    @Test
    void aLineThroughTheLogarithmOfTheMeetingsGivesTheMeetingsATargetNeeds() {
        // micro-F1 0.60 at 2 meetings, 0.62 at 4, 0.64 at 8: +0.02 a doubling, 0.70 at 64 meetings.
        List<LearningCurve.Point> points = List.of(point(2, 0.60), point(4, 0.62), point(8, 0.64));
        LearningCurve.LogFit fit = LearningCurve.LogFit.of(points, LearningCurve.Point::microF1);
        assertThat(fit.perDoubling()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fit.meetingsFor(0.70)).isCloseTo(64, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void sizesOutsideTwoToAllButOneAreRefused() {
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        TrainingSet set = TrainingSet.of(SeedCompendium.COMPENDIUM, r.links());
        assertThatThrownBy(() -> LearningCurve.run(r.themes(), ThemeWords.labelsOf(r.themes()), set,
                ThemeClassifier.Settings.DEFAULT, new int[] {12}, 1, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 to 11");
    }

    private static LearningCurve.Point point(int meetings, double f1) {
        NestedEvaluation.Interval i = new NestedEvaluation.Interval(f1, f1);
        return new LearningCurve.Point(meetings, 1, f1, f1, f1, 0, 0, List.of(i, i, i), new int[0][]);
    }
}
