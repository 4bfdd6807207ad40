package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Language;
import org.compendium.model.Work;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mandates of a resolution that the store holds only inside session reports, in six language versions stored
 * Arabic first: they are read from the French version, the one whose delivery can be read, not refused because the
 * first version stored is in a language whose references are not read yet; and each is read once.
 */
class SessionReportMandatesTest {
    @Test
    void theMandatesOfAResolutionReproducedInSixSessionReportsAreReadInFrench(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        for (Language language : LanguageFixtures.languages()) {
            // File names in the store's order of reading: Arabic first.
            Files.writeString(folder.resolve(LanguageFixtures.languages().indexOf(language) + "-" + language.code() + ".txt"),
                    LanguageFixtures.text("cop-report", language));
        }
        try (DocumentStore store = DocumentStore.open(dir.resolve("data"))) {
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(folder), IngestListener.NONE);
            assertThat(store.list(org.compendium.store.DocumentFilter.ALL)).hasSize(6);
            List<MandateDelivery.Delivery> mandates = new ResolutionMandates(store)
                    .computed(Work.CopInstrument.of(Work.InstrumentKind.RESOLUTION, "13/1"));
            assertThat(mandates).extracting(d -> d.mandate().citation() + " " + d.mandate().addressee().code() + " "
                    + d.mandate().verb()).containsExactly(
                    "COP res. 13/1 op. 2 unodc prie",
                    "COP res. 13/1 op. 3 secretariat prie également");
        }
    }
}
