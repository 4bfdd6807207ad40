package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.compendium.store.StoreFixtures.copResolution;
import static org.compendium.store.StoreFixtures.wg7Report;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the PostgreSQL store does: several processes at once, durable commits whatever the server's default, and
 * a database that is missing or set up otherwise than the store needs refused with how to create it.
 */
class PostgresStoreTest {
    @TempDir
    Path dir;

    private StoreLocation.Postgres location;

    @AfterEach
    void dropStore() {
        if (location != null) {
            TestStores.drop(location);
        }
    }

    @Test
    void twoProcessesHaveOneStoreOpenAtOnceAndSeeEachOthersWrites() throws Exception {
        location = (StoreLocation.Postgres) TestStores.create(StoreKind.POSTGRESQL, dir);
        try (DocumentStore store = DocumentStore.open(location)) {
            store.save(wg7Report("rapport.pdf", "aa01"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
                dir.resolve("other").toString(), TestStores.storeArgument(location))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open 1");
            try (DocumentStore store = DocumentStore.open(location)) {
                store.save(copResolution("res.txt", "bb02"));
                assertThat(store.documentCount()).isEqualTo(2);
                assertThat(store.generation()).isEqualTo(2);
            }
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void everyConnectionCommitsDurablyEvenWhenTheServerDefaultDoesNot() throws Exception {
        location = (StoreLocation.Postgres) TestStores.create(StoreKind.POSTGRESQL, dir);
        try (Connection c = admin(location); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + location.database() + " SET synchronous_commit TO off");
        }
        try (DocumentStore store = DocumentStore.open(location)) {
            store.save(wg7Report("rapport.pdf", "aa01"));
            String setting = store.transaction("read a setting", () -> {
                try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(setting).isEqualTo("on");
        }
    }

    @Test
    void aMissingDatabaseIsRefusedWithHowToCreateIt() {
        StoreLocation.Postgres missing = TestStores.server().withDatabase("compendium_test_no_such_database").withDataDir(dir);
        assertThatThrownBy(() -> DocumentStore.open(missing))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the PostgreSQL store " + missing.describe())
                .hasMessageContaining("create the database first (as a PostgreSQL superuser): createdb -E UTF8 --locale=C "
                        + "-T template0 -O " + missing.user() + " compendium_test_no_such_database");
    }

    @Test
    void aDatabaseThatSortsTextByALanguageCollationIsRefusedWithHowToCreateOne() throws Exception {
        StoreLocation.Postgres server = TestStores.server();
        String name = "compendium_test_collation_" + ProcessHandle.current().pid();
        try (Connection c = admin(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            // A collation other than C: ICU's root locale (PostgreSQL 15 has ICU in Debian's build).
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'und' "
                    + "LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        location = server.withDatabase(name).withDataDir(dir);
        // Its LC_COLLATE says C, yet it sorts as ICU's root locale does: the store must still refuse it.
        assertThatThrownBy(() -> DocumentStore.open(location))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("sorts text by a language's collation")
                .hasMessageContaining("createdb -E UTF8 --locale=C -T template0");
    }

    private static Connection admin(StoreLocation.Postgres pg) throws java.sql.SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }
}
