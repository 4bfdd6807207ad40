package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compendium.model.Citation;

/**
 * The store generation (schema V5): a counter raised inside every write transaction that changes what the search
 * index shows, with the documents each generation touched. Called on the caller's connection and transaction, so the
 * counter can never say more (or less) than what was committed.
 */
final class StoreGeneration {
    private StoreGeneration() {
    }

    /** The committed generation (0 for a new store). */
    static long current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM store_state WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the store_state row is missing");
            }
            return rs.getLong(1);
        }
    }

    /**
     * Starts a write transaction by locking the one {@code store_state} row until it ends: writers of a store shared
     * by several processes (PostgreSQL) take turns, so that what a transaction reads before it writes (an earlier
     * copy, the next vocabulary version, an identity clash) is not changed under it by another. Portable SQL.
     */
    static void lockForWrite(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM store_state WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the store_state row is missing");
            }
        }
    }

    /** Raises the generation for a saved document; returns the new generation. */
    static long document(Connection c, String source, String sha256) throws SQLException {
        long g = next(c);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO store_changes (generation, source_name, sha256) VALUES (?, ?, ?)")) {
            ps.setLong(1, g);
            ps.setString(2, source);
            ps.setString(3, sha256);
            ps.executeUpdate();
        }
        return g;
    }

    /** Raises the generation for a change to the themes of the documents holding {@code citation}. */
    static long citation(Connection c, Citation citation) throws SQLException {
        long g = next(c);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO store_changes (generation, source_name, sha256)
                SELECT DISTINCT ?, d.source_name, d.sha256 FROM documents d JOIN provisions p ON p.document_id = d.id
                WHERE p.citation = ?""")) {
            ps.setLong(1, g);
            ps.setString(2, citation.toString());
            ps.executeUpdate();
        }
        return g;
    }

    /** Raises the generation for a change that may touch any document (a theme import). */
    static long everything(Connection c) throws SQLException {
        long g = next(c);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO store_changes (generation, source_name, sha256) VALUES (?, NULL, NULL)")) {
            ps.setLong(1, g);
            ps.executeUpdate();
        }
        return g;
    }

    /** What changed after generation {@code from}. */
    static StoreChanges since(Connection c, long from) throws SQLException {
        long to = current(c);
        Map<String, StoreChanges.Touched> touched = new LinkedHashMap<>();
        boolean everything = false;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_name, sha256 FROM store_changes WHERE generation > ? ORDER BY generation")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String source = rs.getString(1);
                    if (source == null) {
                        everything = true;
                    } else {
                        touched.remove(source);
                        touched.put(source, new StoreChanges.Touched(source, rs.getString(2)));
                    }
                }
            }
        }
        return new StoreChanges(from, to, new ArrayList<>(touched.values()), everything);
    }

    /** The row lock on store_state also orders concurrent writers (one generation per transaction). */
    private static long next(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_state SET generation = generation + 1 WHERE id = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new SQLException("the store_state row is missing");
            }
        }
        return current(c);
    }
}
