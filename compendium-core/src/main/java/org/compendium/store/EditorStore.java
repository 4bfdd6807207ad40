package org.compendium.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editors' accounts of a {@link DocumentStore}: user name and password hash, never the password. Removing an
 * editor or changing a password writes an entry to the theme audit log in the same transaction; an editor's
 * decisions outlive the account, with the name.
 */
public final class EditorStore {
    private final DocumentStore store;

    EditorStore(DocumentStore store) {
        this.store = store;
    }

    /** Adds an editor; refuses a user name that exists already. */
    public void addEditor(StoredEditor editor, Instant at) {
        store.write("add the editor", () -> {
            if (findEditor(editor.username()).isPresent()) {
                throw new StoreException("an editor named '" + editor.username() + "' exists already");
            }
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT INTO editors (username, password_hash, salt, iterations, created_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, editor.username());
                ps.setString(2, editor.hash());
                ps.setString(3, editor.salt());
                ps.setInt(4, editor.iterations());
                ps.setObject(5, StoreTimes.utc(at), Types.TIMESTAMP);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every editor, by user name. */
    public List<EditorSummary> editors() {
        return store.transaction("list the editors", () -> {
            List<EditorSummary> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT username, created_at FROM editors ORDER BY username");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EditorSummary(rs.getString(1), StoreTimes.instant(rs, 2)));
                }
            }
            return out;
        });
    }

    /**
     * Removes an editor, with an audit entry naming {@code by} (who ran the command), in one transaction; their
     * decisions stay, with their name. Returns false, changing nothing, when there is no such editor.
     */
    public boolean removeEditor(String username, String by, Instant at) {
        return store.write("remove the editor", () -> {
            try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM editors WHERE username = ?")) {
                ps.setString(1, username);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            ThemeStore.audit(store.connection(), by, at, "remove-editor", null, null, "editor " + username, "none");
            return true;
        });
    }

    /**
     * Replaces an editor's password hash, with an audit entry naming {@code by} (never the hash), in one
     * transaction. Returns false, changing nothing, when there is no such editor.
     */
    public boolean replacePassword(StoredEditor editor, String by, Instant at) {
        return store.write("change the editor's password", () -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "UPDATE editors SET password_hash = ?, salt = ?, iterations = ? WHERE username = ?")) {
                ps.setString(1, editor.hash());
                ps.setString(2, editor.salt());
                ps.setInt(3, editor.iterations());
                ps.setString(4, editor.username());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            ThemeStore.audit(store.connection(), by, at, "editor-password", null, null, "editor " + editor.username(),
                    "password changed");
            return true;
        });
    }

    /** The editor with this user name, if any. */
    public Optional<StoredEditor> editor(String username) {
        return store.transaction("read the editor", () -> findEditor(username));
    }

    private Optional<StoredEditor> findEditor(String username) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT username, password_hash, salt, iterations FROM editors WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredEditor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                        : Optional.empty();
            }
        }
    }
}
