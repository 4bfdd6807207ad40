package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.model.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Query-time analysis agrees with index-time analysis for every text field, and a query with nothing to search
 * (stop words, punctuation) or with any characters typed as text is answered, never refused.
 */
class QueryAnalysisTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();
    private final ProvisionSearch search = SeedIndex.search();

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"de la des", "l' d' qu'", "le, la, les ; et/ou", "/ : ( ) ? ! ; « » – …", "((( ]]] }}}", "   "})
    void everyAnalyzerReadsAQueryWithoutWordsQuietly(String text) throws Exception {
        for (String field : ANALYZERS.textFields()) {
            List<WordsQuery.Token> tokens = WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, text);
            // French drops its stop words and elided articles; the fallback field keeps words (it has no stop list),
            // and no analyzer makes a token of punctuation.
            assertThat(tokens).as(field).allSatisfy(t -> assertThat(t.term()).matches("[\\p{L}\\p{N}]+"));
        }
        assertThat(WordsQuery.analyze(ANALYZERS.textAnalyzer("text.fr"), "text.fr", text)).isEmpty();
        // The keyword analyzer of the filter fields turns any value into one folded key, even punctuation.
        assertThatCode(() -> WordsQuery.analyze(ANALYZERS.perField(), SearchFields.BODY, text)).doesNotThrowAnyException();
        SearchResult r = search.search(SearchRequest.of(text));
        // Nothing to search is not an error: a blank query lists everything, one without words finds nothing.
        assertThat(r.total()).isEqualTo(text.isBlank() ? org.compendium.bench.Regressions.getLong("corpus.provisions") : 0);
    }

    @Test
    void stopWordsAndElisionsAroundAWordChangeNothing() throws Exception {
        List<String> traite = search.search(SearchRequest.of("traite").withPage(0, 100)).citations();
        assertThat(traite).hasSizeGreaterThan(50);
        assertThat(search.search(SearchRequest.of("de la traite").withPage(0, 100)).citations()).isEqualTo(traite);
        assertThat(search.search(SearchRequest.of("l’ONUDC").withPage(0, 100)).citations())
                .isEqualTo(search.search(SearchRequest.of("ONUDC").withPage(0, 100)).citations());
    }

    @Test
    void plainTextWithAnyCharactersIsNeverASyntaxError() {
        Random random = new Random(20211014L);
        String alphabet = "abcdeéèàçôù ENFANTS/:()[]{}!^~?\"+-&|\\'’«»;,.0123456789";
        List<String> advanced = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(30); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String query = sb.toString();
            if (Operators.usedIn(query)) {
                // The classic syntax may refuse a query, but only with a message for people.
                advanced.add(query);
                try {
                    search.search(SearchRequest.of(query));
                } catch (QuerySyntaxException e) {
                    assertThat(e.getMessage()).startsWith("cannot read the query").doesNotContain("Encountered");
                }
            } else {
                assertThatCode(() -> search.search(SearchRequest.of(query))).as(query).doesNotThrowAnyException();
            }
        }
        assertThat(advanced).as("the alphabet makes both kinds").isNotEmpty().hasSizeLessThan(500);
    }

    @Test
    void everyIndexedWordTypedAsTextFindsItsProvision() throws Exception {
        // Query and index analysis agree: a word of a provision, typed as it is written (case, accents, elision
        // and all), finds that provision, for every word the analyzer keeps.
        Random random = new Random(7L);
        List<ProvisionEntry> sample = new ArrayList<>();
        for (SearchHit h : search.search(SearchRequest.of("").withPage(0, (int) org.compendium.bench.Regressions.getLong("corpus.provisions"))).hits()) {
            if (random.nextInt(25) == 0) {
                sample.add(h.provision());
            }
        }
        int checked = 0;
        int readOut = 0;
        for (ProvisionEntry p : sample) {
            String field = ANALYZERS.textField(p.language());
            java.util.Set<String> indexed = new java.util.HashSet<>();
            WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, p.text()).forEach(t -> indexed.add(t.term()));
            for (String word : p.text().split("\\s+")) {
                List<WordsQuery.Token> typed = WordsQuery.analyze(ANALYZERS.textAnalyzer(field), field, word);
                if (typed.isEmpty()) {
                    continue;
                }
                // A word the text holds only inside a formula of drafting or a title's enumeration is read out of
                // the text on purpose (Formulae, TitleEnumerations): it is not an indexed word of the provision.
                if (!typed.stream().allMatch(t -> indexed.contains(t.term()))) {
                    readOut++;
                    continue;
                }
                SearchResult r = search.search(SearchRequest.of(word.replaceAll("[\"*?~^\\\\]", ""))
                        .withFilter(SearchFields.CITATION, p.citation().toString()));
                assertThat(r.total()).as("'" + word + "' of " + p.citation()).isPositive();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(readOut).as("words read out of their text").isPositive().isLessThan(checked / 50);
    }

    @Test
    void everyFacetValueTypedAsAFieldQueryFindsItsCount() throws Exception {
        // The keyword fields agree too: the value shown in a facet, typed as field:"value" (the query analyzer of
        // keyword fields) or given as a filter (the index's folded key), finds exactly the provisions counted.
        SearchResult all = search.search(SearchRequest.of("").withPage(0, 0));
        int checked = 0;
        for (Facet facet : all.facets()) {
            for (FacetCount value : facet.values()) {
                String typed = facet.field() + ":\"" + value.value() + "\"";
                assertThat(search.search(SearchRequest.of(typed).withPage(0, 0)).total()).as(typed).isEqualTo(value.count());
                assertThat(search.search(SearchRequest.of("").withFilter(facet.field(), value.value().toUpperCase(java.util.Locale.ROOT))
                        .withPage(0, 0)).total()).as(typed + " as a filter, in capitals").isEqualTo(value.count());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void aCitationFilterKeepsOnlyThatProvision() throws Exception {
        Citation c = Citation.parse("COP res. 11/5 op. 9");
        SearchResult r = search.search(SearchRequest.of("demande à l'ONUDC").withFilter(SearchFields.CITATION, c.toString()));
        assertThat(r.citations()).containsExactly(c.toString());
    }
}
