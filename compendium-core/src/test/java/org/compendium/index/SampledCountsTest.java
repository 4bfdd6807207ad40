package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Eid;
import org.compendium.model.Language;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Work;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counting a query that matches more documents than are counted exactly: the total and the facets come from a sample
 * of the provisions (all versions of each), scaled, and say so; the hits are those of the exact count. Two searchers
 * over one index of 4,000 provisions in French and English: one counting up to 300 candidate documents exactly, the
 * other (the default bound) every match.
 */
class SampledCountsTest {
    private static final int PROVISIONS = 4_000;
    private static Path dir;
    private static ProvisionSearch sampled;
    private static ProvisionSearch exact;

    @BeforeAll
    static void index() throws Exception {
        dir = Files.createTempDirectory("compendium-sampled-");
        try (ProvisionIndex index = ProvisionIndex.open(dir)) {
            for (int i = 0; i < PROVISIONS; i++) {
                Citation c = Citation.of(new Work.MeetingReport(Body.WG_SOM, 1 + i / 1000), Eid.of(Eid.Series.PARAGRAPH, String.valueOf(1 + i % 1000)));
                Body body = i % 4 == 0 ? Body.COP : Body.WG_SOM;
                String fr = "Les États devraient coopérer avec l'UNODC" + (i % 3 == 0 ? " en matière d'entraide judiciaire" : "") + " " + i;
                String en = "States should cooperate with UNODC" + (i % 3 == 0 ? " on mutual legal assistance" : "") + " " + i;
                index.add(entry(c, fr, "fr", body, i));
                index.add(entry(c, en, "en", body, i));
            }
            index.commit();
        }
        sampled = ProvisionSearch.open(dir, LanguageAnalyzers.defaults(), text -> Language.UNDETERMINED, 300);
        exact = ProvisionSearch.open(dir);
    }

    private static ProvisionEntry entry(Citation c, String text, String language, Body body, int i) {
        return new ProvisionEntry(c, text, language, ProvisionKind.PARAGRAPH, null, List.of(), null, List.of(), List.of(),
                body, 1 + i / 1000, null, 2020, null, DocumentType.MEETING_REPORT, "sampled-" + language + "-" + i / 1000 + ".txt",
                HexFormat.of().toHexDigits((long) i / 1000) + language, null, i % 1000);
    }

    @AfterAll
    static void close() {
        sampled.close();
        exact.close();
    }

    @Test
    void aQueryOfOneLanguageVersionIsEstimatedFromASampleAndSaysSo() throws Exception {
        SearchResult all = exact.search(SearchRequest.of("coopérer"));
        SearchResult estimate = sampled.search(SearchRequest.of("coopérer"));
        assertThat(all.estimated()).isFalse();
        assertThat(all.total()).isEqualTo(PROVISIONS);
        assertThat(estimate.estimated()).isTrue();
        assertThat((double) estimate.total()).isCloseTo(PROVISIONS, within(PROVISIONS * 0.15));
        assertThat((double) count(estimate, SearchFields.BODY, "COP")).isCloseTo(count(all, SearchFields.BODY, "COP"), within(PROVISIONS * 0.25 * 0.25));
        assertThat((double) count(estimate, SearchFields.BODY, "WG.7")).isCloseTo(count(all, SearchFields.BODY, "WG.7"), within(PROVISIONS * 0.75 * 0.15));
        // The ranking does not depend on the counts.
        assertThat(estimate.citations()).isEqualTo(all.citations()).hasSize(SearchRequest.DEFAULT_LIMIT);
    }

    @Test
    void aProvisionMatchedInBothLanguagesCountsOnceInTheSampleToo() throws Exception {
        SearchResult all = exact.search(SearchRequest.of("UNODC"));
        SearchResult estimate = sampled.search(SearchRequest.of("UNODC"));
        assertThat(all.total()).isEqualTo(PROVISIONS);
        assertThat(count(all, SearchFields.LANGUAGE, "fr")).isEqualTo(PROVISIONS);
        assertThat(count(all, SearchFields.LANGUAGE, "en")).isEqualTo(PROVISIONS);
        assertThat(estimate.estimated()).isTrue();
        // 8,000 matching documents, 4,000 provisions: each sampled provision's two versions count once.
        assertThat((double) estimate.total()).isCloseTo(PROVISIONS, within(PROVISIONS * 0.15));
        assertThat((double) count(estimate, SearchFields.LANGUAGE, "fr")).isCloseTo(PROVISIONS, within(PROVISIONS * 0.15));
        assertThat((double) count(estimate, SearchFields.LANGUAGE, "en")).isCloseTo(PROVISIONS, within(PROVISIONS * 0.15));
        assertThat(estimate.citations()).isEqualTo(all.citations());
    }

    @Test
    void aQueryWithTooFewMatchesForASampleIsCountedExactly() throws Exception {
        // "assistance" with body COP: 334 documents, more than the 300 looked at exactly, but a sample of one
        // provision in 8 would hold some 42 of them, fewer than an estimate is made from: counted exactly.
        SearchResult filtered = sampled.search(SearchRequest.of("assistance").withFilter(SearchFields.BODY, "COP"));
        SearchResult all = exact.search(SearchRequest.of("assistance").withFilter(SearchFields.BODY, "COP"));
        assertThat(all.total()).isEqualTo(334);
        assertThat(filtered.total()).isEqualTo(all.total());
        assertThat(filtered.estimated()).isFalse();
    }

    private static long count(SearchResult r, String field, String value) {
        return r.facet(field).values().stream().filter(v -> v.value().equals(value)).mapToLong(FacetCount::count).findFirst().orElse(0);
    }
}
