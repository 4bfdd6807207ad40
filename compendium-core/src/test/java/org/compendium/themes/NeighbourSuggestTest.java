package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provision is suggested themes read with the provisions just before and after it in its document. */
class NeighbourSuggestTest {
    @Test
    void aProvisionIsScoredWithTheProvisionsBeforeAndAfterItInItsDocument(@TempDir Path dir) {
        try (DocumentStore store = SeedCompendium.storeWithIndex(dir)) {
            ThemeSuggester suggester = ThemeSuggester.fromStore(store);
            ParsedDocument report = SeedCompendium.WG7_2021;
            List<Provision> provisions = report.provisions();
            Provision p = provisions.get(5);
            List<String> near = TrainingSet.neighbours(p, report);
            assertThat(near).containsExactly(TrainingSet.text(provisions.get(4), report),
                    TrainingSet.text(provisions.get(6), report));
            assertThat(TrainingSet.neighbours(provisions.getFirst(), report))
                    .containsExactly(TrainingSet.text(provisions.get(1), report));

            ThemeClassifier classifier = suggester.classifier();
            // On the seed index the training chooses to read the neighbours (a weight above 0).
            assertThat(classifier.chosen()).startsWith("neighbours' texts 0.").doesNotStartWith("neighbours' texts 0.00");
            String text = TrainingSet.text(p, report);
            Map<String, Double> withNeighbours = scores(classifier.rank(text, near, MeetingDecisions.NONE));
            Map<String, Double> alone = scores(classifier.rank(text));
            assertThat(withNeighbours).isNotEqualTo(alone);
            List<Suggestion> suggested = suggester.suggest(p, report, 10);
            assertThat(suggested).hasSize(10);
            for (Suggestion s : suggested) {
                assertThat(s.score()).as(s.themeId()).isEqualTo(withNeighbours.get(s.themeId()));
            }
        }
    }

    private static Map<String, Double> scores(List<ThemeClassifier.Score> ranked) {
        return ranked.stream().collect(Collectors.toMap(ThemeClassifier.Score::themeId, ThemeClassifier.Score::score));
    }
}
