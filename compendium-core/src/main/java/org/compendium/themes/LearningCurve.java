package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.compendium.model.Theme;

/**
 * The nested leave-one-meeting-out figures of the suggester trained on fewer meetings: for each held-out meeting, the
 * model (every setting chosen by inner folds over the meetings it trains on, as in {@link NestedEvaluation}) learns
 * from {@code m} of the other meetings drawn at random (fixed seeds), {@code repeats} draws per size; the held-out
 * meetings are always all of them. How the figures grow with {@code m} says whether more indexed meetings would
 * help: a curve still rising steeply at the full set asks for data, a flat one for something else.
 */
final class LearningCurve {
    /**
     * One size of the curve.
     *
     * @param meetings   meetings trained on, for each held-out meeting
     * @param repeats    random draws of those meetings
     * @param microF1    the mean over draws of micro-F1 (every held-out meeting's provisions)
     * @param microF1Low the lowest of the draws
     * @param microF1High the highest of the draws
     * @param interval   95% bootstrap interval of micro-F1 over the held-out meetings (their counts summed over draws)
     * @param recallAt5  mean recall@5 over draws
     * @param recallAt10 mean recall@10 over draws
     */
    record Point(int meetings, int repeats, double microF1, double microF1Low, double microF1High,
                 NestedEvaluation.Interval interval, double recallAt5, double recallAt10) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%2d meetings (%d draws): micro-F1 %.4f (draws %.4f–%.4f, 95%% CI %s)"
                            + "  recall@5 %.4f  recall@10 %.4f", meetings, repeats, microF1, microF1Low, microF1High,
                    interval, recallAt5, recallAt10);
        }
    }

    private LearningCurve() {
    }

    /** The curve at each of {@code sizes} (the full size, every other meeting, is drawn once). */
    static List<Point> run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, ThemeClassifier.Settings settings,
                           int[] sizes, int repeats, long seed) {
        int groups = new LinkedHashSet<>(set.groups()).size();
        List<Point> out = new ArrayList<>();
        for (int m : sizes) {
            if (m < 2 || m > groups - 1) {
                throw new IllegalArgumentException("a learning curve trains on 2 to " + (groups - 1) + " meetings, not " + m);
            }
            int draws = m == groups - 1 ? 1 : repeats;
            double[] f1 = new double[draws];
            double r5 = 0;
            double r10 = 0;
            int[][] pooled = new int[groups][6];
            for (int r = 0; r < draws; r++) {
                List<Set<Integer>> trains = draw(groups, m, new SplittableRandom(seed + 1000L * m + r));
                NestedEvaluation.Result e = NestedEvaluation.run(vocabulary, words, set, new int[set.examples().size()],
                        List.of(settings.design()), settings.grid(), (held, group) -> trains.get(held).contains(group));
                f1[r] = e.micro().f1();
                r5 += e.recallAt5() / draws;
                r10 += e.recallAt10() / draws;
                for (int g = 0; g < groups; g++) {
                    NestedEvaluation.MeetingFigures c = e.meetings().get(g);
                    int[] p = pooled[g];
                    p[0] += c.tp();
                    p[1] += c.fp();
                    p[2] += c.fn();
                }
            }
            out.add(new Point(m, draws, Arrays.stream(f1).average().orElse(0), Arrays.stream(f1).min().orElse(0),
                    Arrays.stream(f1).max().orElse(0), interval(pooled), r5, r10));
        }
        return out;
    }

    /** For each held-out meeting, {@code m} of the other meetings, drawn without replacement. */
    private static List<Set<Integer>> draw(int groups, int m, SplittableRandom random) {
        List<Set<Integer>> out = new ArrayList<>();
        for (int held = 0; held < groups; held++) {
            List<Integer> others = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                if (g != held) {
                    others.add(g);
                }
            }
            for (int i = others.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                others.set(j, others.set(i, others.get(j)));
            }
            out.add(new HashSet<>(others.subList(0, m)));
        }
        return out;
    }

    /** The 95% bootstrap interval of micro-F1 over held-out meetings ({@code pooled[g]}: tp, fp, fn). */
    private static NestedEvaluation.Interval interval(int[][] pooled) {
        SplittableRandom random = new SplittableRandom(NestedEvaluation.SEED);
        double[] v = new double[NestedEvaluation.BOOTSTRAP];
        for (int b = 0; b < v.length; b++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int j = 0; j < pooled.length; j++) {
                int[] p = pooled[random.nextInt(pooled.length)];
                tp += p[0];
                fp += p[1];
                fn += p[2];
            }
            v[b] = new Evaluation.ThemeCounts(tp, fp, fn).figures().f1();
        }
        Arrays.sort(v);
        return new NestedEvaluation.Interval(v[(int) Math.floor(0.025 * (v.length - 1))],
                v[(int) Math.ceil(0.975 * (v.length - 1))]);
    }
}
