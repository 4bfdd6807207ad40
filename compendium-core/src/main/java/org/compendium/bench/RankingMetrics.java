package org.compendium.bench;

import java.util.List;
import java.util.Map;
import org.compendium.model.Citation;

/**
 * The measures of one ranking against graded judgments: nDCG at a cut-off (gain 2^grade − 1, discount
 * log2(rank + 1), normalised by the ideal ranking of all judged provisions) and recall at a cut-off (the share of
 * the judged provisions, of any grade, found in the first k).
 */
final class RankingMetrics {
    private RankingMetrics() {
    }

    static double ndcg(List<Citation> ranking, Map<Citation, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<Citation> ranking, Map<Citation, Integer> grades, int k) {
        if (grades.isEmpty()) {
            return 0;
        }
        long found = ranking.stream().limit(k).filter(grades::containsKey).count();
        return (double) found / grades.size();
    }

    private static double gain(int grade) {
        return (1 << grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
