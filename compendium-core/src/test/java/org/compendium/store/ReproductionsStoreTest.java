package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.Language;
import org.compendium.model.Work;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentStore#findReproductions}, on both stores: the documents of other works that hold a work's provisions
 * (the COP session reports reproducing resolution 13/1), in the order saved; never the work's own documents.
 */
class ReproductionsStoreTest extends BothStores {
    @Test
    void theSessionReportsReproducingAResolutionAreFoundInTheOrderSavedAndAStandAloneWorkIsNot() throws Exception {
        DocumentParser parser = new DocumentParser();
        try (DocumentStore store = open()) {
            for (Language language : List.of(Language.FRENCH, Language.ENGLISH)) {
                store.save(parser.parse(LanguageFixtures.source("cop-report", language)));
            }
            store.save(parser.parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH)));

            assertThat(store.findReproductions(Work.parse("COP res. 13/1"))).extracting(DocumentSummary::language)
                    .containsExactly(Language.FRENCH, Language.ENGLISH);
            assertThat(store.findReproductions(Work.parse("COP res. 13/1"))).extracting(DocumentSummary::work)
                    .containsOnly(Work.parse("CTOC/COP/2026/9"));
            assertThat(store.findReproductions(Work.parse("COP res. 13/4"))).as("stored as its own document only").isEmpty();
            assertThat(store.findReproductions(Work.parse("COP res. 13/9"))).isEmpty();
        }
    }
}
