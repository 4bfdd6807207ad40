package org.compendium.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Citation;
import org.compendium.parse.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relevance figures of the search on the seeds, recomputed and compared with the recorded ones (both ways): our
 * search and the plain BM25 baseline (PostgreSQL needs a server; run the benchmark with {@code --pg} for it).
 */
class RelevanceBenchmarkTest {
    private static RelevanceBenchmark.Seeds seeds;
    private static List<RelevanceSet.Judged> set;

    @BeforeAll
    static void read() throws Exception {
        seeds = RelevanceBenchmark.read(Corpus.dir());
        set = RelevanceSet.load(seeds.themeLinks(), seeds.citations());
    }

    @Test
    void theSetHasItsRecordedSize() {
        Regressions.assertCount("search.relevance.queries", set.size());
        Regressions.assertCount("search.relevance.judgments", set.stream().mapToInt(j -> j.grades().size()).sum());
        assertThat(set).extracting(RelevanceSet.Judged::id).doesNotHaveDuplicates();
    }

    @Test
    void ourSearchScoresItsRecordedFigures() throws Exception {
        try (Ranker ours = RelevanceBenchmark.ours(seeds)) {
            RelevanceBenchmark.Figures f = RelevanceBenchmark.measure(ours, set);
            Regressions.assertRatio("search.relevance.ours.ndcg10", f.ndcg());
            Regressions.assertRatio("search.relevance.ours.recall100", f.recall());
            Regressions.assertRatio("search.relevance.ours.empty", f.emptyShare());
        }
    }

    @Test
    void theBm25BaselineScoresItsRecordedFigures() throws Exception {
        try (Ranker bm25 = new Bm25Baseline(seeds.provisions())) {
            RelevanceBenchmark.Figures f = RelevanceBenchmark.measure(bm25, set);
            Regressions.assertRatio("search.relevance.bm25.ndcg10", f.ndcg());
            Regressions.assertRatio("search.relevance.bm25.recall100", f.recall());
            Regressions.assertRatio("search.relevance.bm25.empty", f.emptyShare());
        }
    }

    @Test
    void theMultilingualSetScoresItsRecordedFiguresInEachLanguage() throws Exception {
        RelevanceBenchmark.Seeds six = RelevanceBenchmark.readFixtures(java.nio.file.Path.of("src/test/resources/fixtures"));
        List<RelevanceSet.Judged> topics = RelevanceSet.load(RelevanceSet.MULTILINGUAL, Map.of(), six.citations());
        Regressions.assertCount("search.relevance.multilingual.queries", topics.size());
        List<RelevanceBenchmark.LanguageFigures> figures = RelevanceBenchmark.perLanguage(six, topics);
        assertThat(figures).extracting(f -> f.language().code()).containsExactly("en", "es", "fr", "ru", "ar", "zh");
        for (RelevanceBenchmark.LanguageFigures f : figures) {
            String key = "search.relevance.multilingual." + f.language().code();
            Regressions.assertRatio(key + ".ours.ndcg10", f.ours().ndcg());
            Regressions.assertRatio(key + ".ours.recall100", f.ours().recall());
            Regressions.assertRatio(key + ".bm25.ndcg10", f.bm25().ndcg());
            Regressions.assertRatio(key + ".bm25.recall100", f.bm25().recall());
            assertThat(f.ours().emptyShare()).as(key + " queries without a result").isZero();
        }
    }

    @Test
    void aTopicsQueriesInSeveralLanguagesShareItsJudgments() throws Exception {
        Citation known = Citation.parse("COP res. 11/5 op. 9");
        String text = "Q\tt1.en\tdelegate:keywords\tUNODC\ten\nQ\tt1.es\tdelegate:keywords\tONUDD\tes\n\tcite\t2\tCOP res. 11/5 op. 9\n";
        List<RelevanceSet.Judged> set = RelevanceSet.read(new BufferedReader(new StringReader(text)), Map.of(), Set.of(known));
        assertThat(set).extracting(j -> j.language().code()).containsExactly("en", "es");
        assertThat(set).allSatisfy(j -> assertThat(j.grades()).isEqualTo(Map.of(known, 2)));
        String unjudged = "Q\tt1.en\tdelegate:keywords\tUNODC\ten\n";
        assertThatThrownBy(() -> RelevanceSet.read(new BufferedReader(new StringReader(unjudged)), Map.of(), Set.of(known)))
                .hasMessageContaining("line 1").hasMessageContaining("no judgment");
    }

    @Test
    void aJudgmentThatMatchesNoProvisionFailsTheLoadNamingItsLine() {
        Citation known = Citation.parse("COP res. 11/5 op. 9");
        String text = "# header\nQ\tq1\tdelegate:keywords\tonudc\n\tcite\t2\tCOP res. 11/5 op. 9\n\tcite\t2\tCOP res. 99/1 op. 1\n";
        assertThatThrownBy(() -> RelevanceSet.read(new BufferedReader(new StringReader(text)), Map.of(), Set.of(known)))
                .hasMessageContaining("line 4").hasMessageContaining("COP res. 99/1 op. 1");
        String theme = "Q\tq1\tdelegate:keywords\tonudc\n\ttheme\t2\tno-such-theme\n";
        assertThatThrownBy(() -> RelevanceSet.read(new BufferedReader(new StringReader(theme)), Map.of(), Set.of(known)))
                .hasMessageContaining("line 2").hasMessageContaining("no-such-theme");
    }

    @Test
    void metricsFollowTheirDefinitions() {
        Citation a = Citation.parse("COP res. 11/5 op. 1");
        Citation b = Citation.parse("COP res. 11/5 op. 2");
        Citation c = Citation.parse("COP res. 11/5 op. 3");
        Map<Citation, Integer> grades = Map.of(a, 2, b, 1);
        assertThat(RankingMetrics.ndcg(List.of(a, b), grades, 10)).isEqualTo(1.0);
        // b (gain 1) then a (gain 3) against the ideal a then b: (1 + 3/log2 3) / (3 + 1/log2 3).
        double log3 = Math.log(3) / Math.log(2);
        assertThat(RankingMetrics.ndcg(List.of(b, a), grades, 10)).isCloseTo((1 + 3 / log3) / (3 + 1 / log3),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(RankingMetrics.ndcg(List.of(c), grades, 10)).isZero();
        assertThat(RankingMetrics.recall(List.of(c, b), grades, 100)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(List.of(c, b), grades, 1)).isZero();
    }
}
