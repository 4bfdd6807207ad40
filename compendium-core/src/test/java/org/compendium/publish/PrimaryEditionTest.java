package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Theme;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import org.junit.jupiter.api.Test;

/** A compendium of the trafficking working group from the primary documents alone: no published compendium needed. */
class PrimaryEditionTest extends BothStores {
    @Test
    void aWg4EditionHasMeetingNineAndResolutionElevenFiveAndAnIndexFromEditorsThemes() throws Exception {
        try (DocumentStore store = open()) {
            new Ingestion(new SourceReader(), new DocumentParser(), store)
                    .ingest(List.of(Corpus.file(Corpus.WG4_2019), Corpus.file(Corpus.RES_11_5), Corpus.file(Corpus.WG7_2021)), IngestListener.NONE);

            Edition bare = new EditionBuilder(store).build(new EditionRequest(Body.WG_TIP, null, null, "fr"));
            assertThat(bare.partA()).extracting(Edition.Meeting::number).containsExactly(9);
            // 39 recommendations and, since #10 session 5, the eight lettered items of rec. 17 (its sub-paragraphs).
            assertThat(bare.partA().getFirst().entries()).hasSize(47);
            assertThat(bare.partA().getFirst().entries()).filteredOn(e -> e.depth() == 0).hasSize(39);
            assertThat(bare.partA().getFirst().entries().getFirst().reference()).isEqualTo("IX.1");
            assertThat(bare.partB()).extracting(Edition.Session::number).containsExactly(11);
            assertThat(bare.partB().getFirst().instruments()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("Résolution 11/5");
                assertThat(i.entries()).hasSize(62);
                assertThat(i.entries().getFirst().reference()).isEqualTo("XI.al. 1");
            });
            assertThat(bare.index()).isEmpty();
            assertThat(bare.notes()).anySatisfy(n -> assertThat(n).contains("no thematic index").contains("themes create --scope WG.4"));
            assertThat(bare.introduction().getFirst()).contains("à sa neuvième réunion").contains("à sa onzième session");
            assertThat(bare.title()).startsWith("Traite des personnes");

            ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC(), 1000);
            editing.addEditor("ed", "secret-password".toCharArray());
            EditorCredentials ed = new EditorCredentials("ed", "secret-password".toCharArray());
            Theme victims = editing.createTheme(ed, Body.WG_TIP, Map.of("fr", "Identification des victimes"), null);
            editing.add(ed, Citation.parse("CTOC/COP/WG.4 meeting 9 rec. 3"), victims.id());
            editing.add(ed, Citation.parse("COP res. 11/5 op. 4"), victims.id());

            Edition indexed = new EditionBuilder(store).build(new EditionRequest(Body.WG_TIP, null, null, "fr"));
            assertThat(indexed.index()).singleElement().satisfies(t -> {
                assertThat(t.label()).isEqualTo("Identification des victimes");
                assertThat(t.rows()).flatExtracting(Edition.IndexRow::references).extracting(Edition.IndexReference::reference)
                        .containsExactly("IX.3", "XI.4");
            });
            String md = ExtendedEditionTest.render(indexed, new PublishFormat.Markdown());
            assertThat(md).contains("IX. Neuvième réunion").contains("Résolution 11/5").contains("Identification des victimes");
        }
    }
}
