package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Work;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.DraftRecommendations;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.api.Test;

/**
 * A report reproducing drafts ({@code ccpcj-report/}), on both stores: saved and read back, its drafts keep their
 * works ({@code E/CN.15/2030/17 draft res. I}, read back through {@code Work.parse}) and their recommendations, and
 * the report is found as the document reproducing each draft, in every language saved.
 */
class ReproducedDraftsStoreTest extends BothStores {
    @Test
    void aReportsDraftsReadBackAsTheirOwnWorksAndTheReportReproducesThem() throws Exception {
        DocumentParser parser = new DocumentParser();
        try (DocumentStore store = open()) {
            for (Language language : List.of(Language.ENGLISH, Language.ARABIC)) {
                ParsedDocument parsed = parser.parse(LanguageFixtures.source("ccpcj-report", language));
                long id = store.save(parsed).summary().id();
                ParsedDocument stored = store.findDocument(id).orElseThrow();
                assertThat(stored.provisions()).extracting(p -> p.citation().toString())
                        .containsExactlyElementsOf(parsed.provisions().stream().map(p -> p.citation().toString()).toList());
                assertThat(stored.provisions()).extracting(p -> p.citation().work())
                        .containsExactlyElementsOf(parsed.provisions().stream().map(p -> p.citation().work()).toList());
                assertThat(DraftRecommendations.of(stored)).isEqualTo(DraftRecommendations.of(parsed)).hasSize(4);
            }
            assertThat(store.findReproductions(Work.parse("E/CN.15/2030/17 draft res. I"))).extracting(DocumentSummary::language)
                    .containsExactly(Language.ENGLISH, Language.ARABIC);
            assertThat(store.findReproductions(Work.parse("E/CN.15/2030/17 draft dec. I"))).extracting(DocumentSummary::work)
                    .containsOnly(Work.parse("E/CN.15/2030/17"));
            assertThat(store.findReproductions(Work.parse("E/CN.15/2030/17 draft res. IV"))).isEmpty();
        }
    }
}
