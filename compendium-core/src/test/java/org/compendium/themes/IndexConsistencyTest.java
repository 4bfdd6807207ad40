package org.compendium.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Near-identical provisions of different meetings are paired and their themes compared. */
class IndexConsistencyTest {
    private static ThemeClassifier.Example example(String id, String text, String... themes) {
        return new ThemeClassifier.Example(id, id, text, Set.of(themes));
    }

    private static final TrainingSet SET = new TrainingSet(List.of(
            example("A1", "Les États parties devraient renforcer la sécurité des documents de voyage.", "documents"),
            example("A2", "Les États parties devraient former les agents des services de détection.", "formation"),
            example("B1", "Prie les États parties de renforcer la sécurité des documents de voyage.", "documents", "fraude"),
            example("B2", "Les États parties devraient former les agents des services de détection.", "formation"),
            example("B3", "La Conférence décide de tenir sa prochaine session à Vienne.", "conference")),
            List.of("meeting 1", "meeting 1", "session 5", "session 5", "session 5"));

    @Test
    void pairsEachProvisionWithItsNearestTwinInAnotherGroupOnly() {
        IndexConsistency c = IndexConsistency.of(SET, 0.5);
        assertThat(c.pairs()).extracting(p -> p.provision().id() + "~" + p.partner().id())
                .containsExactlyInAnyOrder("A1~B1", "B1~A1", "A2~B2", "B2~A2");
        IndexConsistency.Pair twins = c.pairs().getFirst();
        assertThat(twins.similarity()).isCloseTo(1.0, within(1e-9));
        assertThat(twins.agrees()).isTrue();
        IndexConsistency.Pair documents = c.pairs().stream().filter(p -> p.provision().id().equals("A1")).findFirst()
                .orElseThrow();
        assertThat(documents.agrees()).isFalse();
        assertThat(documents.shared()).containsExactly("documents");
        assertThat(documents.onlyPartner()).containsExactly("fraude");
        assertThat(documents.onlyProvision()).isEmpty();
    }

    @Test
    void agreementScoresThePartnersThemesAgainstTheProvisionsOwn() {
        // A1 vs B1: tp 1, fp 1; B1 vs A1: tp 1, fn 1; A2/B2: tp 1 each -> P = 4/5, R = 4/5.
        Evaluation.Figures f = IndexConsistency.of(SET, 0.5).agreement();
        assertThat(f.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(f.recall()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void aHigherSimilarityKeepsOnlyTheExactTwins() {
        IndexConsistency c = IndexConsistency.of(SET, 0.99);
        assertThat(c.pairs()).extracting(p -> p.provision().id()).containsExactlyInAnyOrder("A2", "B2");
        assertThat(c.agreement().f1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void disagreementsListEachUnorderedPairThatDiffersOnceAsItComesFirst() {
        IndexConsistency c = IndexConsistency.of(SET, 0.5);
        // A1~B1 and B1~A1 differ (B1 adds "fraude"); A2~B2 and B2~A2 agree.
        assertThat(c.disagreements()).singleElement().satisfies(p -> {
            assertThat(p).isSameAs(c.pairs().stream().filter(q -> !q.agrees()).findFirst().orElseThrow());
            assertThat(List.of(p.provision().id(), p.partner().id())).containsExactlyInAnyOrder("A1", "B1");
        });
        assertThat(IndexConsistency.of(SET, 0.99).disagreements()).isEmpty();
    }

    @Test
    void onTheSeedCompendiumTheIndexAgreesWithItselfAtTwoThirds() {
        IndexImport.Result r = IndexImport.resolve(SeedCompendium.COMPENDIUM);
        IndexConsistency c = IndexConsistency.of(TrainingSet.of(SeedCompendium.COMPENDIUM, r.links()),
                IndexConsistency.NEAR_IDENTICAL);
        assertThat(c.pairs()).hasSize(24);
        assertThat(c.pairs().getFirst().provision().id()).isIn("CTOC/COP/WG.7 meeting 1 rec. 2", "COP res. 6/3 op. 2");
        assertThat(c.pairs().getFirst().similarity()).isCloseTo(0.91, within(0.01));
        assertThat(c.pairs().stream().filter(IndexConsistency.Pair::agrees)).hasSize(8);
        assertThat(c.agreement().precision()).isCloseTo(40 / 61.0, within(1e-9));
        assertThat(c.agreement().recall()).isCloseTo(40 / 61.0, within(1e-9));
        assertThat(c.disagreements()).hasSize(8);
        assertThat(c.disagreements().getFirst()).satisfies(p -> {
            assertThat(p.provision().id()).isEqualTo("CTOC/COP/WG.7 meeting 1 rec. 2");
            assertThat(p.partner().id()).isEqualTo("COP res. 6/3 op. 2");
        });
    }
}
