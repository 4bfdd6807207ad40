package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.model.Citation;
import org.compendium.model.Theme;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suggester learns from the index as editors corrected it; evaluation keeps the index as imported. */
class DecidedExamplesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Citation REC_22 = Citation.parse("CTOC/COP/WG.7 meeting 1 rec. 22");
    private static final Citation NEW_REC_1 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 1");

    @Test
    void rejectedThemesLeaveTheirExampleAndAcceptedOnesMakeNewExamples(@TempDir Path dir) {
        try (DocumentStore store = SeedCompendium.storeWithIndex(dir)) {
            ThemeEditing editing = new ThemeEditing(store, CLOCK, 1_000);
            editing.addEditor("alice", "correct horse".toCharArray());
            EditorCredentials alice = new EditorCredentials("alice", "correct horse".toCharArray());
            editing.reject(alice, REC_22, "appui-consulaire-et-diplomatique");
            editing.add(alice, NEW_REC_1, "collecte-de-donnees-et-recherche");
            editing.accept(alice, NEW_REC_1, "echange-d-informations");

            TrainingSet indexed = TrainingSet.fromStore(store);
            Set<String> vocabulary = ThemeSuggester.vocabulary(store).stream().map(Theme::id).collect(Collectors.toSet());
            List<ThemeClassifier.Example> examples = DecidedExamples.of(indexed.examples(), store, vocabulary);

            assertThat(examples).hasSize(275);
            assertThat(example(indexed.examples(), REC_22).themes()).contains("appui-consulaire-et-diplomatique");
            assertThat(example(examples, REC_22).themes()).doesNotContain("appui-consulaire-et-diplomatique")
                    .contains("convention-de-vienne-sur-les-relations-consulaires");
            ThemeClassifier.Example decided = example(examples, NEW_REC_1);
            assertThat(decided.themes()).containsExactlyInAnyOrder("collecte-de-donnees-et-recherche",
                    "echange-d-informations");
            assertThat(decided.label()).isEqualTo(NEW_REC_1.toString());
            assertThat(decided.text()).contains("la collecte de données, la recherche et l");
            // Evaluation still reads the index as imported.
            assertThat(TrainingSet.fromStore(store).examples()).hasSize(274);
        }
    }

    private static ThemeClassifier.Example example(List<ThemeClassifier.Example> examples, Citation citation) {
        return examples.stream().filter(e -> e.id().equals(citation.toString())).findFirst().orElseThrow();
    }
}
