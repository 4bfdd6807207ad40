package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish --lang} and {@code --fallback}: an edition in a language the store lacks lists the missing provisions
 * at the end of the run and, with {@code --fallback en}, shows them in English; the file is readable by colleagues.
 */
class PublishLanguageTest {
    /** The six-language fixtures of the core module (the WG.4 report of meeting 14). */
    private static final Path REPORT = Path.of("..", "compendium-core", "src", "test", "resources", "fixtures", "wg-report");

    private static Path store(Path dir) throws Exception {
        Path data = dir.resolve("data");
        for (String lang : new String[] {"fr", "en"}) {
            Path file = Files.copy(REPORT.resolve(lang + ".txt"), dir.resolve("wg4-14-" + lang + ".txt"));
            CommandLineRun ingest = CommandLineRun.in(data, "ingest", "--language", lang, file.toString());
            assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
        }
        return data;
    }

    @Test
    void anArabicEditionWithoutArabicVersionsListsEachMissingProvisionAndHowToShowIt(@TempDir Path dir) throws Exception {
        Path data = store(dir);
        Path md = dir.resolve("wg4-ar.md");
        CommandLineRun left = CommandLineRun.in(data, "publish", "--body", "WG.4", "--lang", "ar", "--format", "md", "--output", md.toString());
        assertThat(left.exitCode()).as(left.toString()).isZero();
        assertThat(left.err()).contains("publish: 4 provisions not stored in ar:")
                .contains("MISSING ar XIV.1 (CTOC/COP/WG.4 meeting 14 rec. 1): left out")
                .contains("MISSING ar XIV.4 (CTOC/COP/WG.4 meeting 14 rec. 4): left out")
                .contains("--fallback fr|en");
        assertThat(Files.readString(md)).contains("ألف - التوصيات التي اعتمدها الفريق العامل في اجتماعه الرابع عشر")
                .doesNotContain("States parties should train border");

        Path pdf = dir.resolve("out").resolve("wg4-ar.pdf");
        CommandLineRun shown = CommandLineRun.in(data, "publish", "--body", "WG.4", "--lang", "ar", "--fallback", "en",
                "--format", "pdf", "--output", pdf.toString());
        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        assertThat(shown.err()).contains("MISSING ar XIV.1 (CTOC/COP/WG.4 meeting 14 rec. 1): shown in en").doesNotContain("left out");
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).as("readable by colleagues").isEqualTo("rw-r--r--");
    }

    @Test
    void anEnglishEditionNeedsNoFallback(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("wg4-en.md");
        CommandLineRun run = CommandLineRun.in(store(dir), "publish", "--body", "WG.4", "--lang", "en", "--format", "md", "--output", md.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).doesNotContain("MISSING");
        assertThat(Files.readString(md)).contains("## A. Recommendations adopted by the Working Group at its fourteenth meeting")
                .contains("States parties should train border");
    }

    @Test
    void aLanguageOutsideTheSixOrAFallbackOtherThanFrenchOrEnglishIsAUsageError(@TempDir Path dir) {
        CommandLineRun de = CommandLineRun.in(dir.resolve("data"), "publish", "--body", "WG.4", "--lang", "de");
        assertThat(de.exitCode()).isEqualTo(2);
        assertThat(de.err()).contains("unknown edition language 'de'").contains("[ar, zh, en, fr, ru, es]");
        CommandLineRun ru = CommandLineRun.in(dir.resolve("data"), "publish", "--body", "WG.4", "--lang", "ar", "--fallback", "ru");
        assertThat(ru.exitCode()).isEqualTo(2);
        assertThat(ru.err()).contains("fr or en");
    }
}
