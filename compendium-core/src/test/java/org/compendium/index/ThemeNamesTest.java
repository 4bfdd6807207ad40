package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.ingest.SourceText;
import org.compendium.model.Body;
import org.compendium.model.ParsedDocument;
import org.compendium.model.SourceFormat;
import org.compendium.model.Theme;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query matching a theme's label finds the provisions filed under it, even those whose words differ, and lifts
 * them above provisions that only share a word. The fixture is a short decision written for this test; its first
 * item speaks of adolescents and students without the word youth, and an editor filed it under the youth theme (no
 * list of equivalent expressions joins those words).
 */
class ThemeNamesTest {
    private static final String DECISION = """
            ## Décision 9/8

            ### **Causes du trafic illicite de migrants**

            *La Conférence des Parties à la Convention,*

            a) *Prie* les États d'associer les adolescents et les étudiants à l'élaboration de leurs programmes ;

            b) *Invite* les États à échanger des informations sur les itinéraires des passeurs ;

            c) *Décide* que la participation financière des États au budget sera examinée à sa prochaine session.
            """;
    private static final Theme YOUTH = new Theme("participation-de-la-jeunesse",
            Map.of("fr", "Participation de la jeunesse", "en", "Youth participation"), null, Body.WG_SOM);
    private static final Theme ROUTES = new Theme("itineraires", Map.of("fr", "Itinéraires et modes opératoires"),
            null, Body.WG_SOM);

    @Test
    void aQueryMatchingAThemesLabelFindsTheProvisionsFiledUnderIt(@TempDir Path dir) throws Exception {
        ParsedDocument doc = new DocumentParser().parse(
                new SourceText("decision.md", SourceFormat.MARKDOWN, DECISION, "2".repeat(64), DECISION.length()));
        ThemeLookup filed = (citation, text) -> text.contains("adolescents") ? List.of(YOUTH.id()) : List.of();
        try (ProvisionIndex index = ProvisionIndex.open(dir, LanguageAnalyzers.defaults(), filed, 16)) {
            index.replace(doc);
            index.commit();
        }
        try (ProvisionSearch search = ProvisionSearch.open(dir)) {
            // Without the vocabulary only item c), which holds "participation", answers; the adolescents are not found.
            assertThat(search.search(SearchRequest.of("participation de la jeunesse")).hits())
                    .noneMatch(h -> h.provision().text().contains("adolescents"))
                    .anyMatch(h -> h.provision().text().contains("participation financière"));
            search.useThemes(ThemeNames.of(List.of(YOUTH, ROUTES)));
            List<SearchHit> hits = search.search(SearchRequest.of("participation de la jeunesse")).hits();
            assertThat(hits).hasSize(2);
            assertThat(hits.getFirst().provision().text()).contains("adolescents");
            assertThat(hits.get(1).provision().text()).contains("participation financière");
        }
    }

    @Test
    void aThemeMatchesByTheWordsItsLabelAndTheQueryShare() {
        LanguageAnalyzers analyzers = LanguageAnalyzers.defaults();
        ThemeNames names = ThemeNames.of(List.of(YOUTH, ROUTES));
        List<String> query = WordsQuery.analyze(analyzers.textAnalyzer("text.fr"), "text.fr", "participation de la jeunesse")
                .stream().map(WordsQuery.Token::term).toList();
        List<ThemeNames.Match> full = names.matches("text.fr", Set.copyOf(query), analyzers, 0f);
        assertThat(full).singleElement().satisfies(m -> {
            assertThat(m.term()).isEqualTo(YOUTH.id());
            assertThat(m.share()).isEqualTo(1f);
        });
        // One word of the two the label holds, one of the query's two: a quarter, below a threshold of one half.
        Set<String> half = Set.of(query.getFirst(), "budget");
        assertThat(names.matches("text.fr", half, analyzers, 0f)).singleElement()
                .satisfies(m -> assertThat(m.share()).isEqualTo(0.25f));
        assertThat(names.matches("text.fr", half, analyzers, 0.5f)).isEmpty();
        // Each field reads the labels of its language: the English label in text.en, none in Russian.
        List<String> english = WordsQuery.analyze(analyzers.textAnalyzer("text.en"), "text.en", "youth participation")
                .stream().map(WordsQuery.Token::term).toList();
        assertThat(names.matches("text.en", Set.copyOf(english), analyzers, 0.5f)).extracting(ThemeNames.Match::term)
                .containsExactly(YOUTH.id());
        assertThat(names.matches("text.ru", Set.of("мер"), analyzers, 0f)).isEmpty();
        assertThat(ThemeNames.NONE.matches("text.fr", Set.copyOf(query), analyzers, 0f)).isEmpty();
    }
}
