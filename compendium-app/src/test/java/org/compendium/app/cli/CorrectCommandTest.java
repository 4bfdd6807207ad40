package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors correct a document's metadata from the CLI: audited, refused without the password, kept across re-ingest. */
class CorrectCommandTest {
    @TempDir
    Path data;

    private CommandLineRun run(String password, String... args) {
        return CommandLineRun.withPassword(password, args);
    }

    @Test
    void aSymbolGivenByAnEditorIdentifiesTheSecretariatReportAndOutlivesAReingest() {
        String report = CommandLineTest.corpus().resolve("004_85cbd8f73376d340.txt").toString();
        String d = data.toString();
        assertThat(run("", "--data", d, "ingest", report).exitCode()).isZero();
        assertThat(run("s3cret-pass", "--data", d, "editors", "add", "alice").exitCode()).isZero();

        CommandLineRun refused = run("wrong", "--data", d, "correct", "cop-session-12-report-2024-07-23", "fr",
                "--symbol", "CTOC/COP/2024/2", "--editor", "alice");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
        assertThat(run("", "--data", d, "show", "CTOC/COP session 12 report 2024-07-23 para. 29").exitCode()).isZero();

        CommandLineRun corrected = run("s3cret-pass", "--data", d, "correct", "cop-session-12-report-2024-07-23", "fr",
                "--symbol", "CTOC/COP/2024/2", "--editor", "alice");
        assertThat(corrected.exitCode()).as(corrected.toString()).isZero();
        assertThat(corrected.out()).contains("corrected: 004_85cbd8f73376d340.txt  CTOC/COP/2024/2 [fr]  symbol=CTOC/COP/2024/2  by alice")
                .contains("search index updated");
        assertThat(run("", "--data", d, "show", "CTOC/COP/2024/2 para. 29").exitCode()).isZero();
        assertThat(run("", "--data", d, "search", "--json", "ONUDC", "--limit", "1").out()).contains("CTOC/COP/2024/2 para.");

        // The same file again: the correction is applied again, not lost.
        assertThat(run("", "--data", d, "ingest", report).exitCode()).isZero();
        assertThat(run("", "--data", d, "show", "CTOC/COP/2024/2 para. 29").exitCode()).isZero();
        assertThat(run("", "--data", d, "list").out()).contains("CTOC/COP/2024/2");
    }

    @Test
    void aCorrectionWithNothingToCorrectOrAnUnknownDocumentChangesNothing() {
        String res = CommandLineTest.corpus().resolve("001_090ff68e230a68d6.txt").toString();
        String d = data.toString();
        assertThat(run("", "--data", d, "ingest", res).exitCode()).isZero();
        assertThat(run("s3cret-pass", "--data", d, "editors", "add", "alice").exitCode()).isZero();
        assertThat(run("s3cret-pass", "--data", d, "correct", "cop-res-11-5", "fr", "--editor", "alice").exitCode()).isEqualTo(2);
        CommandLineRun unknown = run("s3cret-pass", "--data", d, "correct", "cop-res-11-6", "fr", "--title", "x", "--editor", "alice");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(unknown.err()).contains("no stored document is cop-res-11-6 in fr");
        CommandLineRun titled = run("s3cret-pass", "--data", d, "correct", "COP res. 11/5", "fr", "--title", "Application du Protocole relatif à la traite",
                "--editor", "alice");
        assertThat(titled.exitCode()).as(titled.toString()).isZero();
        assertThat(run("", "--data", d, "list").out()).contains("Application du Protocole relatif à la traite");
    }
}
