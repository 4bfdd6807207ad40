package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.compendium.bench.Regressions;
import org.compendium.model.Citation;
import org.junit.jupiter.api.Test;

/** Lineage on the seeds against the hand-made gold (lineage-gold.tsv), and the timelines the issue names. */
class LineageGoldenTest {
    private static Lineage lineage() {
        return new Lineage(SeedLinks.search(), WorkDates.of(SeedLinks.store()));
    }

    @Test
    void theFiguresAgainstTheGoldAreTheRecordedOnes() {
        LineageEvaluation.Figures f = LineageEvaluation.run(SeedLinks.store(), SeedLinks.search());
        Regressions.assertCount("links.lineage.gold", f.pairs().gold());
        Regressions.assertCount("links.lineage.found", f.pairs().found());
        Regressions.assertRatio("links.lineage.precision", f.pairs().precision());
        Regressions.assertRatio("links.lineage.recall", f.pairs().recall());
        Regressions.assertRatio("links.lineage.reproduces.precision", f.reproduces().precision());
        Regressions.assertRatio("links.lineage.reproduces.recall", f.reproduces().recall());
        Regressions.assertRatio("links.lineage.adapts.precision", f.adapts().precision());
        Regressions.assertRatio("links.lineage.adapts.recall", f.adapts().recall());
        Regressions.assertRatio("links.lineage.type-accuracy", f.typeAccuracy());
        // A lower floor finds more of the gold and more that is not: the sweep is monotone in recall.
        for (int i = 1; i < f.sweep().size(); i++) {
            assertThat(f.sweep().get(i).recall()).isLessThanOrEqualTo(f.sweep().get(i - 1).recall());
        }
    }

    /**
     * Two short items of the reports' lists of documents share their formula and the pieces of two symbols
     * ({@code Ordre du jour provisoire annoté (CTOC/COP/WG.4/2019/1 …)}, 0.58): five words of running text kept in
     * order, fewer than a link needs ({@link Lineage#MIN_WORDS_KEPT}), so no link; before, the one link found that
     * joined two sub-paragraphs of reports.
     */
    @Test
    void twoListItemsSharingAFormulaAndSymbolPiecesAreNoLink() {
        Lineage.Timeline t = lineage().of(Citation.parse("CTOC/COP/WG.4 meeting 9 para. 68(a)")).orElseThrow();
        assertThat(t.descendants()).isEmpty();
        assertThat(t.ancestors()).isEmpty();
    }

    @Test
    void theWorkingGroupsRecommendationIsTheAncestorOfTheResolutionsParagraphWithItsChangesMarked() {
        Lineage.Timeline t = lineage().of(Citation.parse(SeedCitations.RES_6_3_OP_3)).orElseThrow();
        assertThat(t.ancestors()).singleElement().satisfies(l -> {
            assertThat(l.ancestor().citation()).isEqualTo(Citation.parse(SeedCitations.WG7_2012_REC_20));
            assertThat(l.type()).isEqualTo(Lineage.Type.REPRODUCES);
            assertThat(l.ancestorDate().date()).isBefore(l.descendantDate().date());
            // The working group's "Les États parties devraient adopter" becomes the Conference's "Prie instamment les
            // États parties d'adopter et de mettre en œuvre".
            assertThat(l.diff().changes()).contains(new WordDiff.Change("devraient", "d'"),
                    new WordDiff.Change("", "et de mettre en œuvre"));
            assertThat(l.diff().after()).isEqualTo(SeedLinks.text(SeedCitations.RES_6_3_OP_3));
        });
        Lineage.Timeline rec = lineage().of(Citation.parse(SeedCitations.WG7_2012_REC_20)).orElseThrow();
        assertThat(rec.descendants()).extracting(l -> l.descendant().citation().toString())
                .containsExactly(SeedCitations.RES_6_3_OP_3);
    }

    @Test
    void aParagraphRepeatedThroughTwoResolutionsHasOnlyItsDirectAncestor() {
        // res. 5/3 op. 24 → res. 6/3 op. 22 → res. 11/5 op. 21: 5/3's words reached 11/5 through 6/3.
        Lineage.Timeline t = lineage().of(Citation.parse("COP res. 11/5 op. 21")).orElseThrow();
        assertThat(t.ancestors()).extracting(l -> l.ancestor().citation().toString()).containsExactly("COP res. 6/3 op. 22");
        Lineage.Timeline middle = lineage().of(Citation.parse("COP res. 6/3 op. 22")).orElseThrow();
        assertThat(middle.ancestors()).extracting(l -> l.ancestor().citation().toString()).containsExactly("COP res. 5/3 op. 24");
        assertThat(middle.descendants()).extracting(l -> l.descendant().citation().toString()).containsExactly("COP res. 11/5 op. 21");
    }

    @Test
    void aNarrativeReportParagraphHasNoLineageAndAnUnknownCitationNone() {
        assertThat(lineage().of(Citation.parse("CTOC/COP session 12 report 2024-07-23 para. 7")).orElseThrow().ancestors()).isEmpty();
        assertThat(lineage().of(Citation.parse("COP res. 9/9 op. 1"))).isEmpty();
    }

    @Test
    void worksAreDatedFromTheirDocumentsAndTheCompendiumsHeadings() {
        WorkDates dates = WorkDates.of(SeedLinks.store());
        assertThat(dates.of(Citation.parse(SeedCitations.WG7_2012_REC_20).work()).orElseThrow().date())
                .hasToString("2012-05-30");
        assertThat(dates.of(Citation.parse(SeedCitations.RES_6_3_OP_3).work()).orElseThrow().date()).hasToString("2012-10-15");
        // res. 11/5 is printed alone, without its days: the year of session 11.
        assertThat(dates.of(Citation.parse(SeedCitations.RES_11_5_OP_16).work()).orElseThrow())
                .isEqualTo(new WorkDates.WorkDate(java.time.LocalDate.of(2022, 1, 1), true));
    }
}
