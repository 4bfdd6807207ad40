package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Eid;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Work;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging deep into a result list: past the first 1000 hits, every provision once, up to {@link SearchRequest#MAX_DEPTH}. */
class DeepPagingTest {
    private static final int PROVISIONS = 2_500;
    private static Path dir;
    private static ProvisionSearch search;

    @BeforeAll
    static void index() throws Exception {
        dir = Files.createTempDirectory("compendium-deep-");
        try (ProvisionIndex index = ProvisionIndex.open(dir)) {
            for (int i = 0; i < PROVISIONS; i++) {
                Citation c = Citation.of(new Work.MeetingReport(Body.WG_SOM, 1 + i / 1000), Eid.of(Eid.Series.PARAGRAPH, String.valueOf(1 + i % 1000)));
                String text = "Les États devraient coopérer en matière d'entraide judiciaire " + "et de protection ".repeat(1 + i % 7) + i;
                index.add(new ProvisionEntry(c, text, "fr", ProvisionKind.PARAGRAPH, null, List.of(), null, List.of(), List.of(),
                        Body.WG_SOM, 1 + i / 1000, null, 2020, null, DocumentType.MEETING_REPORT, "deep-" + i / 1000 + ".txt",
                        HexFormat.of().toHexDigits((long) i / 1000), null, i % 1000));
            }
            index.commit();
        }
        search = ProvisionSearch.open(dir);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    void pagesOfAHundredReachPastTheFirstThousandAndHoldEveryProvisionOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < PROVISIONS; offset += 100) {
            SearchResult page = search.search(SearchRequest.of("entraide protection").withPage(offset, 100));
            assertThat(page.total()).isEqualTo(PROVISIONS);
            seen.addAll(page.citations());
        }
        assertThat(seen).hasSize(PROVISIONS).doesNotHaveDuplicates();
        SearchResult past = search.search(SearchRequest.of("entraide protection").withPage(PROVISIONS, 100));
        assertThat(past.hits()).isEmpty();
        assertThat(past.total()).isEqualTo(PROVISIONS);
    }

    @Test
    void aRequestCannotReachPastTheDeepest() {
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(SearchRequest.MAX_DEPTH - 99, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(SearchRequest.MAX_DEPTH));
    }
}
