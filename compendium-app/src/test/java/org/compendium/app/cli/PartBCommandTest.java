package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code part-b}: an editor puts a COP resolution whose title does not name the subject in part B of a working group's
 * compendium; the list is stored, shown, and the next edition holds the resolution; a wrong password changes nothing.
 */
class PartBCommandTest {
    private static final Path FIXTURES = Path.of("..", "compendium-core", "src", "test", "resources", "fixtures");

    private static CommandLineRun run(String password, String... args) {
        return CommandLineRun.withPassword(password, args);
    }

    @Test
    void anEditorPutsAResolutionInPartBOfAnotherWorkingGroup(@TempDir Path dir) throws Exception {
        String d = dir.resolve("data").toString();
        Path report = Files.copy(FIXTURES.resolve("wg-report/fr.txt"), dir.resolve("wg4-14-fr.txt"));
        Path resolution = Files.copy(FIXTURES.resolve("cop-resolution/fr.txt"), dir.resolve("res-13-4-fr.txt"));
        assertThat(run("", "--data", d, "ingest", "--language", "fr", report.toString(), resolution.toString()).exitCode()).isZero();
        assertThat(run("s3cret-pass", "--data", d, "editors", "add", "alice").exitCode()).isZero();
        Path before = dir.resolve("before.md");
        assertThat(run("", "--data", d, "publish", "--body", "WG.4", "--format", "md", "--output", before.toString()).exitCode()).isZero();
        assertThat(Files.readString(before)).as("smuggling of migrants by sea is not WG.4's subject by the rule")
                .doesNotContain("Résolution 13/4");

        CommandLineRun refused = run("wrong-pass", "--data", d, "part-b", "add", "--body", "WG.4", "--editor", "alice", "COP res. 13/4");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
        assertThat(run("", "--data", d, "part-b", "--body", "WG.4").out()).isEmpty();

        CommandLineRun added = run("s3cret-pass", "--data", d, "part-b", "add", "--body", "WG.4", "--editor", "alice", "COP res. 13/4");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).contains("added COP res. 13/4 (part B of WG.4)");
        assertThat(run("s3cret-pass", "--data", d, "part-b", "add", "--body", "WG.4", "--editor", "alice", "COP res. 13/4").out())
                .contains("unchanged: COP res. 13/4");
        CommandLineRun list = run("", "--data", d, "part-b", "--body", "WG.4");
        assertThat(list.out().strip()).isEqualTo("COP res. 13/4");
        assertThat(list.err()).contains("1 instrument listed for WG.4");

        Path after = dir.resolve("after.md");
        assertThat(run("", "--data", d, "publish", "--body", "WG.4", "--format", "md", "--output", after.toString()).exitCode()).isZero();
        assertThat(Files.readString(after)).contains("## B. Résolutions et décisions adoptées par la Conférence des Parties à sa treizième session")
                .contains("#### Résolution 13/4");

        assertThat(run("s3cret-pass", "--data", d, "part-b", "remove", "--body", "WG.4", "--editor", "alice", "COP res. 13/4").out())
                .contains("removed COP res. 13/4");
        assertThat(run("", "--data", d, "part-b", "--body", "WG.4").out()).isEmpty();
        // Audited like the editors' theme decisions: the refused attempt and the no-op leave no entry.
        try (org.compendium.store.DocumentStore store = org.compendium.store.DocumentStore.open(Path.of(d))) {
            assertThat(store.themes().audit()).filteredOn(a -> a.action().startsWith("part-b"))
                    .extracting(a -> a.editor() + " " + a.action() + " " + a.citation())
                    .containsExactly("alice part-b-add COP res. 13/4", "alice part-b-remove COP res. 13/4");
        }
    }

    @Test
    void onlyACopInstrumentAndAWorkingGroupAreAccepted(@TempDir Path dir) {
        String d = dir.resolve("data").toString();
        CommandLineRun report = run("x", "--data", d, "part-b", "add", "--body", "WG.4", "--editor", "alice", "CTOC/COP/WG.4 meeting 9");
        assertThat(report.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(report.err()).contains("part B holds COP resolutions and decisions");
        CommandLineRun cop = run("x", "--data", d, "part-b", "add", "--body", "COP", "--editor", "alice", "COP res. 13/4");
        assertThat(cop.exitCode()).isEqualTo(2);
        assertThat(cop.err()).contains("WG.4 or WG.7");
    }
}
