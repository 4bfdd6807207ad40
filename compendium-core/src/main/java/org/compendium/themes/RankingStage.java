package org.compendium.themes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment (issue 14, ninth pass): a ranking of the themes apart from the predicted ones, the calibrated
 * probability plus {@code ρ} times a second signal, {@code ρ} chosen by the inner folds for the best inner recall@5 +
 * recall@10 (the predicted themes, threshold and maximum stay those of the probabilities). Signals
 * ({@code -Dthemes.rank=NAME}): {@code label} (the label match), {@code labelRank} (1 / (1 + the theme's rank by the
 * label match)), {@code prior} (the theme's training frequency over the largest), {@code knn} (of the 10 training
 * examples of other meetings most like the text, the share of their kernel carried by those with the theme).
 */
final class RankingStage {
    /** The signal named by {@code -Dthemes.rank}, or null. */
    static final String SIGNAL = System.getProperty("themes.rank");
    /** The weights the inner folds choose among. */
    static final double[] WEIGHTS = Arrays.stream(System.getProperty("themes.rankWeights", "0,0.05,0.1,0.2,0.3,0.5")
            .split(",")).mapToDouble(Double::parseDouble).toArray();

    private RankingStage() {
    }

    /** The second signal of example {@code i} for every theme, its neighbours the training examples not of its group. */
    static double[] signal(ThemeKernel kernel, int i, boolean[] training, int[] groups, List<Set<Integer>> gold,
                           double[] means, double[] p) {
        int themes = kernel.themes();
        double[] f = new double[themes];
        switch (SIGNAL) {
            case "label" -> f = kernel.labelMatch(i).clone();
            case "labelRank" -> {
                Integer[] order = InnerSelection.ranking(kernel.labelMatch(i));
                for (int r = 0; r < themes; r++) {
                    f[order[r]] = kernel.labelMatch(i)[order[r]] > 0 ? 1.0 / (1 + r) : 0;
                }
            }
            case "prior" -> {
                double max = Arrays.stream(means).max().orElse(1);
                for (int t = 0; t < themes; t++) {
                    f[t] = means[t] / max;
                }
            }
            case "family" -> {
                int[] parent = kernel.parentOf;
                for (int t = 0; t < themes; t++) {
                    for (int u = 0; u < themes; u++) {
                        if (u != t && (parent[t] == u || parent[u] == t || (parent[t] >= 0 && parent[t] == parent[u]))) {
                            f[t] = Math.max(f[t], p[u]);
                        }
                    }
                }
            }
            case "together" -> {
                int[] count = new int[themes];
                int[][] both = new int[themes][themes];
                for (int j = 0; j < training.length; j++) {
                    if (training[j] && groups[j] != groups[i]) {
                        for (int u : gold.get(j)) {
                            count[u]++;
                            for (int t : gold.get(j)) {
                                both[u][t]++;
                            }
                        }
                    }
                }
                Integer[] order = InnerSelection.ranking(p);
                for (int r = 0; r < 3; r++) {
                    int u = order[r];
                    for (int t = 0; t < themes && count[u] > 0; t++) {
                        if (t != u) {
                            f[t] += p[u] * both[u][t] / (double) count[u];
                        }
                    }
                }
            }
            case "bodyPrior" -> {
                double[] b = kernel.bodyPrior(i);
                double max = Arrays.stream(b).max().orElse(1);
                for (int t = 0; t < themes; t++) {
                    f[t] = b[t] / max;
                }
            }
            case "knn" -> {
                Integer[] js = java.util.stream.IntStream.range(0, training.length)
                        .filter(j -> training[j] && groups[j] != groups[i]).boxed().toArray(Integer[]::new);
                double[] k = new double[js.length];
                for (int a = 0; a < js.length; a++) {
                    k[a] = kernel.kernel(i, js[a], 0);
                }
                Integer[] order = new Integer[js.length];
                for (int a = 0; a < js.length; a++) {
                    order[a] = a;
                }
                Arrays.sort(order, (x, y) -> k[x] != k[y] ? Double.compare(k[y], k[x]) : Integer.compare(x, y));
                double total = 0;
                for (int r = 0; r < Math.min(10, order.length); r++) {
                    double s = Math.max(0, k[order[r]]);
                    total += s;
                    for (int t : gold.get(js[order[r]])) {
                        f[t] += s;
                    }
                }
                for (int t = 0; t < themes && total > 0; t++) {
                    f[t] /= total;
                }
            }
            default -> throw new IllegalArgumentException("no ranking signal " + SIGNAL);
        }
        return f;
    }

    /**
     * Exploratory (tenth pass): the mean probability of each theme over the meeting's other scored provisions (their
     * texts only, no decision), over the largest mean: what the meeting as a whole is about.
     */
    static double[] meetingMean(double[][] meeting, int self) {
        int themes = meeting[self].length;
        double[] f = new double[themes];
        for (int j = 0; j < meeting.length; j++) {
            if (j != self) {
                for (int t = 0; t < themes; t++) {
                    f[t] += meeting[j][t] / (meeting.length - 1);
                }
            }
        }
        double max = Arrays.stream(f).max().orElse(0);
        for (int t = 0; t < themes && max > 0; t++) {
            f[t] /= max;
        }
        return f;
    }

    /** {@code p + rho f}. */
    static double[] ranked(double[] p, double[] f, double rho) {
        double[] r = p.clone();
        for (int t = 0; t < r.length; t++) {
            r[t] += rho * f[t];
        }
        return r;
    }

    /**
     * The weight of the second signal for the inner folds of {@code training} with the settings {@code choice}
     * chosen for k = 0: each training meeting held out in turn, its calibrated probabilities, the weight of
     * {@link #WEIGHTS} whose ranking puts most of its links among the first five and ten (the first on a tie).
     */
    static double choose(ThemeKernel kernel, boolean[] training, int[] groups, List<Set<Integer>> gold,
                         ThemeKernel.Design design, InnerSelection.Choice choice) {
        int themes = kernel.themes();
        int[] docs = InnerSelection.documents(training, themes, design.labelDocuments());
        int[] trainingExamples = Arrays.stream(docs).filter(d -> d < training.length).toArray();
        Map<Integer, List<Integer>> positions = new LinkedHashMap<>();
        for (int p = 0; p < trainingExamples.length; p++) {
            positions.computeIfAbsent(groups[trainingExamples[p]], x -> new ArrayList<>()).add(p);
        }
        double[] means = kernel.means(training, design.centred());
        ThemeKernel.Solution s = kernel.solve(docs, choice.fit(), means);
        List<double[]> probs = new ArrayList<>();
        List<double[]> signals = new ArrayList<>();
        List<Set<Integer>> truths = new ArrayList<>();
        for (List<Integer> group : positions.values()) {
            int[] pos = group.stream().mapToInt(Integer::intValue).toArray();
            double[][] rest = s.heldOut(pos);
            double[][] blended = new double[rest.length][];
            for (int j = 0; j < rest.length; j++) {
                blended[j] = choice.blended(rest[j], kernel.labelMatch(trainingExamples[pos[j]]));
            }
            double[][] adjusted = choice.context().adjust(new boolean[0][themes], blended);
            double[][] groupProbs = new double[rest.length][];
            for (int j = 0; j < rest.length; j++) {
                groupProbs[j] = choice.calibrated(adjusted[j]);
            }
            for (int j = 0; j < rest.length; j++) {
                int i = trainingExamples[pos[j]];
                probs.add(groupProbs[j]);
                signals.add("meeting".equals(SIGNAL) ? meetingMean(groupProbs, j)
                        : signal(kernel, i, training, groups, gold, means, probs.getLast()));
                truths.add(gold.get(i));
            }
        }
        double best = WEIGHTS[0];
        int bestHits = -1;
        for (double rho : WEIGHTS) {
            int hits = 0;
            for (int p = 0; p < probs.size(); p++) {
                Integer[] order = InnerSelection.ranking(ranked(probs.get(p), signals.get(p), rho));
                for (int r = 0; r < 10; r++) {
                    if (truths.get(p).contains(order[r])) {
                        hits += r < 5 ? 2 : 1;
                    }
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = rho;
            }
        }
        return best;
    }
}
