package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.ParsedDocument;
import org.compendium.store.DocumentSummary;
import org.compendium.themes.Suggestion;
import org.compendium.web.catalogue.DocumentOutline;
import org.compendium.web.catalogue.ProvisionContext;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.Page;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.Test;

/** The provision page's HTML, rendered from its template without a server: suggestion reasons in the page's language. */
class ProvisionPageTest {
    private static final PageRenderer RENDERER = new PageRenderer();

    private static Suggestion suggestion(String themeId, List<String> similar, List<String> words) {
        return new Suggestion(themeId, themeId, 0.42, new Suggestion.Reason(similar, words), null);
    }

    private static String render(UiLanguage lang, List<Suggestion> suggestions) {
        ParsedDocument doc = SeededServer.hostileDocument();
        DocumentSummary summary = new DocumentSummary(7, doc.source(), doc.sha256(), doc.metadata().type(),
                doc.metadata().body(), doc.metadata().meeting(), doc.metadata().session(), doc.metadata().dates(),
                doc.metadata().symbol(), doc.metadata().title(), null, "fr", doc.provisions().size(), Instant.EPOCH);
        ProvisionContext context = ProvisionContext.of(DocumentOutline.of(summary, doc), 1, List.of()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("page", new Page(lang, Messages.of(lang), "?lang=" + lang.other().code(), "", null, ""));
        model.put("context", context);
        model.put("similar", Optional.empty());
        model.put("themes", List.of());
        model.put("suggestions", suggestions);
        model.put("labels", Map.of());
        model.put("vocabulary", List.of());
        model.put("flash", Optional.empty());
        return RENDERER.html("provision.jte", model);
    }

    @Test
    void aSuggestionsReasonIsWordedInFrenchOnTheFrenchPage() {
        String html = render(UiLanguage.FR, List.of(suggestion("corruption", List.of("I.22", "V.7"), List.of("corruption"))));
        assertThat(html).contains("<p class=\"reason\">proche de I.22, V.7 ; mots : corruption</p>")
                .doesNotContain("similar to").doesNotContain("words:");
    }

    @Test
    void aSuggestionsReasonIsWordedInEnglishOnTheEnglishPage() {
        String html = render(UiLanguage.EN, List.of(suggestion("corruption", List.of("I.22", "V.7"), List.of("corruption"))));
        assertThat(html).contains("<p class=\"reason\">similar to I.22, V.7; words: corruption</p>");
    }

    @Test
    void anEmptyPartOfAReasonIsLeftOutInEitherLanguage() {
        assertThat(render(UiLanguage.FR, List.of(suggestion("a", List.of(), List.of("migrant", "trafic")))))
                .contains("<p class=\"reason\">mots : migrant, trafic</p>");
        assertThat(render(UiLanguage.FR, List.of(suggestion("a", List.of("II.3"), List.of()))))
                .contains("<p class=\"reason\">proche de II.3</p>");
        assertThat(render(UiLanguage.EN, List.of(suggestion("a", List.of(), List.of()))))
                .contains("<p class=\"reason\"></p>");
    }

    @Test
    void markupInAReasonIsShownAsText() {
        String html = render(UiLanguage.FR, List.of(suggestion("a", List.of("<b>I.1</b>"), List.of("<script>alert(3)</script>"))));
        assertThat(html).contains("proche de &lt;b").contains(" ; mots : &lt;script")
                .doesNotContain("<script>alert(3)").doesNotContain("<b>I.1");
    }
}
