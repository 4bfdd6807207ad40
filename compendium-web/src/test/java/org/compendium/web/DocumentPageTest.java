package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.compendium.ingest.SourceText;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;
import org.compendium.store.DocumentSummary;
import org.compendium.web.catalogue.DocumentOutline;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.Page;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.Test;

/**
 * The document page says what the parser understood: both coverage figures, its warnings, and for a document kept as
 * unstructured text that text itself (escaped), with no provision to cite.
 */
class DocumentPageTest {
    private static final PageRenderer RENDERER = new PageRenderer();

    private static ParsedDocument parse(String name, String text) throws Exception {
        return new DocumentParser().parse(new SourceText(name, SourceFormat.TEXT, text, "ab".repeat(32),
                text.getBytes(StandardCharsets.UTF_8).length));
    }

    private static String render(UiLanguage lang, ParsedDocument doc) {
        DocumentSummary summary = new DocumentSummary(3, doc.source(), doc.sha256(), doc.metadata().type(),
                doc.metadata().body(), doc.metadata().meeting(), doc.metadata().session(), doc.metadata().dates(),
                doc.metadata().symbol(), doc.metadata().title(), null, doc.metadata().language(), doc.provisions().size(),
                Instant.EPOCH, doc.work());
        return RENDERER.html("document.jte", Map.of(
                "page", new Page(lang, Messages.of(lang), "?lang=" + lang.other().code(), "", null, ""),
                "outline", DocumentOutline.of(summary, doc)));
    }

    @Test
    void anUnstructuredDocumentShowsItsWarningAndItsEscapedTextAndNoProvision() throws Exception {
        ParsedDocument doc = parse("notes.txt", "Notes <script>alert(1)</script>\n\nBring the draft & the list.\n");
        String html = render(UiLanguage.EN, doc);
        assertThat(html).contains("<dd class=\"coverage\">0.00% of the text in provisions, 0.00% set aside")
                .contains("What the parser did not understand").contains("<li>type not recognised: found no resolution")
                .contains("Stored as unstructured text")
                .contains("<p class=\"unstructured-text\" lang=\"en\">Notes &lt;script&gt;alert(1)&lt;/script&gt;</p>")
                .contains("Bring the draft &amp; the list.")
                .doesNotContain("<script>").doesNotContain("class=\"provision ");
    }

    @Test
    void aTreatyShowsItsCoverageFiguresAndNoWarning() throws Exception {
        // The core's six-language fixture, read from the web module's folder.
        String text = Files.readString(Path.of("../compendium-core/src/test/resources/fixtures/treaty/en.txt"));
        ParsedDocument doc = parse("som-protocol-en.txt", text);
        String html = render(UiLanguage.FR, doc);
        assertThat(html).contains("<dd class=\"coverage\">92.10% du texte dans des dispositions, 7.90% mis à part")
                .doesNotContain("Ce que l’analyse n’a pas compris").doesNotContain("texte non structuré")
                .contains("<code class=\"citation\">SOM Protocol art. 6(1)(a)</code>");
    }
}
