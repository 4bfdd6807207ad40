package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Facet counts: of provisions, as the total counts them (a provision's six versions count once), and sideways — a
 * dimension the request filters on is counted without its own filter, so it lists the values one may switch to.
 */
class FacetCountsTest {
    private static SearchResult search(ProvisionSearch search, String query, Map<String, List<String>> filters)
            throws QuerySyntaxException {
        return search.search(new SearchRequest(query, filters, SortOrder.RELEVANCE, 0, 10));
    }

    private static long sum(SearchResult r, String dim) {
        return r.facet(dim).values().stream().mapToLong(FacetCount::count).sum();
    }

    @Test
    void aFilteredDimensionIsCountedWithoutItsOwnFilter() throws Exception {
        ProvisionSearch seeds = SeedIndex.search();
        SearchResult all = search(seeds, "victimes", Map.of());
        SearchResult wg4 = search(seeds, "victimes", Map.of(SearchFields.BODY, List.of("WG.4")));
        // The body facet is the unfiltered one: every body, with what choosing it would give.
        assertThat(wg4.facet(SearchFields.BODY).values()).isEqualTo(all.facet(SearchFields.BODY).values()).hasSizeGreaterThan(1)
                .contains(new FacetCount("WG.4", wg4.total()));
        // The other dimensions count the filtered matches.
        assertThat(sum(wg4, SearchFields.KIND)).isEqualTo(wg4.total()).isLessThan(all.total());
        assertThat(sum(wg4, SearchFields.TYPE)).isEqualTo(wg4.total());
    }

    @Test
    void withTwoFiltersEachDimensionKeepsTheOtherFilter() throws Exception {
        ProvisionSearch seeds = SeedIndex.search();
        Map<String, List<String>> both = Map.of(SearchFields.BODY, List.of("WG.7"), SearchFields.KIND, List.of("recommendation"));
        SearchResult r = search(seeds, "migrants", both);
        SearchResult recommendations = search(seeds, "migrants", Map.of(SearchFields.KIND, List.of("recommendation")));
        SearchResult wg7 = search(seeds, "migrants", Map.of(SearchFields.BODY, List.of("WG.7")));
        assertThat(r.facet(SearchFields.BODY).values()).isEqualTo(recommendations.facet(SearchFields.BODY).values());
        assertThat(r.facet(SearchFields.KIND).values()).isEqualTo(wg7.facet(SearchFields.KIND).values()).hasSizeGreaterThan(1);
        assertThat(r.facet(SearchFields.BODY).values()).contains(new FacetCount("WG.7", r.total()));
        assertThat(r.facet(SearchFields.KIND).values()).contains(new FacetCount("recommendation", r.total()));
        assertThat(sum(r, SearchFields.YEAR)).isEqualTo(r.total());
    }

    @Test
    void aProvisionMatchedInSeveralLanguagesCountsOnceUnderEachValue() throws Exception {
        ProvisionSearch six = SixLanguageIndex.search();
        // COP res. 13/4's 18 provisions, each indexed in six languages: 18 provisions under every value, not 108.
        SearchResult r = six.search(SearchRequest.of("").withFilter(SearchFields.BODY, "COP").withPage(0, 100));
        assertThat(r.total()).isEqualTo(org.compendium.bench.Regressions.getLong("parse.fixture.cop-resolution.provisions"));
        assertThat(sum(r, SearchFields.KIND)).isEqualTo(r.total());
        assertThat(sum(r, SearchFields.TYPE)).isEqualTo(r.total());
        assertThat(r.facet(SearchFields.LANGUAGE).values()).hasSize(6).extracting(FacetCount::count).containsOnly(r.total());
        // One language chosen: the language facet still lists all six (sideways), each with the resolution's provisions.
        SearchResult russian = six.search(r.request().withFilter(SearchFields.LANGUAGE, Language.RUSSIAN.code()));
        assertThat(russian.total()).isEqualTo(r.total());
        assertThat(russian.facet(SearchFields.LANGUAGE).values()).isEqualTo(r.facet(SearchFields.LANGUAGE).values());
    }
}
