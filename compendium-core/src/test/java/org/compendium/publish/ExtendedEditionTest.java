package org.compendium.publish;

import org.compendium.model.IndexPart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DateRange;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import org.junit.jupiter.api.Test;

/** An edition extended beyond the compendium: meeting 8 from its stored report, with the themes editors accepted. */
class ExtendedEditionTest extends BothStores {
    private static final Citation REC_1 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 1");
    private static final Citation REC_6 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 6");

    @Test
    void meetingEightJoinsPartAAndTheIndexRowsOfItsAcceptedThemes() throws Exception {
        try (DocumentStore store = SeedStore.open(location)) {
            ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC(), 1000);
            editing.addEditor("test-editor", "secret-password".toCharArray());
            EditorCredentials editor = new EditorCredentials("test-editor", "secret-password".toCharArray());
            editing.accept(editor, REC_1, "collecte-de-donnees-et-recherche");
            editing.add(editor, REC_6, "assistance-technique");

            Edition e = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-8"), NumberRange.parse("1-6"), "fr"));

            assertThat(e.partA()).extracting(Edition.Meeting::number).containsExactly(1, 2, 3, 4, 5, 6, 8);
            assertThat(e.notes()).containsExactly("meeting 7 of WG.7: neither in a stored compendium nor a stored meeting report");
            Edition.Meeting eight = e.partA().getLast();
            assertThat(eight.heading()).isEqualTo("VIII. Huitième réunion, les 14 et 15 octobre 2021");
            assertThat(eight.dates()).isEqualTo(new DateRange(LocalDate.of(2021, 10, 14), LocalDate.of(2021, 10, 15)));
            assertThat(eight.entries()).hasSize(12);
            assertThat(eight.entries().get(2).reference()).isEqualTo("VIII.3");
            assertThat(eight.entries().get(2).number()).isEqualTo("3.");
            assertThat(e.partAHeading()).endsWith("de sa première à sa huitième réunion");

            Edition.IndexRow data = row(e, "collecte-de-donnees-et-recherche");
            assertThat(data.referenceCell(e.texts())).isEqualTo("VIII.1");
            assertThat(data.recommendations()).isEqualTo("1");
            assertThat(data.part()).isEqualTo(IndexPart.A);
            assertThat(row(e, "assistance-technique").referenceCell(e.texts())).isEqualTo("VIII.6");
            assertThat(e.indexReferences()).isEqualTo(647);

            String md = render(e, new PublishFormat.Markdown());
            assertThat(md).contains("### VIII. Huitième réunion, les 14 et 15 octobre 2021")
                    .contains("| VIII.1 | CTOC/COP/WG.7 meeting 8 |  |  | 1 |");
        }
    }

    @Test
    void aStoreWithoutTheImportedIndexSaysWhatToRun() throws Exception {
        try (DocumentStore store = open()) {
            assertThatThrownBy(() -> new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, null, null, "fr")))
                    .isInstanceOf(MissingInputException.class).hasMessageContaining("compendium ingest");
        }
    }

    private static Edition.IndexRow row(Edition e, String theme) {
        Edition.IndexTheme t = e.index().stream().filter(x -> x.id().equals(theme)).findFirst().orElseThrow();
        return t.rows().stream().filter(r -> r.references().getFirst().reference().startsWith("VIII.")).findFirst().orElseThrow();
    }

    static String render(Edition e, PublishFormat f) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        Publisher.render(e, f, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
