package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.model.TextFolding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The queries people type, on the five seeds: each finds relevant provisions first. The expected first hits were
 * judged by reading the provisions (see the comments), not copied from a run.
 */
class NaturalQueriesTest {
    private final ProvisionSearch search = SeedIndex.search();

    /**
     * A natural query, the provisions it must rank first (in this order), and how many provisions it matches (ranked by
     * relevance, every provision holding one of its words or a word of its family, {@link RootAnalyzer}: those holding
     * most of them come first).
     * Every citation string of this test is in this table.
     */
    record Expected(String query, List<String> first, long total) {
    }

    static List<Expected> expectations() {
        return List.of(
                // Res. 11/5 is the COP's resolution on trafficking in persons: pp. 16 welcomes UNODC's Global
                // Programme against trafficking in persons, pp. 3 recalls the Trafficking Protocol and its
                // definition, pp. 23 the Protocol's purpose (to prevent and combat trafficking in persons), op. 9
                // urges States to counter the misuse of information technology by traffickers ("trafic d'êtres
                // humains", the equivalent in the French list). Since the kind prior (#11, provisions people look for
                // before report paragraphs) the 2024 Secretariat report's para. 23 (the Security Council's
                // resolutions on trafficking off Libya), first before, is 6th: a report recounting, not a text of law.
                // Since the proximity pairs are read as terms of the pair field (#11, session 11: BM25 of the pair
                // "trait ... person" rather than of its two words) op. 9 is first and the WG.4's rec. 7 (consult the
                // victims and survivors of trafficking) third, before pp. 3; pp. 23 is 6th.
                new Expected("traite des personnes", List.of("COP res. 11/5 op. 9", "COP res. 11/5 pp. 16",
                        // 291 since #10 session 5 (286): rec. 17's items a)-h) are provisions of their own.
                        "CTOC/COP/WG.4 meeting 9 rec. 7", "COP res. 11/5 pp. 3"), 291),
                // Res. 5/3 op. 10 notes UNODC's Model Law against the smuggling of migrants; 2013 rec. 16 puts the
                // smuggled migrants' rights first in investigations of smuggling ("trafic de migrants", and the
                // smugglers, "passeurs", its equivalent in the French list); 2013 recs. 33 and 26 are the WG.7's
                // recommendations on information systems and informal cooperation against it.
                // (Rec. 16 first and op. 10 second since the pair terms, #11 session 11.)
                new Expected("trafic de migrants", List.of("CTOC/COP/WG.7 meeting 2 rec. 16", "COP res. 5/3 op. 10",
                        "CTOC/COP/WG.7 meeting 2 rec. 33", "CTOC/COP/WG.7 meeting 2 rec. 26"), 313),
                // Exactly "protection des témoins": 2012 rec. 9 (smuggling in witness protection programmes), a study
                // visit with Ethiopia's witness protection unit (2024), the WG.4's rec. 1 (strengthen witness
                // protection), 2015 rec. 9 (the Convention's tools, witness protection among them). The
                // recommendation was second before the kind prior (#11), the report's paragraph first; since the pair
                // terms (#11, session 11) the WG.4's recommendation is second, the report's paragraph third.
                new Expected("protection des témoins", List.of("CTOC/COP/WG.7 meeting 1 rec. 9", "CTOC/COP/WG.4 meeting 9 rec. 1",
                        "CTOC/COP session 12 report 2024-07-23 para. 63", "CTOC/COP/WG.7 meeting 3 rec. 9"), 73),
                // Res. 5/3 op. 2: the rights of smuggled migrants in the perspective of respect for human rights; the
                // Human Rights Council's concern about trafficking (2024 para. 26).
                new Expected("droits de l'homme", List.of("COP res. 5/3 op. 2", "CTOC/COP session 12 report 2024-07-23 para. 26"), 79),
                // The index label typed as printed: 2015 rec. 25 (exit authorisation for unaccompanied or separated
                // migrant children), 2012 rec. 25 (the needs of vulnerable smuggled migrants, unaccompanied minors —
                // "mineurs non accompagnés", an equivalent in the French list — among them), 2013 rec. 8(a)
                // (unaccompanied children as a priority topic), 2015 rec. 22 (tracing their families), 2015 rec. 21
                // (protection of unaccompanied children).
                new Expected("Enfants (non accompagnés/ séparés)", List.of("CTOC/COP/WG.7 meeting 3 rec. 25",
                        "CTOC/COP/WG.7 meeting 1 rec. 25", "CTOC/COP/WG.7 meeting 2 rec. 8(a)", "CTOC/COP/WG.7 meeting 3 rec. 22",
                        // 76 found (84 before #11 session 12: the Trafficking Protocol's title, "en particulier des
                        // femmes et des enfants", no longer puts "enfants" in the provisions citing it).
                        "CTOC/COP/WG.7 meeting 3 rec. 21"), 76),
                // Services to victims of trafficking: COP dec. 3/3 (j) (practices in investigations and in assisting
                // victims), since #10 session 5 the WG.4's rec. 17(b) (criminal justice measures for victims of
                // trafficking compelled to commit offences), its rec. 36 (more assistance to victims of trafficking
                // through diplomatic and consular missions) and rec. 9 (safe shelters for victims of trafficking);
                // 258 found (252 before the items). Before the kind prior (#11) the WG.4's debate on trauma-informed
                // services (para. 19) and on hearing survivors (para. 24), report paragraphs, were 2nd and 4th.
                new Expected("victimes de la traite", List.of("COP dec. 3/3 (j)", "CTOC/COP/WG.4 meeting 9 rec. 17(b)",
                        "CTOC/COP/WG.4 meeting 9 rec. 36", "CTOC/COP/WG.4 meeting 9 rec. 9"), 258));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void aNaturalQueryFindsRelevantProvisionsFirst(Expected expected) throws Exception {
        SearchResult r = search.search(SearchRequest.of(expected.query()));
        assertThat(r.citations()).startsWith(expected.first().toArray(String[]::new));
        assertThat(r.total()).isEqualTo(expected.total());
    }

    @Test
    void exactMatchesOfTheWholeQueryComeFirst() throws Exception {
        // 4 provisions hold "protection des témoins" (the stop word may be any word); they rank above the 40 that
        // have only some of the words, by the exact match's constant.
        SearchResult r = search.search(SearchRequest.of("protection des témoins").withPage(0, 10));
        assertThat(r.hits().subList(0, 4)).allSatisfy(h -> assertThat(TextFolding.foldKeepingLength(h.provision().text()))
                .containsPattern("protection \\p{L}+ temoins"));
        assertThat(r.hits().get(4).score()).isLessThan(r.hits().get(3).score() - WordsQuery.EXACT_BOOST / 2);
    }

    @Test
    void provisionsHoldingOnlySomeWordsComeAfterThoseHoldingAll() throws Exception {
        // "entraide judiciaire": 16 provisions hold both words, 13 more one of them ("judiciaire", "s'entraider"),
        // and 3 a word of the same root only ("entraver": truncation's false friend, ranked last); all 32 are found,
        // the 16 first.
        SearchResult r = search.search(SearchRequest.of("entraide judiciaire").withPage(0, 100));
        assertThat(r.total()).isEqualTo(32);
        assertThat(r.hits().subList(0, 16)).allSatisfy(h -> assertThat(TextFolding.foldKeepingLength(h.provision().text()))
                .contains("entraide").contains("judiciaire"));
        assertThat(r.hits().subList(16, 32)).allSatisfy(h -> assertThat(TextFolding.foldKeepingLength(h.provision().text()))
                .doesNotContain("entraide judiciaire"));
        assertThat(r.hits().get(16).score()).isLessThan(r.hits().get(15).score() - WordsQuery.PREFERRED_BOOST / 2);
    }

    @Test
    void aTypoStillFindsTheProvisions() throws Exception {
        // "migrnts" is in no provision: the second try allows an edit, and the provisions on smuggling come back.
        SearchResult r = search.search(SearchRequest.of("trafic de migrnts"));
        assertThat(r.total()).isPositive();
        assertThat(r.hits().getFirst().provision().text()).containsIgnoringCase("trafic").containsIgnoringCase("migrant");
    }

    @Test
    void aRareWordsFewExactMatchesAreTheAnswerWithoutTypoMatches() throws Exception {
        // One provision names mines (forced labour in Brazil's mines, 2024 report), one the sport resolution and one
        // more major sporting events (its root, "sportives"); words an edit or two away (mises, mineurs, port...)
        // would add dozens of provisions that are not about them.
        for (String word : List.of("mines", "sport")) {
            SearchResult r = search.search(SearchRequest.of(word));
            assertThat(r.total()).as(word).isEqualTo(word.equals("sport") ? 2 : 1);
            assertThat(r.hits().getFirst().provision().text()).contains(word);
        }
    }

    @Test
    void aPastedPageIsReadNotRefused() throws Exception {
        // Delegates paste whole pages to find agreed language. 400 words of the 2019 WG.4 report's recommendations
        // (from its 2,000th word): their proximity pairs, read as pair terms (six per pair), passed Lucene's clause
        // limit and the query was refused as "too many terms"; read by positions beyond 32 words, it is answered, its
        // own recommendations first.
        java.nio.file.Path report;
        try (var files = java.nio.file.Files.list(org.compendium.parse.Corpus.dir())) {
            report = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        String[] words = java.nio.file.Files.readString(report).trim().split("\\s+");
        String pasted = String.join(" ", java.util.Arrays.copyOfRange(words, 2000, 2400));
        SearchResult r = search.search(SearchRequest.of(pasted));
        assertThat(r.total()).isPositive();
        assertThat(r.citations().getFirst()).startsWith("CTOC/COP/WG.4 meeting 9 rec. ");
        // Three pages at once are more than one search can take: refused in one line that says what to do, not as
        // a prefix expanding to too many terms (there is none), and without echoing the whole text.
        String three = String.join(" ", java.util.Arrays.copyOfRange(words, 2000, 4000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.search(SearchRequest.of(three)))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("too many words for one search (2000)").hasMessageContaining("a sentence or two")
                .hasMessageNotContaining("prefix").satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void allWordsArePreferredButNotAllRequired() throws Exception {
        // Three of the four words of a pasted phrase are enough; provisions with all of them rank first.
        SearchResult r = search.search(SearchRequest.of("enfants migrants non accompagnés rapatriement"));
        assertThat(r.total()).isPositive();
        assertThat(TextFolding.foldKeepingLength(r.hits().getFirst().provision().text())).contains("enfants").contains("accompagnes");
    }
}
