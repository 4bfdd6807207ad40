package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Eid;
import org.compendium.model.Language;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Work;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search ranked tier by tier ({@link ProvisionSearch.TopK#TIERED}) answers what the one-pass ranking answers: for
 * random queries of words over a generated index of provisions in French and English (a provision's two versions
 * one hit), the same pages — provisions, order and scores — first and later pages, with and without a filter, and
 * the same totals and facets.
 */
class TieredSearchTest {
    private static final int PROVISIONS = 2_500;
    private static Path dir;
    private static ProvisionSearch search;

    @BeforeAll
    static void index() throws Exception {
        dir = Files.createTempDirectory("compendium-tiers-");
        Random random = new Random(4L);
        try (ProvisionIndex index = ProvisionIndex.open(dir)) {
            for (int i = 0; i < PROVISIONS; i++) {
                Citation c = Citation.of(new Work.MeetingReport(Body.WG_SOM, 1 + i / 500), Eid.of(Eid.Series.PARAGRAPH, String.valueOf(1 + i % 500)));
                Body body = i % 4 == 0 ? Body.COP : Body.WG_SOM;
                index.add(entry(c, TieredTopDocsTest.text(random, TieredTopDocsTest.FRENCH), "fr", body, i));
                if (i % 3 == 0) {
                    index.add(entry(c, TieredTopDocsTest.text(random, TieredTopDocsTest.ENGLISH), "en", body, i));
                }
            }
            index.commit();
        }
        search = ProvisionSearch.open(dir, LanguageAnalyzers.defaults(), text -> Language.UNDETERMINED);
    }

    private static ProvisionEntry entry(Citation c, String text, String language, Body body, int i) {
        return new ProvisionEntry(c, text, language, ProvisionKind.PARAGRAPH, null, List.of(), null, List.of(), List.of(),
                body, 1 + i / 500, null, 2020, null, DocumentType.MEETING_REPORT, "tiers-" + language + "-" + i / 500 + ".txt",
                HexFormat.of().toHexDigits((long) i / 500) + language, null, i % 500);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static SearchResult search(SearchRequest request, ProvisionSearch.TopK how) throws Exception {
        search.rankWith(how);
        try {
            return search.search(request);
        } finally {
            search.rankWith(ProvisionSearch.TopK.TIERED);
        }
    }

    @Test
    void pagesRankedTierByTierAreThoseOfOnePass() throws Exception {
        Random random = new Random(7L);
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            String query = TieredTopDocsTest.query(random, random.nextInt(4) == 0 ? TieredTopDocsTest.ENGLISH : TieredTopDocsTest.FRENCH);
            SearchRequest request = SearchRequest.of(query).withPage(random.nextInt(3) == 0 ? 10 : 0, random.nextBoolean() ? 10 : 50);
            if (random.nextInt(4) == 0) {
                request = request.withFilter(SearchFields.BODY, "COP");
            }
            SearchResult onePass = search(request, ProvisionSearch.TopK.ONE_PASS);
            SearchResult tiered = search(request, ProvisionSearch.TopK.TIERED);
            assertThat(tiered.citations()).as(query).isEqualTo(onePass.citations());
            assertThat(tiered.hits().stream().map(SearchHit::score).toList()).as(query + ": scores")
                    .isEqualTo(onePass.hits().stream().map(SearchHit::score).toList());
            assertThat(tiered.total()).isEqualTo(onePass.total());
            assertThat(tiered.facets()).isEqualTo(onePass.facets());
            compared += tiered.hits().isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(160);
    }
}
