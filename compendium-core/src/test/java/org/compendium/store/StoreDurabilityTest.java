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
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.ParsedDocument;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash leaves: the store as of its last answered write, no half-written document, and a generation per write. */
class StoreDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void aSaveThatReturnedSurvivesTheProcessBeingKilledAtOnce() throws Exception {
        // With H2's default 500 ms write delay the kill, a few milliseconds after the save returned, loses it.
        killAfter("saved", "save", "rapport.pdf", "aa01");
        try (DocumentStore store = DocumentStore.open(dir)) {
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactly(wg7Report("rapport.pdf", "aa01"));
            assertThat(store.generation()).isEqualTo(1);
        }
    }

    @Test
    void aSaveInterruptedByAKillIsRolledBackAtTheNextOpenKeepingTheEarlierCopyAndLockingNothing() throws Exception {
        ParsedDocument earlier = wg7Report("rapport.pdf", "aa01");
        try (DocumentStore store = DocumentStore.open(dir)) {
            store.save(earlier);
        }
        // The child deletes the earlier copy and writes the new one, uncommitted, into the file; then it is killed.
        killAfter("partial", "partial", "rapport.pdf", "bb02");
        try (DocumentStore store = DocumentStore.open(dir)) {
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
    void aDamagedStoreIsRefusedAtOpenWithWhatToDo() throws IOException {
        try (DocumentStore store = DocumentStore.open(dir)) {
            for (int i = 0; i < 20; i++) {
                ParsedDocument d = wg7Report("rapport-" + i + ".pdf", "aa" + i);
                store.save(new ParsedDocument(d.source(), d.format(), d.sha256(), d.sourceLength(), d.metadata(),
                        new Work.SymbolDocument(new DocumentSymbol("CTOC/COP/WG.7/2021/" + (i + 10))), d.provisions(),
                        d.segments(), d.coverage()));
            }
        }
        // Junk over everything after H2's two 4 KiB file headers: every chunk, the latest and the older ones.
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("compendium.mv.db").toFile(), "rw")) {
            long headers = 8192;
            byte[] junk = new byte[(int) (f.length() - headers)];
            Arrays.fill(junk, (byte) 'Z');
            f.seek(headers);
            f.write(junk);
        }
        assertThatThrownBy(() -> DocumentStore.open(dir).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the store at " + dir + " is damaged (")
                .hasMessageContaining("restore compendium.mv.db from a backup, or move the folder aside and ingest the "
                        + "documents again into a new one");
    }

    @Test
    void everySaveRaisesTheGenerationAndNamesTheDocumentItTouched() {
        try (DocumentStore store = DocumentStore.open(dir)) {
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
        try (DocumentStore store = DocumentStore.open(dir)) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            ParsedDocument tooLong = wg7Report("x".repeat(2000), "bb02"); // source_name is VARCHAR(1000)
            assertThatThrownBy(() -> store.save(tooLong)).isInstanceOf(StoreException.class);
            assertThat(store.generation()).isEqualTo(1);
            assertThat(store.changesSince(0).documents()).extracting(StoreChanges.Touched::source).containsExactly("rapport.pdf");
        }
    }

    @Test
    void aThemeDecisionNamesTheDocumentsHoldingItsProvisionAndAnImportNamesEverything() {
        try (DocumentStore store = DocumentStore.open(dir)) {
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

    /** Starts {@link StoreChild} with {@code args} over {@link #dir}, waits for {@code line}, then kills it (SIGKILL). */
    private void killAfter(String line, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), args[0], dir.toString()));
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
