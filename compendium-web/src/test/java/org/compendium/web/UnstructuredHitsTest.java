package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.SearchResult;
import org.compendium.ingest.SourceText;
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.parse.DocumentParser;
import org.compendium.parse.LanguageFixtures;
import org.compendium.web.api.SearchApi;
import org.compendium.web.api.SearchParams;
import org.compendium.web.catalogue.Searcher;
import org.compendium.web.pages.Messages;
import org.compendium.web.pages.Page;
import org.compendium.web.pages.PageRenderer;
import org.compendium.web.pages.SearchView;
import org.compendium.web.pages.UiLanguage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document stored without provisions (its structure not recognised) is found by the web search and
 * {@code GET /api/search} too, after the provisions — with no citation, its work, file and a passage of its text
 * (escaped on the page) — on the first page of a query without filters only. Before, only the command line showed them.
 */
class UnstructuredHitsTest {
    @TempDir
    static Path dir;
    private static ProvisionSearch search;
    private static Searcher searcher;

    private static ParsedDocument parse(String name, String text) throws Exception {
        return new DocumentParser().parse(new SourceText(name, SourceFormat.TEXT, text, "cd".repeat(32),
                text.getBytes(StandardCharsets.UTF_8).length));
    }

    @BeforeAll
    static void indexOneResolutionAndOneUnstructuredNote() throws Exception {
        Path index = dir.resolve("index");
        try (ProvisionIndex writer = ProvisionIndex.open(index)) {
            writer.replace(new DocumentParser().parse(LanguageFixtures.source(LanguageFixtures.COP_RESOLUTION, Language.ENGLISH)));
            writer.replace(parse("briefing-note.txt", "Briefing note on <b>vessels</b> & smuggling by sea\n\n"
                    + "Delegations discussed the boarding of vessels suspected of smuggling migrants by sea.\n"));
            writer.commit();
        }
        search = ProvisionSearch.open(index);
        searcher = Searcher.of(search);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static SearchParams params(Map<String, List<String>> query) {
        return SearchParams.fromApi(query);
    }

    @Test
    void theApiListsTheUnstructuredDocumentAfterTheProvisions() throws Exception {
        SearchParams p = params(Map.of("q", List.of("vessels smuggling")));
        SearchResult r = searcher.search(p.request()).orElseThrow();
        JsonNode json = new ObjectMapper().valueToTree(SearchApi.Results.of(p, r, Map.of(), Searcher.unstructuredFor(searcher, p.request())));
        assertThat(json.get("hits").size()).isPositive();
        JsonNode doc = json.get("unstructured");
        assertThat(doc).hasSize(1);
        assertThat(doc.get(0).get("work").asText()).isEqualTo("doc:briefing-note");
        assertThat(doc.get(0).get("language").asText()).isEqualTo("en");
        assertThat(doc.get(0).get("source").asText()).isEqualTo("briefing-note.txt");
        assertThat(doc.get(0).get("snippet").asText()).contains("vessels");
        assertThat(doc.get(0).get("permalink").asText()).isEqualTo("/works/doc-briefing-note/en");
    }

    @Test
    void aFilteredSearchOrALaterPageListsNone() throws Exception {
        SearchParams filtered = params(Map.of("q", List.of("vessels"), "type", List.of("resolution")));
        assertThat(Searcher.unstructuredFor(searcher, filtered.request())).isEmpty();
        SearchParams second = params(Map.of("q", List.of("vessels"), "page", List.of("2"), "pageSize", List.of("1")));
        assertThat(Searcher.unstructuredFor(searcher, second.request())).isEmpty();
        SearchParams first = params(Map.of("q", List.of("vessels"), "pageSize", List.of("1")));
        assertThat(Searcher.unstructuredFor(searcher, first.request())).hasSize(1);
    }

    @Test
    void theSearchPageShowsItEscapedWithItsPermalink() throws Exception {
        SearchParams p = SearchParams.from(Map.of("q", List.of("vessels")));
        SearchView view = new SearchView(p, searcher.search(p.request()).orElseThrow(), null, false, Map.of(),
                Searcher.unstructuredFor(searcher, p.request()));
        String html = new PageRenderer().html("search.jte", Map.of(
                "page", new Page(UiLanguage.EN, Messages.of(UiLanguage.EN), "?lang=fr", "", null, ""), "view", view));
        assertThat(html).contains("Also in one document stored without provisions")
                .contains("<a href=\"/works/doc-briefing-note/en\" hreflang=\"en\"><code>doc:briefing-note</code></a>")
                .contains("&lt;b&gt;vessels&lt;/b&gt; &amp; smuggling").doesNotContain("<b>vessels</b>");
    }
}
