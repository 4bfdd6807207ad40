package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.compendium.ingest.SourceText;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets carry raw text: markup-like characters in a provision stay literal, for the renderer to escape. The
 * fixture is a small Markdown decision written for this test.
 */
class SnippetEscapingTest {
    private static final String DECISION = """
            ## Décision 9/9

            ### **Application du Protocole**

            *La Conférence des Parties à la Convention,*

            a) *Décide* que la mention <script>alert(1)</script> reste un texte ;

            b) *Prie* le Secrétariat de citer « AT&amp;T » et 3 < 4 > 2 sans conversion ;

            c) *Invite* les États à lire `code` et [un lien](http://example.org) tels quels.
            """;

    @Test
    void markupInProvisionTextStaysLiteralInFragments(@TempDir Path dir) throws Exception {
        ParsedDocument doc = new DocumentParser().parse(
                new SourceText("decision.md", SourceFormat.MARKDOWN, DECISION, "1".repeat(64), DECISION.length()));
        try (ProvisionIndex index = ProvisionIndex.open(dir)) {
            index.replace(doc);
            index.commit();
        }
        try (ProvisionSearch search = ProvisionSearch.open(dir)) {
            SearchHit script = search.search(SearchRequest.of("script alert")).hits().getFirst();
            assertThat(script.snippet().text()).contains("<script>alert(1)</script>");
            assertThat(script.snippet().highlights()).containsExactly("script", "alert", "script");
            assertThat(script.provision().text()).isEqualTo(doc.provisions().get(0).text());

            SearchHit amp = search.search(SearchRequest.of("amp")).hits().getFirst();
            assertThat(amp.snippet().text()).contains("AT&amp;T").contains("3 < 4 > 2");
            assertThat(amp.snippet().highlights()).containsExactly("amp");

            SearchHit link = search.search(SearchRequest.of("lien")).hits().getFirst();
            // Whatever Markdown the parser leaves in the text reaches the snippet character for character.
            assertThat(link.snippet().text()).isEqualTo(doc.provisions().get(2).text());
        }
    }
}
