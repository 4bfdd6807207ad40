package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Per-theme counts and recall@5/@10 hits of some predicted provisions. */
final class FoldCounts {
    final int[] tp;
    final int[] fp;
    final int[] fn;
    int hits5;
    int hits10;
    int gold;
    int provisions;
    /** The sum of the probabilities of the predicted themes. */
    double predictedProbability;

    FoldCounts(int themes) {
        tp = new int[themes];
        fp = new int[themes];
        fn = new int[themes];
    }

    /** Counts one provision's predictions; returns the predicted themes, best first. */
    List<Integer> add(double[] p, Set<Integer> truth, double threshold, int max) {
        Integer[] order = InnerSelection.ranking(p);
        boolean[] predicted = new boolean[p.length];
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < order.length && r < max; r++) {
            if (r > 0 && p[order[r]] < threshold) {
                break;
            }
            predicted[order[r]] = true;
            predictedProbability += p[order[r]];
            out.add(order[r]);
        }
        for (int t = 0; t < p.length; t++) {
            if (predicted[t]) {
                if (truth.contains(t)) {
                    tp[t]++;
                } else {
                    fp[t]++;
                }
            } else if (truth.contains(t)) {
                fn[t]++;
            }
        }
        for (int r = 0; r < Math.min(10, order.length); r++) {
            if (truth.contains(order[r])) {
                hits10++;
                if (r < 5) {
                    hits5++;
                }
            }
        }
        gold += truth.size();
        provisions++;
        return out;
    }

    void addAll(FoldCounts o) {
        for (int t = 0; t < tp.length; t++) {
            tp[t] += o.tp[t];
            fp[t] += o.fp[t];
            fn[t] += o.fn[t];
        }
        hits5 += o.hits5;
        hits10 += o.hits10;
        gold += o.gold;
        provisions += o.provisions;
        predictedProbability += o.predictedProbability;
    }

    Evaluation.Figures micro() {
        return new Evaluation.ThemeCounts(Arrays.stream(tp).sum(), Arrays.stream(fp).sum(),
                Arrays.stream(fn).sum()).figures();
    }

    Evaluation.Figures macro() {
        double p = 0;
        double r = 0;
        double f = 0;
        int count = 0;
        for (int t = 0; t < tp.length; t++) {
            if (tp[t] + fp[t] + fn[t] > 0) {
                Evaluation.Figures x = new Evaluation.ThemeCounts(tp[t], fp[t], fn[t]).figures();
                p += x.precision();
                r += x.recall();
                f += x.f1();
                count++;
            }
        }
        return count == 0 ? new Evaluation.Figures(0, 0, 0)
                : new Evaluation.Figures(p / count, r / count, f / count);
    }

    double recallAt5() {
        return gold == 0 ? 0 : hits5 / (double) gold;
    }

    /** The mean probability of the predicted themes: calibrated, it is close to their precision. */
    double meanProbability() {
        int predicted = Arrays.stream(tp).sum() + Arrays.stream(fp).sum();
        return predicted == 0 ? 0 : predictedProbability / predicted;
    }

    double recallAt10() {
        return gold == 0 ? 0 : hits10 / (double) gold;
    }
}
