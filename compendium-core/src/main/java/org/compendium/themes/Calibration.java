package org.compendium.themes;

/**
 * What turns a theme's score into the probability that the theme is right, fitted on held-out scores so that a
 * threshold on it means the same for every theme: per-theme Platt scaling drawn towards a shared curve
 * ({@link PlattCalibration}), or isotonic regression, per theme drawn towards the pooled one
 * ({@link IsotonicCalibration}).
 */
sealed interface Calibration permits PlattCalibration, IsotonicCalibration {
    /** The probability of theme {@code t} at score {@code s}. */
    double probability(int t, double s);

    /** Per-theme Platt scaling, each theme's curve drawn towards the shared one by {@code shrink}. */
    static Calibration fit(double[][] scores, boolean[][] gold, double shrink) {
        return PlattCalibration.fit(scores, gold, shrink);
    }

    /** How a calibration is fitted on held-out {@code scores[i][t]} and whether theme t is example i's. */
    sealed interface Method permits Platt, Isotonic, AnyOf {
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
}
