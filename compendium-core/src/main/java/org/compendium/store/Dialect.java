package org.compendium.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * What differs between the two databases a store can live in, in one place: how a connection is made and set up,
 * what makes a commit durable, and how their failures read. Everything else — the schema (portable SQL migrations),
 * every query — is the same on both.
 *
 * <p>Durability: on H2 every commit is followed by {@code CHECKPOINT SYNC} (the file forced to the device; the URL
 * already writes each commit at once, {@code WRITE_DELAY=0}, and never over freed space while open,
 * {@code REUSE_SPACE=FALSE}: see {@link H2Space}). On PostgreSQL a commit returns once its WAL record is
 * flushed to disk, which {@code synchronous_commit = on} (set on every connection, whatever the server's default)
 * guarantees; nothing more is needed.
 */
enum Dialect {
    H2 {
        @Override
        String url(StoreLocation location, Durability durability) {
            return ((StoreLocation.Embedded) location).url(durability);
        }

        @Override
        Connection connect(StoreLocation location, Durability durability) {
            // A server holding the file shares it: go through it at once (an embedded attempt would only fail, and
            // leave H2's stack trace in compendium.trace.db); a stale share file of a killed server answers nothing.
            Optional<Connection> shared = StoreSharing.connect(location.dataDir());
            if (shared.isPresent()) {
                return shared.get();
            }
            Optional<String> damage = Damage.inspect(((StoreLocation.Embedded) location).file());
            if (damage.isPresent()) {
                throw DocumentStore.damaged(location, new StoreException(damage.get()));
            }
            try {
                return DriverManager.getConnection(url(location, durability), location.user(), location.password());
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    // A server shares the store it holds (it may have started since); other holders do not.
                    return StoreSharing.connect(location.dataDir()).orElseThrow(() -> StoreException.inUse(
                            "the store at " + location.describe() + " is in use by another compendium process (one "
                            + "that does not share it: an ingest, an export, index rebuild...); wait for it to finish, "
                            + "or use --data to pick another folder", e));
                }
                throw DocumentStore.openFailure(location, e);
            } catch (RuntimeException e) {
                throw DocumentStore.openFailure(location, e);
            }
        }

        @Override
        void setUp(Connection c, StoreLocation location, Durability durability) {
            // The URL says it all.
        }

        @Override
        void afterCommit(Connection c, Durability durability) throws SQLException {
            if (durability != Durability.SYNCED) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }

        @Override
        void beforeClose(Connection c) throws SQLException {
            H2Space.reclaimAtClose(c);
        }

        @Override
        String restoreAdvice(StoreLocation location) {
            return "restore " + StoreLocation.Embedded.FILE_NAME + ".mv.db from a backup, or move the folder aside and "
                    + "ingest the documents again into a new one (compendium --data NEW_FOLDER ingest ...)";
        }
    },

    POSTGRESQL {
        /** SQLSTATE classes of a server that cannot be reached or refused the connection. */
        private static final Set<String> UNREACHABLE = Set.of("08001", "08006", "08004", "57P03");

        @Override
        String url(StoreLocation location, Durability durability) {
            return location.jdbcUrl();
        }

        @Override
        Connection connect(StoreLocation location, Durability durability) {
            StoreLocation.Postgres pg = (StoreLocation.Postgres) location;
            Properties properties = new Properties();
            properties.setProperty("ApplicationName", "compendium");
            if (!pg.user().isEmpty()) {
                properties.setProperty("user", pg.user());
            }
            if (!pg.password().isEmpty()) {
                properties.setProperty("password", pg.password());
            }
            try {
                return DriverManager.getConnection(pg.jdbcUrl(), properties);
            } catch (SQLException e) {
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                String reason = String.valueOf(e.getMessage()).strip();
                // The driver's messages end with a full stop; ours continue after a semicolon.
                String what = "cannot open the PostgreSQL store " + pg.describe() + ": "
                        + (reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason);
                if (state.equals("3D000")) {
                    throw new StoreException(what + "; create the database first (as a PostgreSQL superuser): "
                            + "createdb -E UTF8 --locale=C -T template0 -O " + (pg.user().isEmpty() ? "USER" : pg.user())
                            + " " + pg.database(), e);
                }
                if (state.startsWith("28")) {
                    throw new StoreException(what + "; check the user and password in --store (…?user=U&password=P)", e);
                }
                if (UNREACHABLE.contains(state)) {
                    throw new StoreException(what + "; is the server running and listening on " + pg.host() + ":"
                            + pg.port() + "?", e);
                }
                throw new StoreException(what, e);
            }
        }

        @Override
        void setUp(Connection c, StoreLocation location, Durability durability) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET synchronous_commit TO " + (durability == Durability.SYNCED ? "on" : "off"));
            }
            String fix = "; create the store's database with: createdb -E UTF8 --locale=C -T template0 -O "
                    + (location.user().isEmpty() ? "USER" : location.user()) + " NAME";
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_encoding_to_char(encoding), datcollate "
                    + "FROM pg_database WHERE datname = current_database()");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!"UTF8".equalsIgnoreCase(rs.getString(1))) {
                    throw new StoreException("the PostgreSQL store " + location.describe() + " has encoding "
                            + rs.getString(1) + ", which cannot hold the six UN languages" + fix);
                }
            }
            // Asked of the database's behaviour rather than its settings, which differ between locale providers
            // (libc, ICU) and versions: in code-point order 'B' < 'a' and 'f' < 'é', as on H2.
            try (PreparedStatement ps = c.prepareStatement("SELECT 'B' < 'a' AND 'f' < 'é', "
                    + "(SELECT datcollate FROM pg_database WHERE datname = current_database())");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new StoreException("the PostgreSQL store " + location.describe() + " sorts text by a language's "
                            + "collation (not by code point, as the embedded store does), so lists would come out in "
                            + "another order" + fix);
                }
            }
            c.commit();
        }

        @Override
        void afterCommit(Connection c, Durability durability) {
            // synchronous_commit: the commit returned once its WAL was on disk.
        }

        @Override
        void beforeClose(Connection c) {
            // The server manages its files.
        }

        @Override
        String restoreAdvice(StoreLocation location) {
            return "restore the database from a backup (pg_restore), or create a new database and ingest the documents "
                    + "again into it (compendium --store postgresql://…/NEW_DATABASE ingest ...)";
        }
    };

    static Dialect of(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Embedded e -> H2;
            case StoreLocation.Postgres p -> POSTGRESQL;
        };
    }

    /** The JDBC URL of the store (the one Flyway gets too). */
    abstract String url(StoreLocation location, Durability durability);

    /**
     * Opens a connection to the store, or throws a {@link StoreException} that says what is wrong and what to do
     * (H2: the store is damaged or in use by another process; PostgreSQL: no such database, wrong password, no server).
     */
    abstract Connection connect(StoreLocation location, Durability durability);

    /** Sets up a new connection of the store, after the migrations, in its own committed transaction. */
    abstract void setUp(Connection c, StoreLocation location, Durability durability) throws SQLException;

    /** What makes a commit durable beyond the commit itself. */
    abstract void afterCommit(Connection c, Durability durability) throws SQLException;

    /** What to do as the store's connection closes (H2: let the closing compaction give the file's free space back). */
    abstract void beforeClose(Connection c) throws SQLException;

    /** What to do about a damaged store. */
    abstract String restoreAdvice(StoreLocation location);
}
