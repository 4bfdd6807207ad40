package org.compendium.themes;

import java.util.List;
import org.compendium.model.Theme;

/** A manual tuning run (not a test): prints leave-one-meeting-out figures over a grid of settings. */
final class TuneThemes {
    private TuneThemes() {
    }

    public static void main(String[] args) {
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        List<Theme> themes = r.themes();
        TrainingSet set = TrainingSet.of(SeedCompendium.COMPENDIUM, r.links());
        for (boolean grams : new boolean[] {false, true}) {
            for (double blend : new double[] {0.0, 0.3, 0.5, 0.7, 1.0}) {
              for (double label : new double[] {0.0, 0.2, 0.3, 0.4}) {
                for (int k : new int[] {5, 10, 20}) {
                    long t0 = System.nanoTime();
                    var settings = new ThemeClassifier.Settings(k, blend, label, 30, 0.5, 1e-4, grams, 42L);
                    var rankings = LeaveOneGroupOut.rankings(themes, set, settings);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    double best = 0;
                    String bestSel = "";
                    Evaluation bestEval = null;
                    for (double ratio : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
                        for (double min : new double[] {0.05, 0.1, 0.15, 0.2, 0.3}) {
                            for (int max : new int[] {3, 5, 8}) {
                                Evaluation e = Evaluation.of(themes.stream().map(Theme::id).toList(), set.examples(), rankings, new Selection(ratio, min, max));
                                if (e.micro().f1() > best) {
                                    best = e.micro().f1();
                                    bestSel = ratio + "/" + min + "/" + max;
                                    bestEval = e;
                                }
                            }
                        }
                    }
                    System.out.printf("grams=%s blend=%.1f label=%.1f k=%d %dms  best %s micro %s macro %s r@5 %.4f%n", grams, blend, label, k, ms,
                            bestSel, bestEval.micro(), bestEval.macro(), bestEval.recallAt5());
                }
              }
            }
        }
    }
}
