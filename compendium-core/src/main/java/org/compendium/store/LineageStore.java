package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Citation;

/**
 * The lineage links of a {@link DocumentStore} found at ingest ({@code lineage_links} and {@code lineage_documents},
 * schema version 15): oriented pairs of provisions, each end with the stored document that holds it, so that a
 * document replaced or removed takes its links with it (ON DELETE CASCADE), and the documents whose lineage has been
 * looked for. What the pairs mean — which are direct, their type and diff — is the links package's business.
 */
public final class LineageStore {
    /**
     * One stored pair.
     *
     * @param ancestorDocument   the id of the stored document holding the earlier provision
     * @param ancestor           the earlier provision
     * @param descendantDocument the id of the stored document holding the later provision
     * @param descendant         the later provision, which takes over the earlier one's wording
     * @param score              the alignment the two texts had when the pair was found, 0 to 1
     */
    public record StoredLink(long ancestorDocument, Citation ancestor, long descendantDocument, Citation descendant,
                             double score) {
        public StoredLink {
            if (ancestor == null || descendant == null || ancestor.equals(descendant)) {
                throw new IllegalArgumentException("a lineage link needs two different provisions");
            }
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("a lineage score lies between 0 and 1, not " + score);
            }
        }
    }

    /** How many rows one batch of statements writes. */
    private static final int BATCH = 500;

    private final DocumentStore store;

    LineageStore(DocumentStore store) {
        this.store = store;
    }

    /**
     * Records the links found for one document and that its lineage has been looked for, in one durable
     * transaction; a pair already stored (found from its other end) keeps one row, with the newer score.
     *
     * @throws StoreException when a document named is no longer stored (replaced meanwhile); nothing is changed
     */
    public void record(long documentId, List<StoredLink> found, Instant at) {
        // One row per pair of provisions and documents, the last score found winning.
        java.util.Map<List<Object>, StoredLink> byKey = new java.util.LinkedHashMap<>();
        found.forEach(l -> byKey.put(key(l), l));
        List<StoredLink> links = List.copyOf(byKey.values());
        store.write("record the lineage of document " + documentId, () -> {
            Connection c = store.connection();
            // The pairs already stored with this document at one end (found from the other end): their score is
            // updated, the others inserted — one query rather than a delete per pair.
            java.util.Set<List<Object>> stored = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT ancestor_document, ancestor, descendant_document, descendant FROM lineage_links
                    WHERE ancestor_document = ? OR descendant_document = ?""")) {
                ps.setLong(1, documentId);
                ps.setLong(2, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(List.of(rs.getLong(1), Citation.parse(rs.getString(2)), rs.getLong(3),
                                Citation.parse(rs.getString(4))));
                    }
                }
            }
            try (PreparedStatement upd = c.prepareStatement("""
                    UPDATE lineage_links SET score = ? WHERE ancestor_document = ? AND ancestor = ?
                    AND descendant_document = ? AND descendant = ?""");
                 PreparedStatement ins = c.prepareStatement("""
                         INSERT INTO lineage_links (ancestor_document, ancestor, descendant_document, descendant, score)
                         VALUES (?, ?, ?, ?, ?)""")) {
                // In batches: a document of the crash test's copies has thousands of links.
                int updates = 0;
                int inserts = 0;
                for (StoredLink l : links) {
                    if (stored.contains(key(l))) {
                        upd.setDouble(1, l.score());
                        upd.setLong(2, l.ancestorDocument());
                        upd.setString(3, l.ancestor().toString());
                        upd.setLong(4, l.descendantDocument());
                        upd.setString(5, l.descendant().toString());
                        upd.addBatch();
                        if (++updates % BATCH == 0) {
                            upd.executeBatch();
                        }
                    } else {
                        ins.setLong(1, l.ancestorDocument());
                        ins.setString(2, l.ancestor().toString());
                        ins.setLong(3, l.descendantDocument());
                        ins.setString(4, l.descendant().toString());
                        ins.setDouble(5, l.score());
                        ins.addBatch();
                        if (++inserts % BATCH == 0) {
                            ins.executeBatch();
                        }
                    }
                }
                upd.executeBatch();
                ins.executeBatch();
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM lineage_documents WHERE document_id = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO lineage_documents (document_id, links, found_at) VALUES (?, ?, ?)")) {
                del.setLong(1, documentId);
                del.executeUpdate();
                ins.setLong(1, documentId);
                ins.setInt(2, links.size());
                ins.setObject(3, StoreTimes.utc(at), Types.TIMESTAMP);
                ins.executeUpdate();
            }
            return null;
        });
    }

    private static List<Object> key(StoredLink l) {
        return List.of(l.ancestorDocument(), l.ancestor(), l.descendantDocument(), l.descendant());
    }

    /** The ids of the stored documents whose lineage has not been looked for yet, in id order. */
    public List<Long> pending() {
        return store.transaction("list the documents whose lineage is pending", () -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT d.id FROM documents d LEFT JOIN lineage_documents l ON l.document_id = d.id
                    WHERE l.document_id IS NULL ORDER BY d.id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Every stored pair with {@code citation} at either end, by ancestor then descendant. */
    public List<StoredLink> naming(Citation citation) {
        return store.transaction("read the lineage of " + citation, () -> {
            List<StoredLink> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT ancestor_document, ancestor, descendant_document, descendant, score FROM lineage_links
                    WHERE ancestor = ? OR descendant = ? ORDER BY ancestor, descendant, ancestor_document, descendant_document""")) {
                ps.setString(1, citation.toString());
                ps.setString(2, citation.toString());
                read(ps, out);
            }
            return out;
        });
    }

    /** Every stored pair, by ancestor then descendant. */
    public List<StoredLink> all() {
        return store.transaction("read the lineage links", () -> {
            List<StoredLink> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT ancestor_document, ancestor, descendant_document, descendant, score FROM lineage_links
                    ORDER BY ancestor, descendant, ancestor_document, descendant_document""")) {
                read(ps, out);
            }
            return out;
        });
    }

    private static void read(PreparedStatement ps, List<StoredLink> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredLink(rs.getLong(1), Citation.parse(rs.getString(2)), rs.getLong(3),
                        Citation.parse(rs.getString(4)), rs.getDouble(5)));
            }
        }
    }
}
