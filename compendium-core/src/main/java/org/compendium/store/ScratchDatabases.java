package org.compendium.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New, empty PostgreSQL databases for stores that live only as long as a test or a benchmark run: created on a server
 * (as a user who may create databases) from {@code template0} with UTF-8 and the C collation, as a store needs, and
 * dropped afterwards. Never used by the commands.
 */
public final class ScratchDatabases {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ScratchDatabases() {
    }

    /**
     * Creates a new database named {@code prefix_PID_TIME_N} on the server of {@code server} (whose own database is
     * where the {@code CREATE DATABASE} runs) and returns the store location of it.
     *
     * @throws StoreException when the server refuses
     */
    public static StoreLocation.Postgres create(StoreLocation.Postgres server, String prefix) {
        String name = String.format(Locale.ROOT, "%s_%d_%d_%d", prefix, ProcessHandle.current().pid(),
                System.currentTimeMillis() % 100_000_000L, SEQUENCE.incrementAndGet());
        execute(server, "CREATE DATABASE " + quoted(name) + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        return server.withDatabase(name);
    }

    /** Drops the database of {@code store}, closing its connections first, from the server's database {@code server}. */
    public static void drop(StoreLocation.Postgres server, StoreLocation.Postgres store) {
        execute(server, "DROP DATABASE IF EXISTS " + quoted(store.database()) + " WITH (FORCE)");
    }

    private static void execute(StoreLocation.Postgres server, String sql) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("the PostgreSQL server " + server.describe() + " refused: " + sql + ": "
                    + e.getMessage(), e);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
