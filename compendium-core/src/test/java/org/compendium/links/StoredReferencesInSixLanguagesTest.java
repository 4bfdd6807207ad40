package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Work;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References of stored provisions in the six languages, resolved against the store: the working-group report of the
 * fixtures in its six versions, stored beside the French seeds, each version's paragraph 2 ("In its resolution 11/5,
 * the Conference decided…") read in its own language and resolved to COP res. 11/5, which the seeds hold; and the
 * session reports' "Recalling its resolution 12/2", which nothing stored holds, listed unresolved in every language.
 */
class StoredReferencesInSixLanguagesTest {
    @Test
    void eachLanguageVersionReadsItsReferencesResolvedToStoredWorksOrListedUnresolved(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fixtures"));
        for (Language language : LanguageFixtures.languages()) {
            Files.writeString(folder.resolve("wg-" + language.code() + ".txt"), LanguageFixtures.text(LanguageFixtures.WG_REPORT, language));
            Files.writeString(folder.resolve("cop-" + language.code() + ".txt"), LanguageFixtures.text("cop-report", language));
        }
        try (DocumentStore store = DocumentStore.open(dir.resolve("data"))) {
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(Corpus.dir(), folder), IngestListener.NONE);
            ProvisionReferences references = new ProvisionReferences(store);

            List<ProvisionReferences.Found> wg = references.of(Citation.parse("CTOC/COP/WG.4 meeting 14 para. 2"));
            assertThat(wg).extracting(f -> f.language().orElseThrow()).containsExactlyInAnyOrderElementsOf(LanguageFixtures.languages());
            assertThat(wg).allSatisfy(f -> assertThat(f.references()).as("%s", f.language())
                    .singleElement().satisfies(r -> {
                        assertThat(r.type()).isEqualTo(ReferenceType.COP_RESOLUTION);
                        assertThat(r.storedWork()).isEqualTo(Work.parse("COP res. 11/5"));
                    }));

            List<ProvisionReferences.Found> recalling = references.of(Citation.parse("COP res. 13/1 pp. 1"));
            assertThat(recalling).extracting(f -> f.language().orElseThrow()).containsExactlyInAnyOrderElementsOf(LanguageFixtures.languages());
            assertThat(recalling).allSatisfy(f -> assertThat(f.references()).as("%s", f.language())
                    .singleElement().satisfies(r -> {
                        assertThat(r.target()).isEqualTo("COP res. 12/2");
                        assertThat(r.resolved()).isFalse();
                    }));
        }
    }
}
