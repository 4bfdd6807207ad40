package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compendium.store.StoreFixtures.wg7Report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded store does: one process at a time, a folder path inside its URL, a file that can be damaged. */
class EmbeddedStoreTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOpenInAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open 0");

            assertThatThrownBy(() -> DocumentStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("the store at " + dir + " is in use by another compendium process (one that does not "
                            + "share it: an ingest, an export, index rebuild...); wait for it to finish, or use --data to "
                            + "pick another folder");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        // Once the other process has closed it, the store opens again.
        try (DocumentStore store = DocumentStore.open(dir)) {
            assertThat(store.documentCount()).isZero();
        }
    }

    @Test
    void aDataFolderWhosePathWouldAlterTheDatabaseUrlIsRefused() {
        assertThatThrownBy(() -> DocumentStore.open(dir.resolve("a;FILE_LOCK=NO")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("contains ';'");
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
}
