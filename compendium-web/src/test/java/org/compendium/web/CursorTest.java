package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.compendium.index.SearchRequest;
import org.compendium.web.api.ApiException;
import org.compendium.web.api.SearchParams;
import org.junit.jupiter.api.Test;

/** The search API's cursor: the next page's position, past the 1000 hits that page reaches, up to the deepest. */
class CursorTest {
    private static SearchParams read(Map<String, List<String>> query) {
        return SearchParams.fromApi(query);
    }

    @Test
    void eachAnswersNextCursorReadsBackAsTheNextPagesOffsetPastTheFirstThousand() {
        SearchParams page = read(Map.of("pageSize", List.of("100")));
        for (int offset = 100; offset <= 5_000; offset += 100) {
            String next = page.next(50_000);
            assertThat(next).isNotNull();
            page = read(Map.of("pageSize", List.of("100"), "cursor", List.of(next)));
            assertThat(page.request().offset()).isEqualTo(offset);
            assertThat(page.request().limit()).isEqualTo(100);
        }
    }

    @Test
    void theLastPageAndThePageAtTheDeepestHaveNoNext() {
        assertThat(read(Map.of("pageSize", List.of("100"))).next(100)).isNull();
        assertThat(read(Map.of("pageSize", List.of("100"))).next(101)).isNotNull();
        // base64url("o:9900"): the cursor of the last page of 100 within the deepest reach.
        SearchParams deepest = read(Map.of("pageSize", List.of("100"), "cursor", List.of("bzo5OTAw")));
        assertThat(deepest.request().offset()).isEqualTo(SearchRequest.MAX_DEPTH - 100);
        assertThat(deepest.next(50_000)).isNull();
    }

    @Test
    void aForgedCursorIsRefused() {
        assertThatThrownBy(() -> read(Map.of("cursor", List.of("bzoxMDAwMDA"))))
                .isInstanceOf(ApiException.class).hasMessageContaining("past the first " + SearchRequest.MAX_DEPTH);
        assertThatThrownBy(() -> read(Map.of("cursor", List.of("%%%")))).isInstanceOf(ApiException.class)
                .hasMessageContaining("malformed cursor");
    }
}
