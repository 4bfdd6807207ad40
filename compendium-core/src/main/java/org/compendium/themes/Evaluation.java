package org.compendium.themes;

/**
 * The figures theme suggestions are scored by against a published index: precision, recall and F1, and the counts
 * they come from. {@link NestedEvaluation} computes them; {@link IndexConsistency} scores the index against itself
 * with them.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** Precision, recall and F1. */
    public record Figures(double precision, double recall, double f1) {
        static Figures of(double precision, double recall) {
            return new Figures(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
    }

    /** One theme's (or all themes') true positives, false positives and false negatives. */
    public record ThemeCounts(int tp, int fp, int fn) {
        public Figures figures() {
            return Figures.of(tp + fp == 0 ? 0 : tp / (double) (tp + fp), tp + fn == 0 ? 0 : tp / (double) (tp + fn));
        }

        /** The counts of both. */
        public ThemeCounts plus(ThemeCounts o) {
            return new ThemeCounts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }
}
