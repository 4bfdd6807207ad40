package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.compendium.bench.Regressions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Suggestion quality on the seed compendium, by nested leave-one-meeting-out, the themes worded by their labels and the
 * built-in keyword list ({@link KeywordList#BUILT_IN}), stays exactly at the figures recorded in
 * {@code regressions.properties} (section themes): a drop fails, and so does a rise that is not recorded there.
 */
class ThemeFiguresTest {
    private static IndexImport.Result imported;
    private static NestedEvaluation.Result result;

    @BeforeAll
    static void evaluate() {
        imported = SeedEvaluation.IMPORTED;
        result = SeedEvaluation.RESULT;
    }

    @Test
    void theIndexImportsTheRecordedThemesAndLinks() {
        Regressions.assertCount("themes.import.themes", imported.themes().size());
        Regressions.assertCount("themes.import.links", imported.links().size());
        Regressions.assertCount("themes.nested.provisions", result.provisions());
    }

    @Test
    void nestedLeaveOneMeetingOutFiguresAreTheRecordedOnes() {
        Regressions.assertRatio("themes.nested.micro.precision", result.micro().precision());
        Regressions.assertRatio("themes.nested.micro.recall", result.micro().recall());
        Regressions.assertRatio("themes.nested.micro.f1", result.micro().f1());
        Regressions.assertRatio("themes.nested.macro.f1", result.macro().f1());
        Regressions.assertRatio("themes.nested.recallAt5", result.recallAt5());
        Regressions.assertRatio("themes.nested.recallAt10", result.recallAt10());
    }

    @Test
    void theHeldOutMeetingsCountsAddUpToTheFigures() {
        // What a bootstrap over meetings resamples: one count per held-out meeting, summing to the whole.
        assertThat(result.meetings()).hasSize(12);
        int tp = result.meetings().stream().mapToInt(NestedEvaluation.MeetingFigures::tp).sum();
        int fp = result.meetings().stream().mapToInt(NestedEvaluation.MeetingFigures::fp).sum();
        int fn = result.meetings().stream().mapToInt(NestedEvaluation.MeetingFigures::fn).sum();
        int links = result.meetings().stream().mapToInt(NestedEvaluation.MeetingFigures::links).sum();
        int hits5 = result.meetings().stream().mapToInt(NestedEvaluation.MeetingFigures::hits5).sum();
        assertThat(new Evaluation.ThemeCounts(tp, fp, fn).figures()).isEqualTo(result.micro());
        assertThat(links).isEqualTo(Integer.parseInt(Regressions.get("themes.import.links")));
        assertThat(hits5 / (double) links).isEqualTo(result.recallAt5());
    }

    @Test
    void calibratedProbabilitiesOfPredictedThemesAreCloseToTheirPrecision() {
        Regressions.assertRatio("themes.nested.meanProbability", result.meanProbability());
        assertThat(result.meanProbability()).isCloseTo(result.micro().precision(), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void bootstrapIntervalsAreTheRecordedOnesAndHoldTheirFigure() {
        Map<String, Double> figures = Map.of("micro.f1", result.micro().f1(), "macro.f1", result.macro().f1(),
                "recallAt5", result.recallAt5(), "recallAt10", result.recallAt10());
        result.intervals().forEach((key, interval) -> {
            Regressions.assertRatio("themes.nested." + key + ".low", interval.low());
            Regressions.assertRatio("themes.nested." + key + ".high", interval.high());
            assertThat(figures.get(key)).as(key).isBetween(interval.low(), interval.high());
        });
    }

    @Test
    void theEditorsCurveIsTheRecordedOne() {
        result.curve().forEach((k, f) -> Regressions.assertRatio("themes.nested.curve.k" + k, f.f1()));
        result.sameSet().forEach((k, f) -> Regressions.assertRatio("themes.nested.curve.sameSet.k" + k, f.f1()));
        // k = 0 reveals nothing: the curve starts at the main figure.
        assertThat(result.curve().get(0).f1()).isEqualTo(result.micro().f1());
    }

    @Test
    void theBoundsOfWhatRevealedThemesAndAKnownThemeCountCouldAddAreTheRecordedOnes() {
        result.revealedBound().forEach((k, f) -> {
            Regressions.assertRatio("themes.nested.bound.revealed.k" + k, f.f1());
            // An oracle adding the right revealed themes never scores below the predictions it starts from.
            assertThat(f.f1()).as("k=" + k).isGreaterThanOrEqualTo(result.curve().get(k).f1());
        });
        // Nothing revealed, nothing added.
        assertThat(result.revealedBound().get(0).f1()).isEqualTo(result.micro().f1());
        Regressions.assertRatio("themes.nested.bound.count", result.countBound().f1());
        // With as many themes predicted as there are, precision and recall are one figure.
        assertThat(result.countBound().precision()).isEqualTo(result.countBound().recall());
    }

    @Test
    void theCurvesRiseAtFourRevealedAndTheOraclesWithTheirIntervalsAreTheRecordedOnes() {
        NestedEvaluation.CurveRise rise = result.rise(4);
        Regressions.assertRatio("themes.nested.curve.rise.k4", rise.model());
        Regressions.assertRatio("themes.nested.curve.rise.k4.low", rise.modelInterval().low());
        Regressions.assertRatio("themes.nested.curve.rise.k4.high", rise.modelInterval().high());
        Regressions.assertRatio("themes.nested.bound.revealed.rise.k4", rise.oracle());
        Regressions.assertRatio("themes.nested.bound.revealed.rise.k4.low", rise.oracleInterval().low());
        Regressions.assertRatio("themes.nested.bound.revealed.rise.k4.high", rise.oracleInterval().high());
        Regressions.assertRatio("themes.nested.bound.revealed.shortOfTarget.k4", rise.oracleShortOfTarget());
        // The rises are the curve's own differences, each inside its interval; the oracle only adds right themes.
        assertThat(rise.model()).isCloseTo(result.curve().get(4).f1() - result.curve().get(0).f1(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(rise.oracle()).isCloseTo(result.revealedBound().get(4).f1() - result.curve().get(0).f1(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(rise.model()).isBetween(rise.modelInterval().low(), rise.modelInterval().high());
        assertThat(rise.oracle()).isBetween(rise.oracleInterval().low(), rise.oracleInterval().high())
                .isGreaterThanOrEqualTo(rise.model());
    }

    @Test
    void everySettingWasChosenForEachHeldOutMeetingAndPrefix() {
        assertThat(result.choices()).hasSize(12 * NestedEvaluation.CURVE.length);
    }
}
