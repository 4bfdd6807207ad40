package org.compendium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.bench.Regressions;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoreKind;
import org.compendium.store.StoreLocation;
import org.compendium.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a PostgreSQL store ({@code --store}): the five seeds ingested into it give the figures of
 * {@code regressions.properties}, and every reading command answers exactly as it does on the embedded store that the
 * same seeds were ingested into.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreCommandLineTest {
    private StoreLocation postgres;
    private String postgresData;
    private String embeddedData;
    private CommandLineRun postgresIngest;
    private CommandLineRun embeddedIngest;

    @BeforeAll
    void ingestTheSeedsIntoBothStores(@TempDir Path tmp) {
        postgres = TestStores.create(StoreKind.POSTGRESQL, tmp.resolve("pg-data"));
        postgresData = postgres.dataDir().toString();
        embeddedData = tmp.resolve("h2-data").toString();
        String corpus = CommandLineTest.corpus().toString();
        embeddedIngest = CommandLineRun.of("--data", embeddedData, "ingest", corpus);
        postgresIngest = onPostgres("ingest", corpus);
    }

    @AfterAll
    void dropTheDatabase() {
        if (postgres != null) {
            TestStores.drop(postgres);
        }
    }

    @Test
    void theSeedsIngestedIntoPostgresqlGiveTheRecordedFigures() {
        long files = Regressions.getLong("corpus.files");
        long provisions = Regressions.getLong("corpus.provisions");
        assertThat(postgresIngest.exitCode()).as(postgresIngest.toString()).isEqualTo(ExitCodes.OK);
        assertThat(postgresIngest.out()).contains("read " + files + " files: " + files + " ingested (0 replaced), 0 rejected, "
                + "0 skipped; " + provisions + " provisions; the store holds " + files + " documents");
        try (DocumentStore store = DocumentStore.open(postgres)) {
            Regressions.assertCount("corpus.files", store.documentCount());
            Regressions.assertCount("corpus.provisions", store.provisionCount());
            // The search index lives in the local data folder and shows the store's generation.
            assertThat(store.generation()).isEqualTo(files);
        }
        assertThat(Path.of(postgresData).resolve("compendium.mv.db")).doesNotExist();
    }

    @Test
    void ingestPrintsTheSameLinesOnBothStores() {
        assertThat(postgresIngest.out()).isEqualTo(embeddedIngest.out());
    }

    @Test
    void readingCommandsAnswerTheSameOnBothStores() {
        for (List<String> command : List.of(
                List.of("list"),
                List.of("list", "--body", "WG.7"),
                List.of("show", "COP res. 11/5 op. 4"),
                List.of("show", "CTOC/COP/WG.7 meeting 8 rec. 12"),
                List.of("export", "--format", "json"),
                List.of("export", "--format", "csv"),
                List.of("search", "voies de migration régulière", "--limit", "20"),
                List.of("search", "coopération internationale", "--filter", "body=WG.7", "--json"),
                List.of("references", "COP res. 11/5 op. 4"))) {
            String[] args = command.toArray(String[]::new);
            CommandLineRun embedded = CommandLineRun.of(prepend(args, "--data", embeddedData));
            CommandLineRun onPostgres = onPostgres(args);
            assertThat(onPostgres.exitCode()).as(String.join(" ", command) + "\n" + onPostgres).isEqualTo(embedded.exitCode());
            assertThat(onPostgres.out()).as(String.join(" ", command)).isEqualTo(embedded.out()).isNotEmpty();
        }
    }

    @Test
    void themeImportPublishingAndEditionsGiveTheSameResultsOnBothStores(@TempDir Path out) throws Exception {
        for (List<String> command : List.of(List.of("themes", "import"), List.of("themes", "list"))) {
            String[] args = command.toArray(String[]::new);
            CommandLineRun embedded = CommandLineRun.of(prepend(args, "--data", embeddedData));
            CommandLineRun onPostgres = onPostgres(args);
            assertThat(onPostgres.exitCode()).as(String.join(" ", command) + "\n" + onPostgres).isEqualTo(ExitCodes.OK);
            assertThat(onPostgres.out()).as(String.join(" ", command)).isEqualTo(embedded.out()).isNotEmpty();
        }
        // publish records the edition (a row with a generated id) and --changes-since reads it back.
        for (String store : List.of("h2", "pg")) {
            String[] publish = {"publish", "--body", "WG.7", "--format", "html", "--output", out.resolve(store + ".html").toString()};
            String[] changes = {"publish", "--body", "WG.7", "--format", "html", "--output",
                out.resolve(store + "-2.html").toString(), "--changes-since", "1"};
            CommandLineRun first = store.equals("h2") ? CommandLineRun.of(prepend(publish, "--data", embeddedData)) : onPostgres(publish);
            CommandLineRun second = store.equals("h2") ? CommandLineRun.of(prepend(changes, "--data", embeddedData)) : onPostgres(changes);
            assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCodes.OK);
            assertThat(first.err()).contains("recorded as edition 1");
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCodes.OK);
            assertThat(second.err()).contains("since edition 1: 0 entries added, 0 removed, 0 reworded");
        }
        assertThat(Files.readString(out.resolve("pg.html"))).isEqualTo(Files.readString(out.resolve("h2.html")));
    }

    @Test
    void aStoreValueThatIsNotAPostgresqlUrlIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("--data", embeddedData, "--store", "mysql://h/d", "list");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--store must be a PostgreSQL URL such as postgresql://");
    }

    private CommandLineRun onPostgres(String... args) {
        return CommandLineRun.of(prepend(args, "--data", postgresData, "--store", TestStores.storeArgument(postgres)));
    }

    private static String[] prepend(String[] args, String... first) {
        String[] all = new String[first.length + args.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(args, 0, all, first.length, args.length);
        return all;
    }
}
