package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code themes keywords}: editors add, remove and load keywords, audited; anyone lists them. */
class ThemesKeywordsCommandTest {
    private static final String PASSWORD = "s3cret-pass";
    private static final String MIGRATION = "possibilites-de-migration";

    @TempDir
    Path data;

    private CommandLineRun edit(String password, String... args) {
        return CommandLineRun.withPassword(password, data, args);
    }

    private void ingestAndImport() {
        String corpus = CommandLineTest.corpus().resolve("002_878720af131edfbf.txt").toString();
        assertThat(CommandLineRun.in(data, "ingest", corpus).exitCode()).isZero();
        assertThat(CommandLineRun.in(data, "themes", "import").exitCode()).isZero();
        assertThat(edit(PASSWORD, "editors", "add", "alice").exitCode()).isZero();
    }

    @Test
    void editorsAddAndRemoveKeywordsAndEveryChangeIsAudited() {
        ingestAndImport();
        CommandLineRun added = edit(PASSWORD, "themes", "keywords", "add", "Possibilités de migration", "fr",
                "  voies   légales de migration ", "--editor", "alice");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).contains("keyword added: " + MIGRATION + " fr \"voies légales de migration\" by alice");

        CommandLineRun again = edit(PASSWORD, "themes", "keywords", "add", MIGRATION, "fr",
                "voies légales de migration", "--editor", "alice");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(again.err()).contains("has the keyword 'voies légales de migration' in fr already");

        CommandLineRun refused = edit("wrong-pass", "themes", "keywords", "add", MIGRATION, "en",
                "legal migration pathways", "--editor", "alice");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
        CommandLineRun badLanguage = edit(PASSWORD, "themes", "keywords", "add", MIGRATION, "de", "Migration",
                "--editor", "alice");
        assertThat(badLanguage.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(badLanguage.err()).contains("unknown language 'de'");
        CommandLineRun unknownTheme = edit(PASSWORD, "themes", "keywords", "add", "no-such-theme", "fr", "x",
                "--editor", "alice");
        assertThat(unknownTheme.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(unknownTheme.err()).contains("no theme 'no-such-theme'");

        CommandLineRun listed = CommandLineRun.in(data, "themes", "keywords", "list", MIGRATION);
        assertThat(listed.out()).contains(MIGRATION).contains("voies légales de migration").contains("1 keyword");

        CommandLineRun removed = edit(PASSWORD, "themes", "keywords", "remove", MIGRATION, "fr",
                "voies légales de migration", "--editor", "alice");
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        CommandLineRun missing = edit(PASSWORD, "themes", "keywords", "remove", MIGRATION, "fr",
                "voies légales de migration", "--editor", "alice");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(missing.err()).contains("has no keyword 'voies légales de migration' in fr");
        assertThat(CommandLineRun.in(data, "themes", "keywords", "list").out()).contains("0 keywords");

        try (DocumentStore store = DocumentStore.open(data)) {
            assertThat(store.themes().audit()).filteredOn(a -> a.action().startsWith("keyword-"))
                    .extracting(a -> a.action() + " " + a.before() + " -> " + a.after())
                    .containsExactly("keyword-add none -> fr: voies légales de migration",
                            "keyword-remove fr: voies légales de migration -> none");
        }
    }

    @Test
    void theBuiltInListLoadsOnceAndABadFileIsRefusedNamingItsLine() throws Exception {
        ingestAndImport();
        CommandLineRun loaded = edit(PASSWORD, "themes", "keywords", "load", "--editor", "alice");
        assertThat(loaded.exitCode()).as(loaded.toString()).isZero();
        assertThat(loaded.out()).containsPattern("wg7-keywords.tsv: \\d+ keywords added, 0 already there, 0 of unknown");
        CommandLineRun again = edit(PASSWORD, "themes", "keywords", "load", "--editor", "alice");
        assertThat(again.out()).contains(": 0 keywords added, ").doesNotContain(" 0 already there");
        assertThat(CommandLineRun.in(data, "themes", "keywords", "list", MIGRATION, "--language", "en").out())
                .contains("legal migration pathways");

        Path bad = data.resolve("bad.tsv");
        Files.writeString(bad, "# a comment\n" + MIGRATION + "\tfr\tmigration légale\n" + MIGRATION + " fr nothing\n",
                StandardCharsets.UTF_8);
        CommandLineRun refused = edit(PASSWORD, "themes", "keywords", "load", bad.toString(), "--editor", "alice");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("bad.tsv:3: expected 3 tab-separated fields");

        Path unknown = data.resolve("unknown.tsv");
        Files.writeString(unknown, "no-such-theme\tfr\tquelque chose\n" + MIGRATION + "\tfr\tmigration légale\n",
                StandardCharsets.UTF_8);
        CommandLineRun partial = edit(PASSWORD, "themes", "keywords", "load", unknown.toString(), "--editor", "alice");
        assertThat(partial.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(partial.out()).contains("not added, no theme 'no-such-theme': fr \"quelque chose\"")
                .contains("1 keyword added, 0 already there, 1 of unknown themes");
    }
}
