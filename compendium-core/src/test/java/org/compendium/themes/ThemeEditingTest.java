package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits need an authenticated editor, are audited, and decisions win over suggestions. */
class ThemeEditingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Citation REC_1 = Citation.parse("CTOC/COP/WG.7 meeting 8 rec. 1");
    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    static Path dir;
    static DocumentStore store;
    static ThemeEditing editing;

    @BeforeAll
    static void storeWithTheImportedIndex() {
        store = DocumentStore.open(dir);
        store.save(SeedCompendium.COMPENDIUM);
        store.save(SeedCompendium.WG7_2021);
        assertThat(IndexImport.run(store, "test", CLOCK)).singleElement().satisfies(r -> assertThat(r.problems()).isEmpty());
        editing = new ThemeEditing(store, CLOCK, 1_000);
        editing.addEditor("alice", PASSWORD);
    }

    @AfterAll
    static void close() {
        store.close();
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
