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
 * Arabic first: with no Secretariat report stored to read their delivery from, they are read from the English
 * version (the Secretariat's first working language), not from the first stored; and each is read once.
 */
class SessionReportMandatesTest {
    @Test
    void theMandatesOfAResolutionReproducedInSixSessionReportsAreReadOnceInEnglish(@TempDir Path dir) throws Exception {
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
                    "COP res. 13/1 op. 2 unodc requests",
                    "COP res. 13/1 op. 3 secretariat also requests");
        }
    }
}
