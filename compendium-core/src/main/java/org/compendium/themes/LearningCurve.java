package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.compendium.model.Theme;

/**
 * The nested leave-one-meeting-out figures of the suggester trained on fewer meetings: for each held-out meeting the
 * model learns from {@code m} of the other meetings drawn at random (fixed seeds; every setting chosen by inner folds
 * over those {@code m} alone, as in {@link NestedEvaluation}), {@code repeats} draws per size; every meeting is held
 * out in turn at every size. How the figures grow with {@code m} says whether more indexed meetings would help: a
 * curve still rising at the full set asks for data, a flat one for something else.
 */
final class LearningCurve {
    /**
     * One size of the curve.
     *
     * @param meetings    meetings trained on, for each held-out meeting
     * @param draws       random draws of those meetings
     * @param microF1     micro-F1 of every held-out provision, counts summed over the draws
     * @param microF1Low  the lowest micro-F1 of one draw
     * @param microF1High the highest micro-F1 of one draw
     * @param recallAt5   recall@5, counts summed over the draws
     * @param recallAt10  recall@10, counts summed over the draws
     * @param intervals   95% bootstrap intervals over the held-out meetings (each meeting's counts summed over the
     *                    draws) of micro-F1, recall@5 and recall@10, in that order
     * @param pooled      each held-out meeting's counts summed over the draws: tp, fp, fn, hits@5, hits@10, links
     */
    record Point(int meetings, int draws, double microF1, double microF1Low, double microF1High, double recallAt5,
                 double recallAt10, List<NestedEvaluation.Interval> intervals, int[][] pooled) {
        Point {
            intervals = List.copyOf(intervals);
        }

        /** Micro-F1 (0), recall@5 (1) or recall@10 (2) of the held-out meetings weighted {@code weight[g]}. */
        double figure(int which, int[] weight) {
            int[] sum = new int[6];
            for (int g = 0; g < pooled.length; g++) {
                for (int x = 0; x < 6; x++) {
                    sum[x] += weight[g] * pooled[g][x];
                }
            }
            return figures(sum)[which];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%2d meetings, %d draws: micro-F1 %.4f %s (draws %.4f–%.4f)  "
                            + "recall@5 %.4f %s  recall@10 %.4f %s", meetings, draws, microF1, intervals.get(0),
                    microF1Low, microF1High, recallAt5, intervals.get(1), recallAt10, intervals.get(2));
        }
    }

    /**
     * A least-squares line {@code y = intercept + slope · ln m} through some points of the curve.
     *
     * @param perDoubling what doubling the meetings adds ({@code slope · ln 2})
     */
    record LogFit(double intercept, double slope, double perDoubling) {
        /** The meetings at which the line reaches {@code target}. */
        double meetingsFor(double target) {
            return Math.exp((target - intercept) / slope);
        }

        /**
         * The 95% bootstrap interval of what a doubling adds and of the meetings {@code target} needs: the held-out
         * meetings resampled (the same resample at every size), the line fitted again each time.
         */
        static List<NestedEvaluation.Interval> intervals(List<Point> points, int which, double target) {
            int groups = points.getFirst().pooled().length;
            SplittableRandom random = new SplittableRandom(NestedEvaluation.SEED);
            double[] doubling = new double[NestedEvaluation.BOOTSTRAP];
            double[] needed = new double[NestedEvaluation.BOOTSTRAP];
            for (int b = 0; b < doubling.length; b++) {
                int[] weight = new int[groups];
                for (int j = 0; j < groups; j++) {
                    weight[random.nextInt(groups)]++;
                }
                LogFit fit = of(points, p -> p.figure(which, weight));
                doubling[b] = fit.perDoubling();
                needed[b] = fit.slope() > 0 ? fit.meetingsFor(target) : Double.POSITIVE_INFINITY;
            }
            return List.of(percentiles(doubling), percentiles(needed));
        }

        static LogFit of(List<Point> points, ToDoubleFunction<Point> figure) {
            double mx = points.stream().mapToDouble(p -> Math.log(p.meetings())).average().orElse(0);
            double my = points.stream().mapToDouble(figure).average().orElse(0);
            double sxy = 0;
            double sxx = 0;
            for (Point p : points) {
                double dx = Math.log(p.meetings()) - mx;
                sxy += dx * (figure.applyAsDouble(p) - my);
                sxx += dx * dx;
            }
            double slope = sxy / sxx;
            return new LogFit(my - slope * mx, slope, slope * Math.log(2));
        }
    }

    private LearningCurve() {
    }

    /** The curve at each of {@code sizes} (the full size, every other meeting, has one draw). */
    static List<Point> run(List<Theme> vocabulary, ThemeWords words, TrainingSet set, ThemeClassifier.Settings settings,
                           int[] sizes, int repeats, long seed) {
        int groups = new LinkedHashSet<>(set.groups()).size();
        List<Point> out = new ArrayList<>();
        for (int m : sizes) {
            if (m < 2 || m > groups - 1) {
                throw new IllegalArgumentException("a learning curve over " + groups + " meetings trains on 2 to "
                        + (groups - 1) + " of them, not " + m);
            }
            int draws = m == groups - 1 ? 1 : repeats;
            double[] f1 = new double[draws];
            int[][] pooled = new int[groups][6];
            for (int r = 0; r < draws; r++) {
                List<Set<Integer>> trains = draw(groups, m, new SplittableRandom(seed + 1000L * m + r));
                NestedEvaluation.Result e = NestedEvaluation.run(vocabulary, words, set, new int[set.examples().size()],
                        settings.designs(), settings.grid(), (held, group) -> trains.get(held).contains(group));
                f1[r] = e.micro().f1();
                for (int g = 0; g < groups; g++) {
                    NestedEvaluation.MeetingFigures c = e.meetings().get(g);
                    int[] p = pooled[g];
                    p[0] += c.tp();
                    p[1] += c.fp();
                    p[2] += c.fn();
                    p[3] += c.hits5();
                    p[4] += c.hits10();
                    p[5] += c.links();
                }
            }
            int[] total = new int[6];
            for (int[] p : pooled) {
                for (int j = 0; j < 6; j++) {
                    total[j] += p[j];
                }
            }
            out.add(new Point(m, draws, figures(total)[0], Arrays.stream(f1).min().orElse(0),
                    Arrays.stream(f1).max().orElse(0), figures(total)[1], figures(total)[2], intervals(pooled), pooled));
        }
        return out;
    }

    /** For each held-out meeting, {@code m} of the other meetings, drawn without replacement. */
    static List<Set<Integer>> draw(int groups, int m, SplittableRandom random) {
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
            out.add(Set.copyOf(new HashSet<>(others.subList(0, m))));
        }
        return out;
    }

    /** Micro-F1, recall@5 and recall@10 of counts {@code tp, fp, fn, hits5, hits10, links}. */
    private static double[] figures(int[] c) {
        return new double[] {new Evaluation.ThemeCounts(c[0], c[1], c[2]).figures().f1(),
                c[5] == 0 ? 0 : c[3] / (double) c[5], c[5] == 0 ? 0 : c[4] / (double) c[5]};
    }

    /** 95% bootstrap intervals over held-out meetings ({@code pooled[g]}: their counts), as in NestedEvaluation. */
    private static List<NestedEvaluation.Interval> intervals(int[][] pooled) {
        SplittableRandom random = new SplittableRandom(NestedEvaluation.SEED);
        double[][] v = new double[3][NestedEvaluation.BOOTSTRAP];
        for (int b = 0; b < NestedEvaluation.BOOTSTRAP; b++) {
            int[] sum = new int[6];
            for (int j = 0; j < pooled.length; j++) {
                int[] p = pooled[random.nextInt(pooled.length)];
                for (int x = 0; x < 6; x++) {
                    sum[x] += p[x];
                }
            }
            double[] f = figures(sum);
            for (int x = 0; x < 3; x++) {
                v[x][b] = f[x];
            }
        }
        List<NestedEvaluation.Interval> out = new ArrayList<>();
        for (double[] s : v) {
            out.add(percentiles(s));
        }
        return out;
    }

    /** The 2.5th and 97.5th percentiles of {@code v} (sorted in place). */
    private static NestedEvaluation.Interval percentiles(double[] v) {
        Arrays.sort(v);
        return new NestedEvaluation.Interval(v[(int) Math.floor(0.025 * (v.length - 1))],
                v[(int) Math.ceil(0.975 * (v.length - 1))]);
    }
}
