package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.ingest.SourceReader;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentStore;
import org.compendium.themes.Evaluation;
import org.compendium.themes.IndexConsistency;
import org.compendium.themes.IndexImport;
import org.compendium.themes.ThemeClassifier;
import org.compendium.web.catalogue.ThemeCatalogue;
import org.compendium.web.catalogue.ThemeConsistency;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.Page;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.ThemePages;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors' consistency page ({@code /themes/consistency}) rendered from its template without a server, over a
 * store seeded with the five seeds and the imported index: the figures and pairs of the seed compendium, in either
 * language, with links to the provisions and themes.
 */
class ConsistencyPageTest {
    private static final PageRenderer RENDERER = new PageRenderer();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static DocumentStore store;
    static ThemeConsistency consistency;
    static ThemeCatalogue themes;

    @BeforeAll
    static void seed() {
        store = DocumentStore.open(dir.resolve("data"));
        new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(Corpus.dir()), IngestListener.NONE);
        IndexImport.run(store, "test", CLOCK);
        consistency = new ThemeConsistency(store);
        themes = new ThemeCatalogue(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Page page(UiLanguage lang) {
        return new Page(lang, Messages.of(lang), "?lang=" + lang.other().code(), "", null, "");
    }

    private static String render(UiLanguage lang) {
        return RENDERER.html("consistency.jte", ThemePages.consistencyModel(page(lang), consistency, themes));
    }

    private static int count(String html, String needle) {
        return html.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void theSummaryGivesTheSeedIndexsAgreementWithItself() {
        String html = render(UiLanguage.EN);
        assertThat(html).contains("<p id=\"consistency-summary\">24 provisions have a near-identical provision "
                + "(cosine ≥ 0.60) in another meeting or session. On these pairs the index’s themes for the one agree "
                + "with those for the other at micro precision 0.6557, recall 0.6557, F1 0.6557.</p>");
        assertThat(html).contains("8 pairs themed differently, most similar first");
    }

    @Test
    void eachPairThemedDifferentlyIsListedOnceMostSimilarFirstLinkingToBothProvisions() {
        String html = render(UiLanguage.EN);
        assertThat(count(html, "<li class=\"consistency-pair\">")).isEqualTo(8);
        int first = html.indexOf("<li class=\"consistency-pair\">");
        String firstPair = html.substring(first, html.indexOf("</li>\n", first));
        assertThat(firstPair).contains("<span class=\"similarity\">similarity 0.91</span> · "
                + "<a href=\"/provisions/CTOC%2FCOP%2FWG.7%20meeting%201%20rec.%202\">I.2</a> (<code>CTOC/COP/WG.7 meeting 1 rec. 2</code>)"
                + " ~ <a href=\"/provisions/COP%20res.%206%2F3%20op.%202\">VI.2</a> (<code>COP res. 6/3 op. 2</code>)");
        assertThat(firstPair).contains("<dt>Only VI.2</dt><dd><ul class=\"theme-links\">")
                .contains("<a href=\"/themes/systeme-de-justice-penale-sanctions-et-condamnation\"");
        // A mutual pair is listed once, not once from each side.
        assertThat(html).doesNotContain(">VI.2</a> (<code>COP res. 6/3 op. 2</code>) ~");
        assertThat(html).contains("Reject a theme").contains("Add the theme it lacks");
    }

    @Test
    void theFrenchPageWordsTheFiguresInFrench() {
        String html = render(UiLanguage.FR);
        assertThat(html).contains("24 dispositions ont une disposition quasi identique (cosinus ≥ 0,60)")
                .contains("un F1 de 0,6557")
                .contains("8 paires aux thèmes différents")
                .contains("<span class=\"similarity\">similarité 0,91</span>")
                .contains("<dt>Propres à VI.2</dt>");
    }

    @Test
    void theThemesPageLinksToIt() {
        String html = RENDERER.html("themes.jte", ThemePages.listModel(page(UiLanguage.EN), themes));
        assertThat(html).contains("<a href=\"/themes/consistency\" id=\"consistency-link\">");
    }

    @Test
    void withoutAnImportedIndexThePageSaysHowToImportOne(@TempDir Path empty) {
        try (DocumentStore none = DocumentStore.open(empty)) {
            String html = RENDERER.html("consistency.jte", ThemePages.consistencyModel(page(UiLanguage.EN),
                    new ThemeConsistency(none), new ThemeCatalogue(none)));
            assertThat(html).contains("No theme index yet. Import it with: compendium themes import")
                    .doesNotContain("consistency-pair");
        }
    }

    @Test
    void markupInLabelsCitationsAndThemesIsShownAsText() {
        ThemeClassifier.Example a = new ThemeClassifier.Example("CTOC/COP/WG.7/2099 rec. 1\"><script>alert(5)</script>",
                "<b>I.1</b>", "texte", Set.of("<i>t</i>", "shared"));
        ThemeClassifier.Example b = new ThemeClassifier.Example("COP res. 99/1 op. 1", "VI.1", "texte", Set.of("shared"));
        IndexConsistency c = new IndexConsistency(0.6, List.of(new IndexConsistency.Pair(a, b, 0.9)),
                new Evaluation.Figures(0.5, 0.5, 0.5));
        Theme hostile = new Theme("shared", Map.of("fr", "<script>alert(6)</script>"), null, Body.WG_SOM);
        String html = RENDERER.html("consistency.jte", Map.of("page", page(UiLanguage.EN), "consistency", Optional.of(c),
                "themes", Map.of("shared", hostile)));
        assertThat(html).contains("&lt;b&gt;I.1&lt;/b&gt;").contains("&lt;script&gt;alert(6)&lt;/script&gt;")
                .contains("/themes/%3Ci%3Et%3C%2Fi%3E\">&lt;i&gt;t&lt;/i&gt;</a>")
                .contains("/provisions/CTOC%2FCOP%2FWG.7%2F2099%20rec.%201%22%3E%3Cscript%3Ealert%285%29%3C%2Fscript%3E")
                .doesNotContain("<script>alert(").doesNotContain("<b>I.1");
    }
}
