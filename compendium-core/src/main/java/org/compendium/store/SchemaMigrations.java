package org.compendium.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The store's schema history: applies the versioned migrations under {@code db/compendium} with Flyway and refuses a
 * store that a newer Compendium has migrated further than this one knows.
 */
final class SchemaMigrations {
    /** Where the {@code V<n>__<what>.sql} scripts live on the class path. */
    static final String LOCATION = "classpath:db/compendium";

    private SchemaMigrations() {
    }

    /**
     * Brings the schema of the store at {@code location}, reached at {@code url}, up to date. The same migrations
     * run on H2 and PostgreSQL (portable SQL); Flyway's lock keeps two processes from migrating one database at once.
     *
     * @throws StoreException when the store was written by a newer schema version, or a migration fails
     */
    static void migrate(StoreLocation location, String url) {
        Flyway flyway = configure(location, url).load();
        try {
            // Flyway 10+ ignores "future" migrations by default, so a newer store would open silently; check first.
            for (MigrationInfo applied : flyway.info().applied()) {
                MigrationState state = applied.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new StoreException("the store at " + location.describe() + " has schema version " + applied.getVersion()
                            + ", newer than this Compendium knows (" + latestKnown(flyway) + "); use a newer Compendium, "
                            + "or --data (--store) to pick another store");
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the store at " + location.describe() + " up to date: " + e.getMessage(), e);
        }
    }

    /** The Flyway configuration for the store at {@code location}; tests add locations to simulate a newer schema. */
    static org.flywaydb.core.api.configuration.FluentConfiguration configure(StoreLocation location) {
        return configure(location, location.jdbcUrl());
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(StoreLocation location, String url) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(url, location.user(), location.password())
                .locations(LOCATION)
                // Migration numbers were reserved per area and land in any order (V13 before V6): a store already at
                // V10 must still get V6-V8 when they arrive, which Flyway refuses unless told to apply them out of order.
                .outOfOrder(true)
                .javaMigrations(new V4__Identity())
                .loggers(FlywayLogging.class.getName());
    }

    private static String latestKnown(Flyway flyway) {
        String latest = "none";
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED && m.getVersion() != null) {
                latest = m.getVersion().toString();
            }
        }
        return "up to version " + latest;
    }
}
