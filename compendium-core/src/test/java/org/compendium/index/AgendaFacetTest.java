package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.compendium.bench.Regressions;
import org.compendium.model.ProvisionKind;
import org.junit.jupiter.api.Test;

/**
 * The agenda-item facet on the seed index: the two meeting reports (WG.4 meeting 9, WG.7 meeting 8) recount their
 * deliberations item by item ("7. … a examiné le point 2 de l’ordre du jour, intitulé « … »", then the debate);
 * each paragraph is tied to the items its report says it is about, titled from the report's adopted agenda.
 */
class AgendaFacetTest {
    private final ProvisionSearch search = SeedIndex.search();

    private static final String WG4_PREVENTION = "2. Mesures de prévention de la criminalité relatives à la traite des personnes";
    private static final String WG4_DIPLOMATS = "3. Agents diplomatiques et consulaires ou attachés de liaison dans les "
            + "missions diplomatiques et consulaires et leur rôle dans la lutte contre la traite des personnes";
    private static final String WG7_PATHWAYS = "2. Analyse de l’influence que peut avoir l’accès aux voies légales de la "
            + "migration sur la réduction de la demande concernant le trafic illicite de personnes migrantes";
    private static final String OTHER_MATTERS = "4. Questions diverses";

    private SearchResult filtered(String item) throws QuerySyntaxException {
        return search.search(new SearchRequest("", Map.of(SearchFields.AGENDA, List.of(item)), SortOrder.DATE, 0, 100));
    }

    @Test
    void theFacetListsTheItemsTheReportsNameWithTheirTitles() throws Exception {
        Facet agenda = search.search(SearchRequest.of("").withPage(0, 0)).facet(SearchFields.AGENDA);
        Regressions.assertCount("search.agenda.values", agenda.values().size());
        assertThat(agenda.values()).contains(
                new FacetCount(WG4_PREVENTION, Regressions.getLong("search.agenda.wg4-prevention")),
                new FacetCount(WG4_DIPLOMATS, Regressions.getLong("search.agenda.wg4-diplomats")),
                new FacetCount(WG7_PATHWAYS, Regressions.getLong("search.agenda.wg7-pathways")),
                new FacetCount(OTHER_MATTERS, Regressions.getLong("search.agenda.other-matters")));
    }

    @Test
    void anItemOpensWhereTheReportTakesItUpAndLastsUntilTheNextItemOrHeading() throws Exception {
        // WG.4 para. 7 takes up item 2; paras 8-34 recount its debate; para. 35 takes up item 3.
        List<String> prevention = filtered(WG4_PREVENTION).citations();
        assertThat(prevention).startsWith("CTOC/COP/WG.4 meeting 9 para. 7", "CTOC/COP/WG.4 meeting 9 para. 8")
                .contains("CTOC/COP/WG.4 meeting 9 para. 34").doesNotContain("CTOC/COP/WG.4 meeting 9 para. 35");
        assertThat(filtered(WG4_DIPLOMATS).citations()).startsWith("CTOC/COP/WG.4 meeting 9 para. 35");
        // "Au titre du point 4 de l’ordre du jour, …" in both reports; para. 62 (the next section, the agenda's
        // adoption) is not about it.
        assertThat(filtered(OTHER_MATTERS).citations()).contains("CTOC/COP/WG.4 meeting 9 para. 49",
                "CTOC/COP/WG.4 meeting 9 para. 61", "CTOC/COP/WG.7 meeting 8 para. 20")
                .doesNotContain("CTOC/COP/WG.4 meeting 9 para. 62");
    }

    @Test
    void onlyTheReportsOwnParagraphsAreTiedToItems() throws Exception {
        for (FacetCount item : search.search(SearchRequest.of("").withPage(0, 0)).facet(SearchFields.AGENDA).values()) {
            assertThat(filtered(item.value()).hits()).isNotEmpty().allSatisfy(h -> {
                assertThat(h.provision().kind()).isEqualTo(ProvisionKind.PARAGRAPH);
                assertThat(h.provision().agendaItems()).contains(item.value());
            });
        }
    }
}
