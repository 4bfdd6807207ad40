package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Isotonic calibration: pooled violators, interpolation between blocks, a rare theme drawn to the pooled curve. */
class IsotonicCalibrationTest {
    @Test
    void probabilitiesMatchEachScoresFrequencyAndAreInterpolatedBetween() {
        // Score 0.8: right 3 times in 4; score 0.2: right 1 time in 4.
        double[][] scores = {{0.8}, {0.8}, {0.8}, {0.8}, {0.2}, {0.2}, {0.2}, {0.2}};
        boolean[][] gold = {{true}, {true}, {true}, {false}, {true}, {false}, {false}, {false}};
        Calibration c = new Calibration.Isotonic(5).fit(scores, gold);
        assertThat(c.probability(0, 0.8)).isCloseTo(0.75, within(1e-4));
        assertThat(c.probability(0, 0.2)).isCloseTo(0.25, within(1e-4));
        assertThat(c.probability(0, 0.5)).isCloseTo(0.5, within(1e-4));
        assertThat(c.probability(0, 2.0)).isCloseTo(0.75, within(1e-4));
    }

    @Test
    void scoresOutOfOrderArePooledSoTheCurveNeverFalls() {
        // A positive at 0.1 and a negative at 0.2 violate the order: pooled into one block of 0.5.
        double[][] scores = {{0.1}, {0.2}, {0.9}};
        boolean[][] gold = {{true}, {false}, {true}};
        Calibration c = new Calibration.Isotonic(1).fit(scores, gold);
        assertThat(c.probability(0, 0.1)).isCloseTo(0.5, within(1e-4));
        assertThat(c.probability(0, 0.15)).isCloseTo(0.5, within(1e-4));
        assertThat(c.probability(0, 0.9)).isGreaterThan(c.probability(0, 0.5));
    }

    @Test
    void aThemeWithFewPositivesLeansOnThePooledCurveAndTiesFollowTheScore() {
        // Theme 0: many examples, right at high scores; theme 1: one positive, at a low score.
        double[][] scores = new double[20][];
        boolean[][] gold = new boolean[20][];
        for (int i = 0; i < 20; i++) {
            scores[i] = new double[] {i / 20.0, i / 20.0};
            gold[i] = new boolean[] {i >= 10, i == 2};
        }
        Calibration c = new Calibration.Isotonic(5).fit(scores, gold);
        // Theme 1's own curve puts 0.95 at 1/18; the pooled one (half of its pairs right up there) lifts it, and
        // theme 0, whose ten positives weigh more than the pooled curve, stays above it.
        assertThat(c.probability(1, 0.95)).isGreaterThan(0.3).isLessThan(c.probability(0, 0.95));
        // Below every positive both curves are flat at 0: the higher score still ranks first.
        assertThat(c.probability(0, 0.05)).isLessThan(0.01).isGreaterThan(c.probability(0, 0.0));
    }
}
