package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.model.Citation;
import org.junit.jupiter.api.Test;

/**
 * Search results on the five seeds, ingested into a temporary store and indexed from it: the figures the README
 * quotes under "you should get".
 */
class SearchGoldenTest {
    private final ProvisionSearch search = SeedIndex.search();

    private SearchResult run(SearchRequest request) throws QuerySyntaxException {
        return search.search(request);
    }

    @Test
    void rebuildIndexesEveryStoredProvision() {
        assertThat(SeedIndex.ingest().ingested()).isEqualTo(5);
        assertThat(SeedIndex.rebuild()).isEqualTo(new org.compendium.pipeline.IndexRebuild.Report(5, org.compendium.bench.Regressions.getLong("corpus.provisions"), (int) org.compendium.bench.Regressions.getLong("corpus.provisions")));
        assertThat(search.size()).isEqualTo((int) org.compendium.bench.Regressions.getLong("corpus.provisions"));
    }

    @Test
    void thePhraseOnRegularPathwaysFindsThe2021SmugglingRecommendationFirst() throws Exception {
        SearchResult r = run(SearchRequest.of("\"voies de migration régulière\""));
        // Rec. 5 asks States to design "véritables voies de migration régulière"; the 2021 report's debate (paras 8-10)
        // and rec. 2 use the phrase too, as does the 2024 Secretariat report (para. 29). Since the kind prior (#11) the
        // recommendation rec. 2 comes before the report paragraphs (4th before, after paras 10 and 9).
        assertThat(r.citations()).containsExactly("CTOC/COP/WG.7 meeting 8 rec. 5", "CTOC/COP/WG.7 meeting 8 rec. 2",
                "CTOC/COP/WG.7 meeting 8 para. 10", "CTOC/COP/WG.7 meeting 8 para. 9", "CTOC/COP session 12 report 2024-07-23 para. 29",
                "CTOC/COP/WG.7 meeting 8 para. 8");
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.hits().getFirst().snippet().highlights()).containsExactly("voies de migration régulière");
    }

    @Test
    void caseAccentsAndPluralsDoNotChangeTheResults() throws Exception {
        Set<String> base = citations("entraide judiciaire");
        // 16 provisions hold both words, 13 one of them, 3 a word of their roots only ("entraver").
        assertThat(base).hasSize(32).contains("COP res. 6/3 op. 13", "CTOC/COP/WG.4 meeting 9 rec. 10");
        assertThat(citations("entraides judiciaires")).isEqualTo(base);
        assertThat(citations("ENTRAIDE judiciaire")).isEqualTo(base);
        assertThat(citations("entraide judiciaíre")).as("accent folding").isEqualTo(base);
    }

    @Test
    void aPrefixMatchesTheStem() throws Exception {
        assertThat(run(SearchRequest.of("entraid*")).total()).isEqualTo(17);
        assertThat(run(SearchRequest.of("Entraid*")).total()).isEqualTo(17);
    }

    @Test
    void theWg4FilterKeepsOnlyTraffickingProvisions() throws Exception {
        SearchResult r = run(SearchRequest.of("victimes").withFilter(SearchFields.BODY, "WG.4").withPage(0, 100));
        // 33 since #10 session 5 (31): rec. 17's items a) and b) name victims and are provisions of their own.
        assertThat(r.total()).isEqualTo(33);
        assertThat(r.hits()).allMatch(h -> h.provision().body() == org.compendium.model.Body.WG_TIP);
        // The body facet is counted sideways (without the body filter): the bodies one may switch to.
        assertThat(r.facet(SearchFields.BODY).values()).contains(new FacetCount("WG.4", 33)).hasSizeGreaterThan(1);
        assertThat(r.facet(SearchFields.TYPE).values()).containsExactly(new FacetCount("meeting-report", 33));
        // The same filter written in the query, and by the body's symbol prefix.
        assertThat(run(SearchRequest.of("body:wg.4 victimes")).total()).isEqualTo(33);
        assertThat(run(SearchRequest.of("victimes").withFilter(SearchFields.BODY, "CTOC/COP/WG.4")).total()).isEqualTo(33);
    }

    @Test
    void facetCountsOfOneQueryAreExact() throws Exception {
        // The 32 provisions holding "entraide" or "judiciaire" or a word of their roots (the 16 holding both first).
        SearchResult r = run(SearchRequest.of("entraide judiciaire"));
        assertThat(r.facet(SearchFields.BODY).values()).containsExactly(
                new FacetCount("WG.7", 22), new FacetCount("COP", 6), new FacetCount("WG.4", 4));
        assertThat(r.facet(SearchFields.BODY).values().stream().mapToLong(FacetCount::count).sum()).isEqualTo(r.total());
        assertThat(r.facet(SearchFields.TYPE).values()).containsExactly(new FacetCount("compendium", 20),
                new FacetCount("meeting-report", 9), new FacetCount("secretariat-report", 2), new FacetCount("resolution", 1));
        assertThat(r.facet(SearchFields.KIND).values()).containsExactly(new FacetCount("recommendation", 15),
                new FacetCount("paragraph", 9), new FacetCount("subparagraph", 5), new FacetCount("operative", 3));
        assertThat(r.facet(SearchFields.YEAR).values()).containsExactly(new FacetCount("2019", 6),
                new FacetCount("2021", 5), new FacetCount("2015", 4), new FacetCount("2018", 4),
                new FacetCount("2013", 3), new FacetCount("2012", 2), new FacetCount("2017", 2), new FacetCount("2024", 2));
        assertThat(r.facet(SearchFields.VERB).values()).containsExactly(new FacetCount("devraient", 9),
                new FacetCount("sont encouragés", 5), new FacetCount("prie instamment", 2),
                new FacetCount("prie aussi instamment", 1), new FacetCount("sont invités", 1));
        assertThat(r.facet(SearchFields.ADDRESSEE).values()).containsExactly(new FacetCount("states-parties", 15),
                new FacetCount("states", 3));
        assertThat(r.facet(SearchFields.THEME).values()).isEmpty();
    }

    @Test
    void moreLikeThisFindsTheResolutionThatTookTheWorkingGroupsWording() {
        List<SearchHit> similar = search.moreLikeThis(Citation.parse("CTOC/COP/WG.7 meeting 1 rec. 20"), 5);
        // Res. 6/3 op. 3 repeats rec. 20 almost word for word; res. 5/3 op. 7 shares "protéger ... droits" and
        // "torture ou ... peines ou traitements cruels, inhumains ou dégradants".
        assertThat(similar).extracting(h -> h.provision().citation().toString())
                .startsWith("COP res. 6/3 op. 3", "COP res. 5/3 op. 7")
                .doesNotContain("CTOC/COP/WG.7 meeting 1 rec. 20");
        assertThat(similar.get(0).score()).isGreaterThan(similar.get(1).score() * 1.5f);
    }

    @Test
    void getReturnsEveryCopyOfACitation() {
        assertThat(search.get(Citation.parse("COP res. 6/3 op. 3"))).singleElement()
                .satisfies(e -> assertThat(e.verb()).isEqualTo("prie instamment"))
                .satisfies(e -> assertThat(e.addressees()).containsExactly(Addressees.STATES_PARTIES))
                .satisfies(e -> assertThat(e.body()).isEqualTo(org.compendium.model.Body.COP));
        assertThat(search.get(Citation.parse("COP res. 99/1 op. 1"))).isEmpty();
        // Op. 9's later clauses: "…, prie instamment les États de…, et demande à l'Office des Nations Unies…".
        assertThat(search.get(Citation.parse("COP res. 11/5 op. 9"))).singleElement()
                .satisfies(e -> assertThat(e.addressees()).containsExactly(Addressees.STATES, Addressees.SECRETARIAT));
    }

    @Test
    void sortByDatePutsTheNewestFirst() throws Exception {
        SearchResult r = run(SearchRequest.of("\"voies de migration régulière\"").withSort(SortOrder.DATE));
        assertThat(r.citations().getFirst()).isEqualTo("CTOC/COP session 12 report 2024-07-23 para. 29");
    }

    @Test
    void pagingSplitsTheSameOrder() throws Exception {
        List<String> all = run(SearchRequest.of("entraide judiciaire").withPage(0, 16)).citations();
        List<String> second = run(SearchRequest.of("entraide judiciaire").withPage(5, 5)).citations();
        assertThat(second).isEqualTo(all.subList(5, 10));
    }

    /**
     * Pages of every size cut one order, past the kind prior's window too: a page of 10, 20 or 30 from offset 40 is
     * that stretch of the first 150. Before, the prior reordered as many documents as the request asked for, so that a
     * preferred provision ranked 60th by its words could enter the first 50 of a long request and not of a short one.
     */
    @Test
    void pagesOfAnySizeCutOneOrderAcrossTheKindPriorsWindow() throws Exception {
        for (String query : List.of("traite des personnes", "victimes", "coopération internationale")) {
            List<String> all = run(SearchRequest.of(query).withPage(0, 150)).citations();
            assertThat(all).as(query).hasSizeGreaterThan(70);
            for (int limit : List.of(10, 20, 30)) {
                assertThat(run(SearchRequest.of(query).withPage(40, limit)).citations()).as(query + " 40+" + limit)
                        .isEqualTo(all.subList(40, 40 + limit));
                assertThat(run(SearchRequest.of(query).withPage(0, limit)).citations()).as(query + " 0+" + limit)
                        .isEqualTo(all.subList(0, limit));
            }
        }
    }

    private Set<String> citations(String query) throws QuerySyntaxException {
        return run(SearchRequest.of(query).withPage(0, 100)).hits().stream()
                .map(h -> h.provision().citation() + " @" + h.provision().source()).map(s -> s.split(" @")[0])
                .collect(Collectors.toSet());
    }
}
