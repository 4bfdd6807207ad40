package org.compendium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;
import org.junit.jupiter.api.Test;

/** The change log between the published WG.7 edition (meetings 1–6) and the one extended with meeting 8. */
class ChangeLogTest extends BothStores {
    @Test
    void extendingTheEditionWithMeetingEightAddsExactlyItsTwelveRecommendationsAndTheirIndexLines() throws Exception {
        try (DocumentStore store = SeedStore.open(location)) {
            Edition before = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-6"), NumberRange.parse("1-6"), "fr"));
            long id = store.editions().record("WG.7", "fr", "1-6", "1-6", EditionSnapshot.of(before).toJson(), Instant.now());

            ThemeEditing editing = new ThemeEditing(store, Clock.systemUTC(), 1000);
            editing.addEditor("ed", "secret-password".toCharArray());
            EditorCredentials ed = new EditorCredentials("ed", "secret-password".toCharArray());
            editing.accept(ed, Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 1"), "collecte-de-donnees-et-recherche");
            editing.add(ed, Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 6"), "assistance-technique");
            Edition after = new EditionBuilder(store).build(new EditionRequest(Body.WG_SOM, NumberRange.parse("1-8"), NumberRange.parse("1-6"), "fr"));

            EditionSnapshot recorded = EditionSnapshot.fromJson(store.editions().snapshot(id).orElseThrow());
            assertThat(recorded).isEqualTo(EditionSnapshot.of(before));
            ChangeLog log = ChangeLog.between(recorded, EditionSnapshot.of(after));
            assertThat(log.added()).extracting(EditionSnapshot.Entry::citation)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(n -> "CTOC/COP/WG.7 meeting 8 rec. " + n).toList());
            assertThat(log.added()).extracting(EditionSnapshot.Entry::reference).startsWith("VIII.1", "VIII.2");
            assertThat(log.removed()).isEmpty();
            assertThat(log.reworded()).isEmpty();
            assertThat(log.indexAdded()).extracting(l -> l.themeId() + " " + l.reference())
                    .containsExactly("assistance-technique VIII.6", "collecte-de-donnees-et-recherche VIII.1");
            assertThat(log.indexRemoved()).isEmpty();
            assertThat(ChangeLog.between(recorded, recorded).isEmpty()).isTrue();
            assertThat(store.editions().snapshot(id + 1000)).isEmpty();
        }
    }
}
