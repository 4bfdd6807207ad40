package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.bench.Regressions;
import org.junit.jupiter.api.Test;

/**
 * The participant facet on the seed index: the States of the two meeting reports' participation lists (WG.4 meeting 9,
 * WG.7 meeting 8), queryable, with counts; a compendium's quoted recommendations are not attributed to them.
 */
class ParticipantFacetTest {
    private static SearchResult filtered(String state) throws QuerySyntaxException {
        return SeedIndex.search().search(new SearchRequest("", Map.of(SearchFields.PARTICIPANT, List.of(state)), SortOrder.RELEVANCE, 0, 1000));
    }

    @Test
    void theFacetListsEveryParticipatingStateWithItsProvisionCount() throws QuerySyntaxException {
        SearchResult all = SeedIndex.search().search(SearchRequest.of("").withPage(0, 0));
        Facet states = all.facet(SearchFields.PARTICIPANT);
        Regressions.assertCount("search.participants.states", states.values().size());
        assertThat(states.values()).extracting(FacetCount::value).contains("EUE", "USA", "IRN", "VAT");
    }

    @Test
    void eachStatesCountIsThatOfTheProvisionsItFilters() throws QuerySyntaxException {
        // The participation lists are counted list by list (FacetOrdinals), not document by document: each State's
        // count must still be the number of provisions a filter on it finds, with and without a query.
        for (String query : List.of("", "traite des personnes")) {
            SearchResult all = SeedIndex.search().search(SearchRequest.of(query).withPage(0, 0));
            List<FacetCount> states = all.facet(SearchFields.PARTICIPANT).values();
            assertThat(states).hasSizeGreaterThan(50);
            for (FacetCount state : states) {
                SearchResult filtered = SeedIndex.search().search(SearchRequest.of(query)
                        .withFilter(SearchFields.PARTICIPANT, state.value()).withPage(0, 0));
                assertThat(state.count()).as("%s for «%s»", state.value(), query).isEqualTo(filtered.total());
            }
        }
    }

    @Test
    void aStateFindsTheProvisionsOfTheMeetingsItTookPartIn() throws QuerySyntaxException {
        SearchResult both = filtered("EUE");
        Regressions.assertCount("search.participants.EUE", both.total());
        assertThat(both.hits()).allSatisfy(h -> {
            assertThat(h.provision().citation().work().toString()).isIn("CTOC/COP/WG.4 meeting 9", "CTOC/COP/WG.7 meeting 8");
            assertThat(h.provision().participants()).contains("EUE");
            assertThat(h.provision().type().code()).isEqualTo("meeting-report");
        });
        SearchResult wg4 = SeedIndex.search().search(new SearchRequest("", Map.of(SearchFields.PARTICIPANT, List.of("EUE"),
                SearchFields.BODY, List.of("WG.4")), SortOrder.RELEVANCE, 0, 1000));
        SearchResult wg7 = SeedIndex.search().search(new SearchRequest("", Map.of(SearchFields.PARTICIPANT, List.of("EUE"),
                SearchFields.BODY, List.of("WG.7")), SortOrder.RELEVANCE, 0, 1000));
        assertThat(wg4.total() + wg7.total()).isEqualTo(both.total());
        assertThat(wg4.total()).isPositive();
        assertThat(wg7.total()).isPositive();
    }
}
