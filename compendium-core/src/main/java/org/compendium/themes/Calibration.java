package org.compendium.themes;

/**
 * What turns a theme's score into the probability that the theme is right, fitted on held-out scores so that a
 * threshold on it means the same for every theme: per-theme Platt scaling drawn towards a shared curve
 * ({@link PlattCalibration}), or isotonic regression, per theme drawn towards the pooled one
 * ({@link IsotonicCalibration}).
 */
sealed interface Calibration permits PlattCalibration, IsotonicCalibration, Calibration.Hybrid {
    /** The probability of theme {@code t} at score {@code s}. */
    double probability(int t, double s);

    /** What themes are ranked by: the probability, unless the calibration ranks by another curve. */
    default double rank(int t, double s) {
        return probability(t, s);
    }

    /** Isotonic probabilities for the thresholds, Platt's for the ranking. */
    record Hybrid(Calibration platt, Calibration isotonic) implements Calibration {
        @Override
        public double probability(int t, double s) {
            return isotonic.probability(t, s);
        }

        @Override
        public double rank(int t, double s) {
            return platt.probability(t, s);
        }
    }

    /** Per-theme Platt scaling, each theme's curve drawn towards the shared one by {@code shrink}. */
    static Calibration fit(double[][] scores, boolean[][] gold, double shrink) {
        return PlattCalibration.fit(scores, gold, shrink);
    }

    /** How a calibration is fitted on held-out {@code scores[i][t]} and whether theme t is example i's. */
    sealed interface Method permits Platt, Isotonic, AnyOf, HybridMethod {
        Calibration fit(double[][] scores, boolean[][] gold);
    }

    /** {@link PlattCalibration} with the pull {@code shrink} towards the shared curve (infinite: the shared one). */
    record Platt(double shrink) implements Method {
        @Override
        public Calibration fit(double[][] scores, boolean[][] gold) {
            return PlattCalibration.fit(scores, gold, shrink);
        }
    }

    /** {@link IsotonicCalibration}, a theme's own curve weighing its positives against {@code prior} pooled ones. */
    record Isotonic(double prior) implements Method {
        @Override
        public Calibration fit(double[][] scores, boolean[][] gold) {
            return IsotonicCalibration.fit(scores, gold, prior);
        }
    }

    /** Whichever of {@code methods} the inner folds find best (their micro-F1). */
    record AnyOf(java.util.List<Method> methods) implements Method {
        @Override
        public Calibration fit(double[][] scores, boolean[][] gold) {
            throw new UnsupportedOperationException("the inner folds choose one of " + methods);
        }
    }

    /** Isotonic with {@code prior} for thresholds, Platt with {@code shrink} for the ranking. */
    record HybridMethod(double shrink, double prior) implements Method {
        @Override
        public Calibration fit(double[][] scores, boolean[][] gold) {
            return new Hybrid(PlattCalibration.fit(scores, gold, shrink), IsotonicCalibration.fit(scores, gold, prior));
        }
    }
}
