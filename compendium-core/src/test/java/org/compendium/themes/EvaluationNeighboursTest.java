package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.junit.jupiter.api.Test;

/**
 * The nested evaluation measures what the suggester does: it reads every provision with the neighbours the suggester
 * reads it with ({@link TrainingSet#neighbours}: the provisions before and after it in its document and meeting,
 * whether an index row cites them or not), not with its previous and next indexed provisions.
 */
class EvaluationNeighboursTest {
    private static final ParsedDocument COMPENDIUM = SeedCompendium.COMPENDIUM;

    @Test
    void theEvaluationsKernelRowOfEachIndexedProvisionIsTheRowTheSuggesterComputesForIt() {
        TrainingSet set = SeedEvaluation.SET;
        List<Theme> themes = SeedEvaluation.IMPORTED.themes();
        ThemeWords words = ThemeWords.of(themes, KeywordList.builtIn(), Language.FRENCH);
        List<ThemeClassifier.Example> examples = set.examples();
        boolean[] training = new boolean[examples.size()];
        Arrays.fill(training, true);
        List<String> names = new ArrayList<>(new java.util.LinkedHashSet<>(set.groups()));
        int[] groups = set.groups().stream().mapToInt(names::indexOf).toArray();
        ThemeKernel kernel = new ThemeKernel(new ThemeKernel.Design(true, 4, 0.3, 0, 0.2, 0, true, true), themes, words,
                KernelStems.of(examples, words), groups, new int[examples.size()],
                ThemeKernel.themeIndices(themes, examples), training);
        Set<Citation> indexed = SeedEvaluation.IMPORTED.links().stream().map(ThemeLink::citation)
                .collect(Collectors.toSet());
        int beside = 0;
        for (int i = 0; i < examples.size(); i++) {
            Provision p = provision(examples.get(i).id());
            List<String> near = TrainingSet.neighbours(p, COMPENDIUM);
            double[] suggester = kernel.textRow(FrenchTerms.stems(TrainingSet.text(p, COMPENDIUM)),
                    near.stream().map(FrenchTerms::stems).toList());
            for (int d = 0; d < suggester.length; d++) {
                assertThat(kernel.kernel(i, d, 0)).as("%s, document %d", p.label(), d)
                        .isCloseTo(suggester[d], within(1e-9));
            }
            beside += besideAnUnindexedProvision(p, indexed) ? 1 : 0;
        }
        // The provisions whose previous or next provision no index row cites: those the indexed neighbours misread.
        assertThat(beside).isEqualTo(37);
    }

    @Test
    void aHeldOutMeetingsProbabilitiesAreTheSuggestersTrainedOnTheOtherMeetings() {
        TrainingSet set = SeedEvaluation.SET;
        List<Theme> themes = SeedEvaluation.IMPORTED.themes();
        // Meeting 5: 4 of its 25 provisions are in no index row, so its indexed provisions' previous and next indexed
        // provisions are not always their neighbours.
        String held = "meeting 5";
        List<ThemeClassifier.Example> others = new ArrayList<>();
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < set.examples().size(); i++) {
            if (set.groups().get(i).equals(held)) {
                scored.add(i);
            } else {
                others.add(set.examples().get(i));
            }
        }
        ThemeClassifier suggester = ThemeClassifier.train(themes, KeywordList.builtIn(), others,
                ThemeClassifier.Settings.DEFAULT);
        int misread = 0;
        for (int j = 0; j < scored.size(); j++) {
            int i = scored.get(j);
            Provision p = provision(set.examples().get(i).id());
            String text = TrainingSet.text(p, COMPENDIUM);
            Map<String, Double> product = scores(suggester.rank(text, TrainingSet.neighbours(p, COMPENDIUM),
                    MeetingDecisions.NONE));
            double[] evaluated = SeedEvaluation.RESULT.probabilities().get(i);
            for (int t = 0; t < themes.size(); t++) {
                assertThat(evaluated[t]).as("%s, %s", p.label(), themes.get(t).id())
                        .isCloseTo(product.get(themes.get(t).id()), within(1e-9));
            }
            // Read with its previous and next indexed provisions instead, it would score otherwise.
            List<String> indexedNeighbours = new ArrayList<>();
            for (int k : new int[] {j - 1, j + 1}) {
                if (k >= 0 && k < scored.size()) {
                    indexedNeighbours.add(set.examples().get(scored.get(k)).text());
                }
            }
            Map<String, Double> otherwise = scores(suggester.rank(text, indexedNeighbours, MeetingDecisions.NONE));
            misread += themes.stream().anyMatch(t -> Math.abs(otherwise.get(t.id()) - product.get(t.id())) > 1e-6)
                    ? 1 : 0;
        }
        assertThat(scored).hasSize(21);
        assertThat(misread).isEqualTo(5);
    }

    private static Provision provision(String citation) {
        return COMPENDIUM.provisions().stream().filter(p -> p.citation().toString().equals(citation)).findFirst()
                .orElseThrow();
    }

    /** Whether the provision before or after {@code p} in the compendium, in its meeting, is in no index row. */
    private static boolean besideAnUnindexedProvision(Provision p, Set<Citation> indexed) {
        List<Provision> all = COMPENDIUM.provisions();
        int at = all.indexOf(p);
        return java.util.stream.IntStream.of(at - 1, at + 1).filter(k -> k >= 0 && k < all.size())
                .mapToObj(all::get).anyMatch(q -> TrainingSet.group(q).equals(TrainingSet.group(p))
                        && !indexed.contains(q.citation()));
    }

    private static Map<String, Double> scores(List<ThemeClassifier.Score> ranked) {
        return ranked.stream().collect(Collectors.toMap(ThemeClassifier.Score::themeId, ThemeClassifier.Score::score));
    }
}
