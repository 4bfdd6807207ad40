package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme commands end to end: import prints the counts, edits need the editor's password. */
class ThemesCommandTest {
    @TempDir
    Path data;

    private CommandLineRun run(String password, String... args) {
        return CommandLineRun.withPassword(password, args);
    }

    @Test
    void importPrintsCountsAndEditsNeedTheRightPassword() {
        String corpus = CommandLineTest.corpus().resolve("002_878720af131edfbf.txt").toString();
        String d = data.toString();
        assertThat(run("", "--data", d, "ingest", corpus).exitCode()).isZero();
        CommandLineRun imported = run("", "--data", d, "themes", "import");
        assertThat(imported.out()).contains("002_878720af131edfbf.txt (fr): 77 themes, 645 links, 274 distinct provisions, 0 problems");
        assertThat(run("s3cret-pass", "--data", d, "editors", "add", "alice").exitCode()).isZero();

        CommandLineRun refused = run("wrong-pass", "--data", d, "themes", "accept", "CTOC/COP/WG.7 meeting 1 rec. 22",
                "medias", "--editor", "alice");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
        assertThat(run("", "--data", d, "themes", "show", "medias").out()).doesNotContain("accepted");

        CommandLineRun accepted = run("s3cret-pass", "--data", d, "themes", "accept", "CTOC/COP/WG.7 meeting 1 rec. 22",
                "Médias", "--editor", "alice");
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).contains("accepted: medias for CTOC/COP/WG.7 meeting 1 rec. 22 by alice")
                .containsPattern("search index updated: \\d+ provisions? of 1 document re-indexed");
        assertThat(run("", "--data", d, "themes", "show", "medias").out()).contains("accepted by alice");

        CommandLineRun suggested = run("", "--data", d, "themes", "suggest", "CTOC/COP/WG.7 meeting 1 rec. 22");
        assertThat(suggested.exitCode()).as(suggested.toString()).isZero();
        assertThat(suggested.out()).as("the CLI words reasons in English").contains("accepted by alice")
                .containsPattern("similar to [IVX]+\\.|words: ");
    }

    @Test
    void editorsCreateThemesAndLabelThemInOtherLanguages() {
        String corpus = CommandLineTest.corpus().resolve("002_878720af131edfbf.txt").toString();
        String d = data.toString();
        assertThat(run("", "--data", d, "ingest", corpus).exitCode()).isZero();
        assertThat(run("", "--data", d, "themes", "import").exitCode()).isZero();
        assertThat(run("s3cret-pass", "--data", d, "editors", "add", "alice").exitCode()).isZero();

        CommandLineRun created = run("s3cret-pass", "--data", d, "themes", "create", "--scope", "WG.4",
                "--label", "fr=Identification des victimes", "--label", "en=Victim identification", "--editor", "alice");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.out()).contains("created: identification-des-victimes in the WG.4 vocabulary by alice");
        CommandLineRun labelled = run("s3cret-pass", "--data", d, "themes", "label", "Médias", "en", "Media",
                "--editor", "alice");
        assertThat(labelled.exitCode()).as(labelled.toString()).isZero();
        assertThat(labelled.out()).contains("labelled: medias in en by alice");
        assertThat(run("", "--data", d, "themes", "list").out()).contains("identification-des-victimes");

        CommandLineRun refused = run("wrong-pass", "--data", d, "themes", "create", "--scope", "WG.4",
                "--label", "fr=Victimes", "--editor", "alice");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
        CommandLineRun badLanguage = run("s3cret-pass", "--data", d, "themes", "label", "medias", "de", "Medien",
                "--editor", "alice");
        assertThat(badLanguage.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(badLanguage.err()).contains("'de' is not a UN language code");
        CommandLineRun badScope = run("s3cret-pass", "--data", d, "themes", "create", "--scope", "WG.9",
                "--label", "fr=Victimes", "--editor", "alice");
        assertThat(badScope.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("", "--data", d, "themes", "list").out()).doesNotContain("victimes\t").doesNotContain("Medien");
    }
}
