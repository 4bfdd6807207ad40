package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.compendium.parse.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ingest --threads N}: the output is the same on one thread or four; a bad N is a usage error that says what it takes. */
class IngestThreadsTest {
    @Test
    void theSeedsIngestedOnOneThreadOrFourPrintTheSameLines(@TempDir Path dir) {
        String seeds = Corpus.dir().toString();
        CommandLineRun one = CommandLineRun.in(dir.resolve("one"), "ingest", "--no-lineage", "--threads", "1", seeds);
        CommandLineRun four = CommandLineRun.in(dir.resolve("four"), "ingest", "--no-lineage", "--threads", "4", seeds);

        assertThat(one.exitCode()).as(one.toString()).isZero();
        assertThat(one.out()).contains("read 5 files: 5 ingested (0 replaced), 0 rejected, 0 skipped");
        assertThat(four.exitCode()).as(four.toString()).isZero();
        assertThat(four.out()).isEqualTo(one.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "65", "two", ""})
    void aBadNumberOfThreadsIsAUsageErrorThatSaysWhatItTakes(String threads, @TempDir Path dir) {
        CommandLineRun run = CommandLineRun.in(dir.resolve("data"), "ingest", "--threads", threads, Corpus.dir().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threads: '" + threads + "' is not a number of threads")
                .contains("a whole number from 1 to 64");
        assertThat(run.out()).doesNotContain("OK ");
    }
}
