package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.compendium.ingest.SourceText;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's searcher of the unstructured texts stays open while the store generation stays the same, and is
 * reopened at the first search after it changes: what a change of the texts shows depends on the generation alone.
 */
class DocumentTextSearcherTest {
    @TempDir
    Path dir;

    private static ParsedDocument letter(String name, String topic) throws Exception {
        String text = "Note verbale\n\nThe Permanent Mission presents its compliments to the Secretariat and has the honour to "
                + "transmit the national contribution on " + topic + ".\n\nThe Mission avails itself of this opportunity to "
                + "renew the assurances of its highest consideration.\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        ParsedDocument doc = new DocumentParser().parse(new SourceText(name, SourceFormat.TEXT, text, sha, bytes.length));
        assertThat(doc.unstructured()).isTrue();
        return doc;
    }

    @Test
    void theTextsAreReadAgainOnlyWhenTheGenerationChanges() throws Exception {
        Path indexDir = dir.resolve("index");
        AtomicLong generation = new AtomicLong(0);
        try (ProvisionIndex index = ProvisionIndex.open(indexDir);
                DocumentTextSearcher texts = new DocumentTextSearcher(indexDir, generation::get)) {
            assertThat(texts.search("smuggling", 10)).isEmpty();

            index.replace(letter("note-1.txt", "maritime smuggling networks"));
            index.commit(1);
            // The same generation: the state read before (no texts) still answers.
            assertThat(texts.search("smuggling", 10)).isEmpty();
            generation.set(1);
            assertThat(texts.search("smuggling", 10)).extracting(DocumentTexts.Hit::source).containsExactly("note-1.txt");
            assertThat(texts.opens()).isEqualTo(1);

            index.replace(letter("note-2.txt", "cybercrime and electronic evidence"));
            index.remove("note-1.txt", letter("note-1.txt", "maritime smuggling networks").sha256());
            index.commit(2);
            assertThat(texts.search("cybercrime", 10)).isEmpty();
            assertThat(texts.search("smuggling", 10)).hasSize(1);
            assertThat(texts.opens()).isEqualTo(1);
            generation.set(2);
            assertThat(texts.search("cybercrime", 10)).extracting(DocumentTexts.Hit::source).containsExactly("note-2.txt");
            assertThat(texts.search("smuggling", 10)).isEmpty();
            assertThat(texts.opens()).isEqualTo(2);

            // A generation change that changed no text keeps the reader.
            generation.set(3);
            assertThat(texts.search("cybercrime", 10)).hasSize(1);
            assertThat(texts.opens()).isEqualTo(2);
        }
    }

    @Test
    void aSearchFindsWhatTheOneShotSearchFinds() throws Exception {
        Path indexDir = dir.resolve("index");
        try (ProvisionIndex index = ProvisionIndex.open(indexDir)) {
            index.replace(letter("note-1.txt", "maritime smuggling networks and rescued migrants"));
            index.commit(1);
        }
        try (DocumentTextSearcher texts = new DocumentTextSearcher(indexDir, () -> 1)) {
            for (String words : new String[] {"smuggling network rescue", "smuggling -rescue", "\"maritime smuggling\"", "smugg*", "   "}) {
                assertThat(texts.search(words, 10)).as(words).isEqualTo(DocumentTexts.search(indexDir, words, 10));
            }
        }
    }
}
