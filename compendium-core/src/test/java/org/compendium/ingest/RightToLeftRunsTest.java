package org.compendium.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run of a right-to-left line without letters, which PDFBox leaves in page order, is read in the order the
 * bidirectional algorithm gives it in a right-to-left paragraph; digits keep their own order, runs with letters are
 * PDFBox's already.
 */
class RightToLeftRunsTest {
    @ParameterizedTest(name = "«{0}» reads «{1}»")
    @CsvSource(delimiter = '|', value = {
            "- 1|1 -",
            "- 12|12 -",
            "11/5|11/5",
            "2025|2025",
            "(أ)|(أ)",
            "ف د 1|ف د 1",
    })
    void aRunWithoutLettersIsReadRightToLeft(String pageOrder, String readingOrder) {
        assertThat(PageStripper.withoutLettersInReadingOrder(pageOrder)).isEqualTo(readingOrder);
    }
}
