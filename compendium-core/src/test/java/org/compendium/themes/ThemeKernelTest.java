package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.junit.jupiter.api.Test;

/** The kernel model's closed-form held-out predictions, its linear algebra and its calibration. */
class ThemeKernelTest {
    private static final List<Theme> VOCABULARY = List.of(
            new Theme("entraide", Map.of("fr", "Entraide judiciaire"), null, Body.WG_SOM),
            new Theme("frontieres", Map.of("fr", "Contrôle des frontières"), null, Body.WG_SOM),
            new Theme("enfants", Map.of("fr", "Enfants (protection)"), null, Body.WG_SOM));
    private static final String[] TEXTS = {
        "Les États parties devraient renforcer l'entraide judiciaire dans les affaires de trafic illicite.",
        "Les États parties devraient former les agents chargés du contrôle des frontières.",
        "Les États parties devraient protéger les enfants non accompagnés et leur désigner un tuteur.",
        "Les États parties sont encouragés à accélérer les demandes d'entraide judiciaire.",
        "Les États parties devraient échanger des informations sur les frontières maritimes.",
        "Les États parties devraient veiller à l'intérêt supérieur de l'enfant migrant.",
        "Les États parties devraient recourir à l'entraide judiciaire et au contrôle des frontières.",
    };
    private static final int[] GROUPS = {0, 0, 0, 1, 1, 1, 2};
    private static final List<Set<Integer>> GOLD = List.of(Set.of(0), Set.of(1), Set.of(2), Set.of(0), Set.of(1),
            Set.of(2), Set.of(0, 1));
    private static final ThemeKernel.Design DESIGN = new ThemeKernel.Design(true, 4, 0.3, 0, 0, 0, true, true);

    /** The texts' and labels' stems, each text's neighbours the texts before and after it in its group. */
    private static KernelStems stems() {
        List<List<String>> out = new ArrayList<>();
        Arrays.stream(TEXTS).forEach(t -> out.add(FrenchTerms.stems(t)));
        VOCABULARY.forEach(t -> out.add(FrenchTerms.stems(t.label("fr"))));
        List<List<List<String>>> neighbours = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            List<List<String>> near = new ArrayList<>();
            for (int j : new int[] {i - 1, i + 1}) {
                if (j >= 0 && j < TEXTS.length && GROUPS[j] == GROUPS[i]) {
                    near.add(out.get(j));
                }
            }
            neighbours.add(near);
        }
        return new KernelStems(out, neighbours);
    }

    @Test
    void aHeldOutGroupIsPredictedAsIfTheModelWereRefittedWithoutIt() {
        KernelStems stems = stems();
        boolean[] training = new boolean[TEXTS.length];
        Arrays.fill(training, true);
        ThemeKernel kernel = new ThemeKernel(DESIGN, VOCABULARY, stems, GROUPS, new int[TEXTS.length], GOLD, training);
        ThemeKernel.Fit fit = new ThemeKernel.Fit(0.3, 10, 0);
        double[] means = kernel.means(training, true);
        int[] all = InnerSelection.documents(training, VOCABULARY.size(), true);
        // Group 1 is at positions 3, 4, 5 of the fitted documents.
        double[][] heldOut = kernel.solve(all, fit, means).heldOut(new int[] {3, 4, 5});
        int[] others = Arrays.stream(all).filter(d -> d >= TEXTS.length || GROUPS[d] != 1).toArray();
        ThemeKernel.Solution refitted = kernel.solve(others, fit, means);
        for (int j = 0; j < 3; j++) {
            double[] direct = refitted.predict(kernel.textRow(stems.documents().get(3 + j)));
            for (int t = 0; t < VOCABULARY.size(); t++) {
                assertThat(heldOut[j][t]).as("provision %d theme %d", 3 + j, t).isCloseTo(direct[t], within(1e-9));
            }
        }
        // And the held-out prediction ranks the provision's own theme first: the texts say it.
        assertThat(InnerSelection.ranking(heldOut[0])[0]).isZero();
    }

    @Test
    void aNewTextBetweenItsNeighboursHasTheSmoothedKernelOfTheExampleItRepeats() {
        // Provision 4 of group 1 stands between provisions 3 and 5: the row of the same text with those neighbours is
        // its row of the smoothed kernel, the examples' own neighbours on the other side.
        KernelStems stems = stems();
        boolean[] training = new boolean[TEXTS.length];
        Arrays.fill(training, true);
        ThemeKernel.Design smoothing = new ThemeKernel.Design(true, 4, 0.3, 0, 0.2, 0, true, true);
        ThemeKernel kernel = new ThemeKernel(smoothing, VOCABULARY, stems, GROUPS, new int[TEXTS.length], GOLD, training);
        List<String> own = stems.documents().get(4);
        List<List<String>> near = List.of(stems.documents().get(3), stems.documents().get(5));
        double[] row = kernel.textRow(own, near);
        for (int d = 0; d < row.length; d++) {
            assertThat(row[d]).as("document %d", d).isCloseTo(kernel.kernel(4, d, 0), within(1e-12));
        }
        // Without its neighbours the text is another document: its similarity to provision 3 drops.
        assertThat(kernel.textRow(own)[3]).isLessThan(row[3] - 0.01);
        // A design without smoothing ignores neighbours.
        ThemeKernel plain = new ThemeKernel(DESIGN, VOCABULARY, stems, GROUPS, new int[TEXTS.length], GOLD, training);
        assertThat(plain.textRow(own, near)).containsExactly(plain.textRow(own));
    }

    @Test
    void aNeighbourThatIsNoExampleIsReadAsTheSuggesterReadsIt() {
        // Provision 1 stands between provision 0 and a text no example repeats (a provision no index row cites): its
        // row of the smoothed kernel is the row of its text between those two, not between provisions 0 and 2.
        KernelStems indexed = stems();
        List<String> unindexed = FrenchTerms.stems("Les États parties devraient consulter la société civile.");
        List<List<List<String>>> neighbours = new ArrayList<>(indexed.neighbours());
        List<List<String>> near = List.of(indexed.documents().get(0), unindexed);
        neighbours.set(1, near);
        boolean[] training = new boolean[TEXTS.length];
        Arrays.fill(training, true);
        ThemeKernel.Design smoothing = new ThemeKernel.Design(true, 4, 0.3, 0, 0.2, 0, true, true);
        ThemeKernel kernel = new ThemeKernel(smoothing, VOCABULARY, new KernelStems(indexed.documents(), neighbours),
                GROUPS, new int[TEXTS.length], GOLD, training);
        List<String> own = indexed.documents().get(1);
        double[] row = kernel.textRow(own, near);
        assertThat(row).hasSize(TEXTS.length + VOCABULARY.size());
        for (int d = 0; d < row.length; d++) {
            assertThat(row[d]).as("document %d", d).isCloseTo(kernel.kernel(1, d, 0), within(1e-12));
        }
        ThemeKernel adjacent = new ThemeKernel(smoothing, VOCABULARY, indexed, GROUPS, new int[TEXTS.length], GOLD,
                training);
        assertThat(adjacent.kernel(1, 2, 0)).isGreaterThan(kernel.kernel(1, 2, 0) + 0.01);
    }

    @Test
    void theInverseOfASymmetricPositiveDefiniteMatrixGivesTheIdentity() {
        double[][] a = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[][] product = Matrices.multiply(a, Matrices.inverseSpd(a));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(product[i][j]).isCloseTo(i == j ? 1 : 0, within(1e-12));
            }
        }
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Matrices.inverseSpd(new double[][] {{1, 2}, {2, 1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not positive definite");
    }

    @Test
    void calibrationTurnsScoresIntoIncreasingProbabilitiesThatMatchTheirFrequency() {
        // Score 0.8: right 3 times in 4; score 0.2: right 1 time in 4.
        double[][] scores = {{0.8}, {0.8}, {0.8}, {0.8}, {0.2}, {0.2}, {0.2}, {0.2}};
        boolean[][] gold = {{true}, {true}, {true}, {false}, {true}, {false}, {false}, {false}};
        Calibration c = Calibration.fit(scores, gold, 10);
        assertThat(c.probability(0, 0.8)).isCloseTo(0.75, within(0.01));
        assertThat(c.probability(0, 0.2)).isCloseTo(0.25, within(0.01));
        assertThat(c.probability(0, 0.5)).isBetween(0.25, 0.75);
    }
}
