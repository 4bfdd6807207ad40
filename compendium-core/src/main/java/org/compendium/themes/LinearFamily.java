package org.compendium.themes;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;

/**
 * A second model family for an ensemble with kernel ridge: one-vs-rest L2-regularised logistic regression
 * (liblinear's primal trust-region Newton solver, deterministic) on the kernel's own feature vectors, stems and
 * bigrams {@code √(1 − c)} and character n-grams {@code √c} side by side, so a dot product is the text kernel; label
 * documents are training rows like examples. Its probability is mixed into the regression score before the label
 * blend ({@link NestedEvaluation}).
 */
final class LinearFamily {
    private final Feature[][] rows;
    private final int features;
    private final int themes;
    private final List<java.util.Set<Integer>> targets;
    private final int examples;
    private final double c;

    LinearFamily(ThemeKernel kernel, List<java.util.Set<Integer>> gold, double c) {
        this.examples = kernel.examples();
        this.themes = kernel.themes();
        this.targets = gold;
        this.c = c;
        int words = kernel.wordSpace().size();
        this.features = words + kernel.charFeatures();
        int n = examples + themes;
        double ws = Math.sqrt(kernel.wordShare());
        double cs = Math.sqrt(1 - kernel.wordShare());
        rows = new Feature[n][];
        for (int d = 0; d < n; d++) {
            List<Feature> row = new ArrayList<>();
            SparseVector w = kernel.words(d);
            for (int j = 0; j < w.ids().length; j++) {
                row.add(new FeatureNode(w.ids()[j] + 1, ws * w.values()[j]));
            }
            if (cs > 0) {
                SparseVector ch = kernel.chars(d);
                for (int j = 0; j < ch.ids().length; j++) {
                    row.add(new FeatureNode(words + ch.ids()[j] + 1, cs * ch.values()[j]));
                }
            }
            rows[d] = row.toArray(Feature[]::new);
        }
    }

    /** Each of {@code test}'s probability of every theme, by models fitted on documents {@code train}. */
    double[][] probabilities(int[] train, int[] test) {
        Linear.disableDebugOutput();
        double[][] out = new double[test.length][themes];
        Problem problem = new Problem();
        problem.l = train.length;
        problem.n = features;
        problem.bias = 1;
        problem.x = new Feature[train.length][];
        for (int i = 0; i < train.length; i++) {
            problem.x[i] = rows[train[i]];
        }
        for (int t = 0; t < themes; t++) {
            double[] y = new double[train.length];
            boolean any = false;
            for (int i = 0; i < train.length; i++) {
                int d = train[i];
                boolean positive = d < examples ? targets.get(d).contains(t) : d - examples == t;
                y[i] = positive ? 1 : 0;
                any |= positive;
            }
            if (!any) {
                continue;
            }
            problem.y = y;
            Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.01);
            parameter.setRandom(new java.util.Random(0));
            Model model = Linear.train(problem, parameter);
            int positive = model.getLabels()[0] == 1 ? 0 : 1;
            double[] p = new double[2];
            for (int j = 0; j < test.length; j++) {
                Linear.predictProbability(model, rows[test[j]], p);
                out[j][t] = p[positive];
            }
        }
        return out;
    }
}
