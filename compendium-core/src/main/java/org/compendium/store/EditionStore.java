package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The publishing tables of a {@link DocumentStore}: the snapshots of published editions ({@code editions}, which
 * {@code publish --changes-since N} compares with) and the editors' part B lists ({@code edition_part_b}: COP
 * instruments an editor adds to a body's part B beside the documented rule). Every change is one durable transaction;
 * a part B change carries its entry in the store's one audit log.
 */
public final class EditionStore {
    private final DocumentStore store;

    EditionStore(DocumentStore store) {
        this.store = store;
    }

    /**
     * Records a published edition's snapshot (durably) and returns its number, which {@code publish --changes-since}
     * names later. The snapshot is opaque here: the publishing package writes and reads it.
     */
    public long record(String body, String language, String meetings, String sessions, String snapshot, Instant at) {
        return store.write("record the edition", () -> {
            try (PreparedStatement ps = store.connection().prepareStatement("INSERT INTO editions (body, language, meetings, "
                    + "sessions, published_at, snapshot) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, body);
                ps.setString(2, language);
                ps.setString(3, meetings);
                ps.setString(4, sessions);
                ps.setObject(5, StoreTimes.utc(at), Types.TIMESTAMP);
                ps.setString(6, snapshot);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The snapshot of recorded edition {@code id}, or empty when there is none. */
    public Optional<String> snapshot(long id) {
        return store.transaction("read edition " + id, () -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT snapshot FROM editions WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Adds {@code work} to the part B list of {@code body}, in one transaction with its entry in the audit log
     * ({@code part-b-add}, before {@code not in part B of WG.4}, after {@code part B of WG.4}) like every editor's change.
     *
     * @return false when the list already names it (nothing changes, nothing is audited)
     */
    public boolean addToPartB(String body, String work, String editor, Instant at) {
        return store.write("add " + work + " to part B of " + body, () -> {
            Connection c = store.connection();
            if (addedBy(c, body, work) != null) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO edition_part_b (body, work, editor, added_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, body);
                ps.setString(2, work);
                ps.setString(3, editor);
                ps.setObject(4, StoreTimes.utc(at), Types.TIMESTAMP);
                ps.executeUpdate();
            }
            ThemeStore.audit(c, editor, at, "part-b-add", work, null, "not in part B of " + body, "part B of " + body);
            return true;
        });
    }

    /**
     * Removes {@code work} from the part B list of {@code body}, in one transaction with its audit entry
     * ({@code part-b-remove}, naming who added it).
     *
     * @return false when the list does not name it (nothing changes, nothing is audited)
     */
    public boolean removeFromPartB(String body, String work, String editor, Instant at) {
        return store.write("remove " + work + " from part B of " + body, () -> {
            Connection c = store.connection();
            String addedBy = addedBy(c, body, work);
            if (addedBy == null) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM edition_part_b WHERE body = ? AND work = ?")) {
                ps.setString(1, body);
                ps.setString(2, work);
                ps.executeUpdate();
            }
            ThemeStore.audit(c, editor, at, "part-b-remove", work, null, "part B of " + body + " (added by " + addedBy + ")",
                    "not in part B of " + body);
            return true;
        });
    }

    /** The works the part B list of {@code body} names, in the order they were added. */
    public List<String> partB(String body) {
        return store.transaction("read the part B list of " + body, () -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT work FROM edition_part_b WHERE body = ? ORDER BY added_at, work")) {
                ps.setString(1, body);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** Who added {@code work} to the list of {@code body}, or null when the list does not name it. */
    private static String addedBy(Connection c, String body, String work) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT editor FROM edition_part_b WHERE body = ? AND work = ?")) {
            ps.setString(1, body);
            ps.setString(2, work);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
