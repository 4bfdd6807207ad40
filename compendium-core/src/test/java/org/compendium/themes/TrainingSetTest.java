package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compendium.model.Provision;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training set read from a store: every stored compendium's indexed provisions, and nothing without an index. */
class TrainingSetTest {
    @Test
    void aStoreWithoutAnImportedIndexHasNoExamplesAndNoSuggester(@TempDir Path dir) {
        try (DocumentStore store = DocumentStore.open(dir)) {
            store.save(SeedCompendium.COMPENDIUM);
            TrainingSet set = TrainingSet.fromStore(store);
            assertThat(set.examples()).isEmpty();
            assertThat(set.groups()).isEmpty();
            assertThatThrownBy(() -> ThemeSuggester.fromStore(store)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("compendium themes import");
        }
    }

    @Test
    void theStoredCompendiumsIndexedProvisionsAreTheSameExamplesAsTheCompendiumsOwn(@TempDir Path dir) {
        try (DocumentStore store = SeedCompendium.storeWithIndex(dir)) {
            TrainingSet fromStore = TrainingSet.fromStore(store);
            TrainingSet direct = TrainingSet.of(SeedCompendium.COMPENDIUM, store.themes().links());
            assertThat(fromStore.examples()).hasSize(274).isEqualTo(direct.examples());
            assertThat(fromStore.groups()).isEqualTo(direct.groups());
        }
    }

    @Test
    void aSuggestionsSimilarProvisionsAreIndexedProvisionsWithTheThemeByCitationAndLabel(@TempDir Path dir) {
        try (DocumentStore store = SeedCompendium.storeWithIndex(dir)) {
            Map<String, ThemeClassifier.Example> byCitation = TrainingSet.fromStore(store).examples().stream()
                    .collect(Collectors.toMap(ThemeClassifier.Example::id, Function.identity()));
            Provision rec1 = SeedCompendium.WG7_2021.provisions().getFirst();
            List<Suggestion> suggestions = ThemeSuggester.fromStore(store).suggest(rec1, SeedCompendium.WG7_2021, 3);
            assertThat(suggestions).anyMatch(s -> !s.reason().similar().isEmpty());
            for (Suggestion s : suggestions) {
                for (SimilarProvision similar : s.reason().similar()) {
                    ThemeClassifier.Example e = byCitation.get(similar.citation());
                    assertThat(e).as(similar.toString()).isNotNull();
                    assertThat(e.label()).isEqualTo(similar.label());
                    assertThat(e.themes()).contains(s.themeId());
                }
            }
        }
    }
}
