package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compendium.store.StoreFixtures.REC_12;
import static org.compendium.store.StoreFixtures.compendium;
import static org.compendium.store.StoreFixtures.copResolution;
import static org.compendium.store.StoreFixtures.wg7Report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;

/**
 * What a crash leaves, on each store: the store as of its last answered write, no half-written document, and a
 * generation per write.
 */
class StoreDurabilityTest extends BothStores {
    @Test
    void aSaveThatReturnedSurvivesTheProcessBeingKilledAtOnce() throws Exception {
        // With H2's default 500 ms write delay the kill, a few milliseconds after the save returned, loses it.
        killAfter("saved", "save", "rapport.pdf", "aa01");
        try (DocumentStore store = open()) {
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(wg7Report("rapport.pdf", "aa01"));
            assertThat(store.generation()).isEqualTo(1);
        }
    }

    @Test
    void aSaveInterruptedByAKillIsRolledBackAtTheNextOpenKeepingTheEarlierCopyAndLockingNothing() throws Exception {
        ParsedDocument earlier = wg7Report("rapport.pdf", "aa01");
        try (DocumentStore store = open()) {
            store.save(earlier);
        }
        // The child deletes the earlier copy and writes the new one, uncommitted, into the file; then it is killed.
        killAfter("partial", "partial", "rapport.pdf", "bb02");
        try (DocumentStore store = open()) {
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(earlier);
            assertThat(store.provisionCount()).isEqualTo(3);
            assertThat(store.generation()).isEqualTo(1);
            // No row stays locked: replacing the document now goes through at once.
            StoredDocument again = store.save(wg7Report("rapport.pdf", "bb02"));
            assertThat(again.replaced()).isEqualTo(1);
            assertThat(store.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void aStoreMissingOneOfItsTablesIsRefusedAtOpenAsDamagedWithWhatToDo() throws Exception {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
        }
        // What the migrations vouched for is gone (a table dropped by hand, a half-restored backup).
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE store_changes");
        }
        String advice = switch (kind) {
            case H2 -> "restore compendium.mv.db from a backup, or move the folder aside and ingest the documents again";
            case POSTGRESQL -> "restore the database from a backup (pg_restore), or create a new database and ingest "
                    + "the documents again into it";
        };
        assertThatThrownBy(() -> open().close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the store at " + location.describe() + " is damaged (")
                .hasMessageContaining(advice);
    }

    @Test
    void everySaveRaisesTheGenerationAndNamesTheDocumentItTouched() {
        try (DocumentStore store = open()) {
            assertThat(store.generation()).isZero();
            store.save(wg7Report("rapport.pdf", "aa01"));
            store.save(copResolution("res.txt", "bb02"));
            store.save(wg7Report("rapport.pdf", "cc03")); // replaces the first
            assertThat(store.generation()).isEqualTo(3);

            StoreChanges all = store.changesSince(0);
            assertThat(all.to()).isEqualTo(3);
            assertThat(all.everything()).isFalse();
            // A source changed twice is named once, at its last change.
            assertThat(all.documents()).containsExactly(
                    new StoreChanges.Touched("res.txt", "bb02"), new StoreChanges.Touched("rapport.pdf", "cc03"));
            assertThat(store.changesSince(2).documents()).containsExactly(new StoreChanges.Touched("rapport.pdf", "cc03"));
            assertThat(store.changesSince(3).none()).isTrue();
        }
    }

    @Test
    void aFailedSaveRaisesNoGeneration() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            ParsedDocument tooLong = wg7Report("x".repeat(2000), "bb02"); // source_name is VARCHAR(1000)
            assertThatThrownBy(() -> store.save(tooLong)).isInstanceOf(StoreException.class);
            assertThat(store.generation()).isEqualTo(1);
            assertThat(store.changesSince(0).documents()).extracting(StoreChanges.Touched::source).containsExactly("rapport.pdf");
        }
    }

    @Test
    void aThemeDecisionNamesTheDocumentsHoldingItsProvisionAndAnImportNamesEverything() {
        try (DocumentStore store = open()) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            store.save(compendium("compendium.docx", "cc03"));
            store.save(copResolution("res.txt", "bb02"));
            long before = store.generation();
            store.themes().decide(new ThemeDecision(REC_12, "cooperation", ThemeVerdict.ADDED, "alice",
                    Instant.parse("2025-01-01T00:00:00Z")), "add", "-");
            StoreChanges decision = store.changesSince(before);
            assertThat(decision.to()).isEqualTo(before + 1);
            assertThat(decision.everything()).isFalse();
            assertThat(decision.documents()).extracting(StoreChanges.Touched::source)
                    .containsExactlyInAnyOrder("rapport.pdf", "compendium.docx");

            store.themes().importVocabulary(org.compendium.model.Body.WG_SOM, List.of(), List.of(), "import",
                    Instant.parse("2025-01-02T00:00:00Z"), "test");
            assertThat(store.changesSince(before + 1).everything()).isTrue();
        }
    }

    /** Starts {@link StoreChild} with {@code args} over this test's store, waits for {@code line}, then kills it (SIGKILL). */
    private void killAfter(String line, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), args[0], dir.toString(), TestStores.storeArgument(location)));
        command.addAll(List.of(args).subList(1, args.length));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo(line);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
