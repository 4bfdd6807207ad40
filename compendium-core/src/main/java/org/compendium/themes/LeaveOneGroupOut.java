package org.compendium.themes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.compendium.model.Theme;

/**
 * Leave-one-meeting-out cross-validation: for each meeting (and each COP session) of a training set, trains on all
 * the others and ranks that one's provisions, as a new meeting's recommendations would be ranked.
 */
public final class LeaveOneGroupOut {
    private LeaveOneGroupOut() {
    }

    /** The ranking of every example by a classifier that never saw its group, in the training set's order. */
    public static List<List<ThemeClassifier.Score>> rankings(List<Theme> themes, TrainingSet set,
                                                             ThemeClassifier.Settings settings) {
        List<List<ThemeClassifier.Score>> out = new ArrayList<>();
        for (int i = 0; i < set.examples().size(); i++) {
            out.add(null);
        }
        for (String group : new LinkedHashSet<>(set.groups())) {
            List<ThemeClassifier.Example> train = new ArrayList<>();
            for (int i = 0; i < set.examples().size(); i++) {
                if (!set.groups().get(i).equals(group)) {
                    train.add(set.examples().get(i));
                }
            }
            ThemeClassifier c = ThemeClassifier.train(themes, train, settings);
            for (int i = 0; i < set.examples().size(); i++) {
                if (set.groups().get(i).equals(group)) {
                    out.set(i, c.rank(set.examples().get(i).text()));
                }
            }
        }
        return out;
    }

    /** Cross-validates and scores with {@code selection}. */
    public static Evaluation evaluate(List<Theme> themes, TrainingSet set, ThemeClassifier.Settings settings,
                                      Selection selection) {
        return Evaluation.of(themes.stream().map(Theme::id).toList(), set.examples(), rankings(themes, set, settings), selection);
    }
}
