package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTextTest {
    @Test
    void controlAndFormatCharactersAreShownEscapedAndAccentsPass() {
        assertThat(TerminalText.safe("rapport\u001b[2J\u0007.txt")).isEqualTo("rapport\\u001b[2J\\u0007.txt");
        assertThat(TerminalText.safe("a\rb\u202Ec")).isEqualTo("a\\u000db\\u202ec");
        assertThat(TerminalText.safe("Coopération « internationale »")).isEqualTo("Coopération « internationale »");
    }

    @Test
    void aFileNameWithAnEscapeSequenceNeverReachesTheOutputRaw(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("evil\u001b]0;pwned\u0007.txt"), "\u0000\u0001 binaire", StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.in(dir.resolve("data"), "ingest", docs.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOTHING_INGESTED);
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("evil\\u001b]0;pwned\\u0007.txt");
    }
}
