package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.compendium.store.ProvisionHit;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.IndexImport;
import org.compendium.themes.Suggestion;
import org.compendium.themes.ThemeEditing;
import org.compendium.web.catalogue.ThemeSuggestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running server's suggestions follow the store: an import or an editor's new theme needs no restart. */
class ThemeSuggestionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Citation REC_1 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 1");

    @Test
    void suggestionsAppearAfterAnImportAndIncludeANewThemeWithoutARestart(@TempDir Path dir) {
        try (DocumentStore store = DocumentStore.open(dir)) {
            new Ingestion(new SourceReader(), new DocumentParser(), store)
                    .ingest(List.of(Corpus.dir()), IngestListener.NONE);
            ProvisionHit hit = store.findByCitation(REC_1).getFirst();
            ParsedDocument report = store.findDocument(hit.document().id()).orElseThrow();
            Provision rec1 = hit.provision();
            ThemeSuggestions suggestions = new ThemeSuggestions(store);
            assertThat(suggestions.of(rec1, report, Set.of())).isEmpty();

            IndexImport.run(store, "test", CLOCK);
            assertThat(suggestions.of(rec1, report, Set.of())).extracting(Suggestion::themeId)
                    // rec. 1: "améliorer la collecte de données, la recherche et l'échange d'informations"
                    .startsWith("collecte-de-donnees-et-recherche", "echange-d-informations")
                    .doesNotContain("voies-legales-de-migration");

            ThemeEditing editing = new ThemeEditing(store, CLOCK, 1_000);
            editing.addEditor("alice", "correct horse".toCharArray());
            editing.createTheme(new EditorCredentials("alice", "correct horse".toCharArray()), Body.WG_SOM,
                    Map.of("fr", "Voies légales de migration"), null);
            assertThat(suggestions.of(rec1, report, Set.of())).extracting(Suggestion::themeId)
                    .contains("voies-legales-de-migration");
        }
    }
}
