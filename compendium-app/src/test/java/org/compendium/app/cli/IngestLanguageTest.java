package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --language}: the language is detected unless given; a code outside the six is a usage error. */
class IngestLanguageTest {
    private static final String RESOLUTION = """
            Resolution 13/4

            International cooperation

            The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,

            Recalling its resolution 11/2,

            1. Requests the Secretariat to report to the Conference at its fourteenth session;

            2. Decides to remain seized of the matter.
            """;

    @Test
    void anEnglishResolutionIsReadWithTheEnglishGrammarDetectedOrGiven(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("res-13-4-en.txt"), RESOLUTION, StandardCharsets.UTF_8);
        CommandLineRun detected = CommandLineRun.in(dir.resolve("data1"), "ingest", file.toString());
        CommandLineRun given = CommandLineRun.in(dir.resolve("data2"), "ingest", "--language", "en", file.toString());
        for (CommandLineRun run : new CommandLineRun[] {detected, given}) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("res-13-4-en.txt  resolution  COP  session 13")
                    .contains("3 provisions (1 preambular paragraph, 2 operative paragraphs)");
        }
    }

    @Test
    void aLanguageOutsideTheSixIsAUsageErrorThatNamesThem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("res.txt"), RESOLUTION, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.in(dir.resolve("data"), "ingest", "--language", "de", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--language").contains("ar, zh, en, fr, ru, es");
        assertThat(run.out()).doesNotContain("OK ");
    }
}
