package org.compendium.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * New, empty stores for tests, on either database. A PostgreSQL store is a new database of its own on the test server
 * (created from {@code template0} with UTF-8 and the C collation, as the README says to), so tests never see each
 * other's data; {@link #drop} removes it.
 *
 * <p>The server: {@code COMPENDIUM_TEST_POSTGRES}, a JDBC URL of a database on it as a user who may create databases
 * (e.g. {@code jdbc:postgresql://127.0.0.1:PORT/postgres?user=postgres}); {@code ./test.sh} starts a throw-away
 * cluster and sets it. Without it the PostgreSQL tests are skipped with a message saying so, unless
 * {@code COMPENDIUM_REQUIRE_POSTGRES=1} (set by {@code ./test.sh}, hence in CI), which makes them fail instead.
 */
public final class TestStores {
    /** The environment variable naming the test server. */
    public static final String SERVER = "COMPENDIUM_TEST_POSTGRES";
    /** The environment variable that turns a missing server into a failure. */
    public static final String REQUIRE = "COMPENDIUM_REQUIRE_POSTGRES";

    private static volatile boolean skipNoticePrinted;

    private TestStores() {
    }

    /** A new, empty store of {@code kind} whose local data folder is {@code dataDir}. */
    public static StoreLocation create(StoreKind kind, Path dataDir) {
        return switch (kind) {
            case H2 -> StoreLocation.embedded(dataDir);
            case POSTGRESQL -> createDatabase(server().withDataDir(dataDir));
        };
    }

    /**
     * The test server as a store location (its own database, not a store): the tests' admin connection. Skips the
     * calling test when there is none, or fails it when {@code COMPENDIUM_REQUIRE_POSTGRES=1}.
     */
    public static StoreLocation.Postgres server() {
        String url = System.getenv(SERVER);
        if (url == null || url.isBlank()) {
            String why = SERVER + " is not set (a JDBC URL of a PostgreSQL server on which the tests may create "
                    + "databases; ./test.sh starts one)";
            if ("1".equals(System.getenv(REQUIRE))) {
                throw new AssertionError("the PostgreSQL store tests must run (" + REQUIRE + "=1), but " + why);
            }
            if (!skipNoticePrinted) {
                skipNoticePrinted = true;
                System.err.println("NOTE: PostgreSQL store tests skipped: " + why);
            }
            Assumptions.abort("PostgreSQL store tests skipped: " + why);
        }
        return StoreLocation.Postgres.parse(url, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Drops the database of a PostgreSQL test store (its connections closed first); nothing for an embedded one. */
    public static void drop(StoreLocation location) {
        if (location instanceof StoreLocation.Postgres pg) {
            ScratchDatabases.drop(server(), pg);
        }
    }

    /**
     * The {@code --store} value of {@code location}, credentials included, for a child process or a command line:
     * empty for an embedded store (its data folder says where it is).
     */
    public static String storeArgument(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Embedded e -> "";
            case StoreLocation.Postgres pg -> "postgresql://" + pg.host() + ":" + pg.port() + "/" + pg.database()
                    + "?user=" + encode(pg.user()) + (pg.password().isEmpty() ? "" : "&password=" + encode(pg.password()));
        };
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static StoreLocation.Postgres createDatabase(StoreLocation.Postgres server) {
        return ScratchDatabases.create(server, "compendium_test");
    }
}
