package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.compendium.ingest.SourceReader;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.EditorChanges;
import org.compendium.store.DocumentStore;
import org.compendium.themes.ThemeEditing;
import org.compendium.web.catalogue.Uploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads of one file name never overwrite each other's kept file: each language's version sent as
 * {@code report.txt} is stored and kept (the second in {@code uploads/2/}); a new copy of the same document takes
 * its file's place; a file that fails leaves the stored document's file as it was.
 */
class UploadKeepingTest {
    @TempDir
    Path data;
    private DocumentStore store;
    private Uploads uploads;

    @BeforeEach
    void open() {
        store = DocumentStore.open(data);
        uploads = new Uploads(store, new SourceReader(), new DocumentParser(),
                new EditorChanges(new ThemeEditing(store, Clock.systemUTC()), store, null, null), stored -> { });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = UploadKeepingTest.class.getResourceAsStream("/fixtures/" + path)) {
            assertThat(in).as("fixture %s on the class path", path).isNotNull();
            return in.readAllBytes();
        }
    }

    private Uploads.Outcome upload(String name, byte[] bytes) throws IOException {
        return uploads.ingest(name, new ByteArrayInputStream(bytes));
    }

    @Test
    void twoLanguageVersionsOfOneNameAreBothStoredAndBothKept() throws IOException {
        byte[] english = fixture("wg-report/en.txt");
        byte[] french = fixture("wg-report/fr.txt");

        assertThat(upload("report.txt", english).ok()).isTrue();
        Uploads.Outcome second = upload("report.txt", french);

        assertThat(second.ok()).isTrue();
        assertThat(second.lines().getFirst()).contains("(stored as 2/report.txt: another stored document is named report.txt)");
        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(data.resolve("uploads/report.txt")).hasBinaryContent(english);
        assertThat(data.resolve("uploads/2/report.txt")).hasBinaryContent(french);

        // Sent again, each finds its own kept file and stored name: replaced, nothing more kept.
        assertThat(upload("report.txt", french).lines().getFirst()).contains("2/report.txt").contains("replaced");
        assertThat(upload("report.txt", english).lines().getFirst()).contains("replaced");
        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(data.resolve("uploads/3")).doesNotExist();
    }

    @Test
    void aNewCopyOfTheSameDocumentTakesItsFilesPlace() throws IOException {
        byte[] english = fixture("wg-report/en.txt");
        byte[] corrected = (new String(english, StandardCharsets.UTF_8) + "\n\nCorrected by the Secretariat.\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(upload("report.txt", english).ok()).isTrue();
        Uploads.Outcome second = upload("report.txt", corrected);

        assertThat(second.ok()).isTrue();
        assertThat(second.lines().getFirst()).contains("(replaced the earlier copy)").doesNotContain("stored as");
        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(data.resolve("uploads/report.txt")).hasBinaryContent(corrected);
        assertThat(data.resolve("uploads/2")).doesNotExist();
    }

    @Test
    void aFileThatFailsLeavesTheStoredDocumentsFileAsItWas() throws IOException {
        byte[] english = fixture("wg-report/en.txt");
        assertThat(upload("report.txt", english).ok()).isTrue();

        Uploads.Outcome failed = upload("report.txt", new byte[0]);

        assertThat(failed.ok()).isFalse();
        assertThat(failed.lines().getFirst()).startsWith("FAILED");
        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(data.resolve("uploads/report.txt")).hasBinaryContent(english);
        assertThat(data.resolve("uploads/2/report.txt")).isEmptyFile();
    }
}
