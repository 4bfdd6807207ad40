package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor reviewing a new meeting sees which of its themes the meeting's earlier decisions make likely. */
class MeetingDecisionsSuggestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String EXCHANGE = "echange-d-informations";

    @Test
    void earlierDecisionsOfTheMeetingAreCountedAndShownAsAReason(@TempDir Path dir) {
        try (DocumentStore store = SeedCompendium.storeWithIndex(dir)) {
            ThemeEditing editing = new ThemeEditing(store, CLOCK, 1_000);
            editing.addEditor("alice", "correct horse".toCharArray());
            EditorCredentials alice = new EditorCredentials("alice", "correct horse".toCharArray());
            List<Provision> provisions = SeedCompendium.WG7_2021.provisions();
            Citation first = provisions.get(0).citation();
            Citation second = provisions.get(1).citation();
            editing.add(alice, first, EXCHANGE);
            editing.add(alice, second, EXCHANGE);
            editing.add(alice, second, "fraude");
            editing.reject(alice, second, "fraude");
            Provision later = provisions.get(5);

            ThemeSuggester suggester = ThemeSuggester.fromStore(store);
            MeetingDecisions earlier = suggester.earlier(later, SeedCompendium.WG7_2021);
            assertThat(earlier.provisions()).isEqualTo(2);
            assertThat(earlier.with(EXCHANGE)).isEqualTo(2);
            assertThat(earlier.with("fraude")).isZero();
            // The first provision has nothing decided before it.
            assertThat(suggester.earlier(provisions.get(0), SeedCompendium.WG7_2021)).isEqualTo(MeetingDecisions.NONE);

            Suggestion exchange = suggester.suggest(later, SeedCompendium.WG7_2021, 80).stream()
                    .filter(s -> s.themeId().equals(EXCHANGE)).findFirst().orElseThrow();
            assertThat(exchange.reason().meetingWith()).isEqualTo(2);
            assertThat(exchange.reason().meetingDecided()).isEqualTo(2);
            assertThat(exchange.reasonText()).contains("decided for 2 of this meeting's 2 earlier decided provisions");
        }
    }
}
