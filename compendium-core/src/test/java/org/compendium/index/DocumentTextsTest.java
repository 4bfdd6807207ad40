package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.compendium.ingest.SourceText;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.model.Work;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unstructured document's text is searchable as the document's, with no citation: a provision search never meets
 * it, a search of the texts finds it by its words in its language's analysis, and it leaves with its document.
 */
class DocumentTextsTest {
    private static final String LETTER = """
            Note verbale

            The Permanent Mission presents its compliments to the Secretariat and has the honour to transmit the
            national contribution on maritime smuggling networks and on the protection of rescued migrants.

            The Mission avails itself of this opportunity to renew the assurances of its highest consideration.
            """;

    @TempDir
    Path dir;

    private static ParsedDocument parse(String name, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        return new DocumentParser().parse(new SourceText(name, SourceFormat.TEXT, text, sha, bytes.length));
    }

    @Test
    void anUnstructuredDocumentIsFoundByItsWordsAsTheDocumentNotAsAProvision() throws Exception {
        ParsedDocument letter = parse("note-verbale.txt", LETTER);
        assertThat(letter.unstructured()).isTrue();
        Path indexDir = dir.resolve("index");
        try (ProvisionIndex index = ProvisionIndex.open(indexDir)) {
            assertThat(index.replace(letter)).isZero();
            index.commit(1);
            assertThat(index.size()).isZero();
            assertThat(index.unstructuredTexts()).isEqualTo(1);
        }
        // Stemmed in English: "networks" is found by "network", "rescued" by "rescue".
        List<DocumentTexts.Hit> hits = DocumentTexts.search(indexDir, "smuggling network rescue", 10);
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.work()).isEqualTo(Work.parse("doc:note-verbale"));
            assertThat(hit.language()).isEqualTo(Language.ENGLISH);
            assertThat(hit.source()).isEqualTo("note-verbale.txt");
            assertThat(hit.snippet()).contains("maritime smuggling networks");
        });
        assertThat(DocumentTexts.search(indexDir, "smuggling -rescue", 10)).isEmpty();
        assertThat(DocumentTexts.search(indexDir, "cybercrime", 10)).isEmpty();
        try (ProvisionSearch search = ProvisionSearch.open(indexDir)) {
            assertThat(search.search(SearchRequest.of("smuggling")).hits()).isEmpty();
        }
    }

    @Test
    void theTextLeavesWithItsDocumentAndIsReplacedByItsStructuredCopy() throws Exception {
        Path indexDir = dir.resolve("index");
        ParsedDocument letter = parse("note-verbale.txt", LETTER);
        ParsedDocument structured = parse("note-verbale.txt", """
                Resolution 13/9

                The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

                Recalling its resolution 11/2 on maritime smuggling networks,

                1. Requests the Secretariat to report on maritime smuggling networks;
                """);
        assertThat(structured.unstructured()).isFalse();
        try (ProvisionIndex index = ProvisionIndex.open(indexDir)) {
            index.replace(letter);
            index.commit(1);
            index.replace(structured);
            index.commit(2);
            assertThat(index.unstructuredTexts()).isZero();
            assertThat(index.size()).isEqualTo(structured.provisions().size());
            index.replace(letter);
            index.commit(3);
            assertThat(index.unstructuredTexts()).isEqualTo(1);
            index.remove(letter.source(), letter.sha256());
            index.commit(4);
            assertThat(index.unstructuredTexts()).isZero();
            index.replace(letter);
            index.clear();
            index.commit(5);
            assertThat(index.unstructuredTexts()).isZero();
        }
        assertThat(DocumentTexts.search(indexDir, "smuggling", 10)).isEmpty();
    }
}
