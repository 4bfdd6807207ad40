package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.BothStores;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits need an authenticated editor, are audited, and decisions win over suggestions; on each store. */
class ThemeEditingTest extends BothStores {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Citation REC_1 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 1");
    private static final char[] PASSWORD = "correct horse".toCharArray();

    private DocumentStore store;
    private ThemeEditing editing;

    @BeforeEach
    void storeWithTheImportedIndex() {
        store = open();
        store.save(SeedCompendium.COMPENDIUM);
        store.save(SeedCompendium.WG7_2021);
        assertThat(IndexImport.run(store, "test", CLOCK)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        editing = new ThemeEditing(store, CLOCK, 1_000);
        editing.addEditor("alice", PASSWORD);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the PostgreSQL variant was skipped: no server was named
            store.close();
        }
    }

    @Test
    void aLoginNoLongerStandsOnceThePasswordIsChangedOrTheEditorRemoved() {
        AuthenticatedEditor alice = editing.authenticate(new EditorCredentials("alice", PASSWORD));
        editing.addEditor("bob", PASSWORD);
        AuthenticatedEditor bob = editing.authenticate(new EditorCredentials("bob", PASSWORD));
        assertThat(editing.isCurrent(alice)).isTrue();
        editing.decide(alice, REC_1, "medias", ThemeVerdict.ACCEPTED);

        // Another ThemeEditing on the store, as `compendium editors password|remove` opens one in another process.
        ThemeEditing cli = new ThemeEditing(store, CLOCK, 1_000);
        assertThat(cli.changePassword("alice", "a new password".toCharArray(), "admin")).isTrue();
        assertThat(cli.removeEditor("bob", "admin")).isTrue();
        int audit = store.themes().audit().size();
        for (AuthenticatedEditor stale : java.util.List.of(alice, bob)) {
            assertThat(editing.isCurrent(stale)).as("%s", stale).isFalse();
            assertThatThrownBy(() -> editing.decide(stale, REC_1, "corruption", ThemeVerdict.ADDED))
                    .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("password changed since the login");
        }
        assertThat(store.themes().audit()).hasSize(audit);
        assertThat(editing.isCurrent(editing.authenticate(new EditorCredentials("alice", "a new password".toCharArray())))).isTrue();
    }

    @Test
    void wrongPasswordUnknownEditorAndNoCredentialsAreRefusedAndChangeNothing() {
        int version = store.themes().version();
        int audit = store.themes().audit().size();
        assertThatThrownBy(() -> editing.accept(new EditorCredentials("alice", "wrong password".toCharArray()), REC_1, "medias"))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> editing.add(new EditorCredentials("mallory", PASSWORD), REC_1, "medias"))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> editing.reject(null, REC_1, "medias")).isInstanceOf(NotAuthorizedException.class);
        assertThat(store.themes().version()).isEqualTo(version);
        assertThat(store.themes().audit()).hasSize(audit);
        assertThat(store.themes().decisions()).noneMatch(d -> d.themeId().equals("medias"));
    }

    @Test
    void decisionsAreAuditedAndWinOverSuggestions() {
        EditorCredentials alice = new EditorCredentials("alice", PASSWORD);
        Provision rec1 = SeedCompendium.WG7_2021.provisions().stream().filter(p -> p.citation().equals(REC_1)).findFirst().orElseThrow();
        ThemeSuggester before = ThemeSuggester.fromStore(store);
        String best = before.suggest(rec1, SeedCompendium.WG7_2021, 3).getFirst().themeId();

        editing.reject(alice, REC_1, best);
        editing.add(alice, REC_1, "corruption");

        assertThat(store.themes().audit()).last().satisfies(a -> {
            assertThat(a.editor()).isEqualTo("alice");
            assertThat(a.action()).isEqualTo("add");
            assertThat(a.before()).isEqualTo("none");
            assertThat(a.after()).isEqualTo("added");
            assertThat(a.at()).isEqualTo(CLOCK.instant());
        });
        var suggestions = ThemeSuggester.fromStore(store).suggest(rec1, SeedCompendium.WG7_2021, 3);
        assertThat(suggestions.getFirst().themeId()).isEqualTo("corruption");
        assertThat(suggestions.getFirst().decision().verdict()).isEqualTo(ThemeVerdict.ADDED);
        assertThat(suggestions).noneMatch(s -> s.themeId().equals(best));
    }

    @Test
    void reImportKeepsDecisions() {
        editing.accept(new EditorCredentials("alice", PASSWORD), REC_1, "medias");
        IndexImport.run(store, "test", CLOCK);
        assertThat(store.themes().decisions()).anyMatch(d -> d.themeId().equals("medias") && d.verdict() == ThemeVerdict.ACCEPTED);
    }
}
