package org.compendium.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;

/** Mandates of res. 11/5 and their delivery in the 2024 Secretariat report, against the gold (mandates-gold.tsv). */
class MandatesGoldenTest {
    @Test
    void theFiguresAgainstTheGoldAreTheRecordedOnes() {
        MandateEvaluation.Figures f = MandateEvaluation.run(SeedLinks.store());
        Regressions.assertRatio("links.mandates.precision", f.mandates().precision());
        Regressions.assertRatio("links.mandates.recall", f.mandates().recall());
        Regressions.assertRatio("links.delivery.precision", f.links().precision());
        Regressions.assertRatio("links.delivery.recall", f.links().recall());
        Regressions.assertRatio("links.delivery.status-accuracy", f.statusAccuracy());
    }

    @Test
    void theStudiesAskedOfUnodcAreReportedAsNotDoneByTheParagraphCitingTheResolution() {
        List<MandateDelivery.Delivery> all = new ResolutionMandates(SeedLinks.store())
                .of(Work.CopInstrument.of(Work.InstrumentKind.RESOLUTION, "11/5"));
        MandateDelivery.Delivery op16 = all.stream()
                .filter(d -> d.mandate().citation().toString().equals(SeedCitations.RES_11_5_OP_16)).findFirst().orElseThrow();
        assertThat(op16.mandate().addressee()).isEqualTo(Mandate.Addressee.UNODC);
        assertThat(op16.mandate().strength()).isEqualTo(Mandate.Strength.REQUESTS);
        assertThat(op16.status()).isEqualTo(MandateDelivery.Status.REPORTED_NOT_DONE);
        assertThat(op16.links()).singleElement().satisfies(l -> {
            assertThat(l.explicit()).isTrue();
            assertThat(l.sentence()).contains("réaliser une étude sur les effets des campagnes");
        });
        // A mandate given in a later clause (op. 9: "…, et demande à l'Office …") is found too.
        assertThat(all).anySatisfy(d -> assertThat(d.mandate().verb()).isEqualTo("demande")
                .satisfies(v -> assertThat(d.mandate().citation().toString()).isEqualTo("COP res. 11/5 op. 9")));
    }

    @Test
    void theReportsAccountOfARequestAndAPlanItNamesLinkParagraphsThatShareFewWordsWithTheMandate() {
        List<MandateDelivery.Delivery> all = new ResolutionMandates(SeedLinks.store())
                .computed(Work.CopInstrument.of(Work.InstrumentKind.RESOLUTION, "11/5"));
        // "la Conférence a demandé à l'ONUUDC de poursuivre les travaux qu'il menait en lien avec le Protocole" is the
        // account of op. 19 ("Demande à l'Office … de continuer de s'acquitter de son mandat …"), not of op. 9.
        MandateDelivery.Delivery op19 = all.stream()
                .filter(d -> d.mandate().citation().toString().equals("COP res. 11/5 op. 19")).findFirst().orElseThrow();
        assertThat(op19.status()).isEqualTo(MandateDelivery.Status.REPORTED);
        assertThat(op19.links()).singleElement().satisfies(l -> {
            assertThat(l.explicit()).isTrue();
            assertThat(l.sentence()).isEqualTo("a demandé à l'ONUUDC de poursuivre les travaux qu'il menait en lien avec le Protocole");
        });
        MandateDelivery.Delivery op18 = all.stream()
                .filter(d -> d.mandate().citation().toString().equals("COP res. 11/5 op. 18")).findFirst().orElseThrow();
        assertThat(op18.links()).singleElement().satisfies(l -> {
            assertThat(l.paragraph().toString()).isEqualTo("CTOC/COP session 12 report 2024-07-23 para. 15");
            assertThat(l.explicit()).isFalse();
            assertThat(l.sentence()).contains("Plan d'action mondial des Nations Unies pour la lutte contre la traite des personnes");
        });
        assertThat(all.stream().filter(d -> d.mandate().citation().toString().equals("COP res. 11/5 op. 9"))
                .findFirst().orElseThrow().links()).isEmpty();
    }

    @Test
    void aResolutionTheStoreDoesNotHoldHasNoMandates() {
        assertThat(new ResolutionMandates(SeedLinks.store()).of(Work.CopInstrument.of(Work.InstrumentKind.RESOLUTION, "9/9")))
                .isEmpty();
    }
}
