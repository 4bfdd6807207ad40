package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.compendium.web.catalogue.Uploads;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names uploads are kept under: no path, no control or markup character, a known extension. */
class UploadNameTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "003_report.txt|003_report.txt",
            "../../etc/passwd.txt|passwd.txt",
            "C:\\Users\\me\\Rapport final.DOCX|Rapport final.docx",
            "<script>alert(1)</script>.md|script_.md",
            "a%22b%22%0D%0Ac.txt|a_b___c.txt",
            "bell\u0007\u001b[2J.pdf|bell___2J.pdf",
            ".hidden.txt|hidden.txt",
            "Résolution 11\u20445.pdf|Résolution 11_5.pdf"})
    void aSentNameIsKeptWithoutPathsOrUnsafeCharacters(String sent, String kept) {
        assertThat(Uploads.sanitise(sent)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tool.exe", "archive.zip", "report", "report.txt.sh", ""})
    void aNameWithoutAKnownExtensionIsRefused(String sent) {
        assertThatThrownBy(() -> Uploads.sanitise(sent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a file ingest reads");
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsCutKeepingItsExtension() {
        String kept = Uploads.sanitise("a".repeat(300) + ".pdf");
        assertThat(kept).hasSize(120).endsWith(".pdf");
    }
}
