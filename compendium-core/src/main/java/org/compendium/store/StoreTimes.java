package org.compendium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How the store keeps instants: as SQL {@code TIMESTAMP}s without a zone, in UTC, the one form H2 and PostgreSQL read
 * back alike. One home for the conversion, which every table with a time uses both ways.
 */
final class StoreTimes {
    private StoreTimes() {
    }

    /** The value to bind for {@code at} (with {@link java.sql.Types#TIMESTAMP}). */
    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The instant stored in column {@code column} of the current row. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** The instant stored in the column named {@code column} of the current row. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
