package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.model.AuditEntry;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeKeyword;
import org.compendium.model.ThemeLink;
import org.compendium.model.ThemeVerdict;

/**
 * The theme tables of a {@link DocumentStore}: versioned vocabularies, the links of a published index, editors'
 * decisions and the audit log (the editors' accounts are {@link EditorStore}'s). Every write is one transaction that also adds a vocabulary version row
 * and an audit entry, so the log and the data can never disagree.
 */
public final class ThemeStore {
    private final DocumentStore store;

    ThemeStore(DocumentStore store) {
        this.store = store;
    }

    /**
     * Replaces the imported vocabulary and index links of {@code scope} with these and returns the new vocabulary
     * version. What editors wrote is kept: their themes (unless the index now has a theme of the same id, which then
     * takes its place), their labels (an editor's label wins over the index's in the same language) and their
     * decisions (about citations and theme ids, not rows).
     *
     * @throws StoreException when a theme's id is another scope's theme (nothing is changed)
     */
    public int importVocabulary(Body scope, List<Theme> themes, List<ThemeLink> links, String author, Instant at,
                                String note) {
        return store.write("import the theme vocabulary", () -> {
            Connection c = store.connection();
            String before = countsOf(c, scope);
            int version = newVersion(c, author, at, note);
            StoreGeneration.everything(c);
            List<String[]> editorLabels = editorLabels(c, scope);
            update(c, "DELETE FROM themes WHERE scope = ? AND origin = 'import'", scope.name());
            Map<String, String> otherScopes = new HashMap<>();
            try (PreparedStatement other = c.prepareStatement("SELECT id, scope FROM themes WHERE scope <> ?")) {
                other.setString(1, scope.name());
                try (ResultSet rs = other.executeQuery()) {
                    while (rs.next()) {
                        otherScopes.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            for (Theme t : themes) {
                if (otherScopes.containsKey(t.id())) {
                    throw new IllegalArgumentException("theme id " + t.id() + " is a theme of " + otherScopes.get(t.id())
                            + " already, not of " + scope + ": give the theme another id");
                }
            }
            try (PreparedStatement replaced = c.prepareStatement("DELETE FROM themes WHERE id = ?")) {
                for (Theme t : themes) {
                    replaced.setString(1, t.id());
                    replaced.addBatch();
                }
                replaced.executeBatch();
            }
            int ordinal = 0;
            for (Theme t : themes) {
                if (t.scope() != scope) {
                    throw new IllegalArgumentException("theme " + t.id() + " belongs to " + t.scope() + ", not " + scope);
                }
                insertTheme(c, t, ordinal++, version, "import");
            }
            for (String[] l : editorLabels) {
                if (themeExists(c, l[0])) { // an editor's label of a theme the index no longer has goes with it
                    putLabel(c, l[0], l[1], l[2], "editor");
                }
            }
            update(c, """
                    UPDATE themes SET parent_id = NULL WHERE scope = ? AND origin = 'editor'
                        AND parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM themes)""", scope.name());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO theme_links (theme_id, citation, ordinal, label, report_symbol, report_number, instrument,
                        version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int linkOrdinal = 0;
                for (ThemeLink l : links) {
                    ps.setString(1, l.themeId());
                    ps.setString(2, l.citation().toString());
                    ps.setInt(3, linkOrdinal++);
                    ps.setString(4, l.label());
                    ps.setString(5, l.reportSymbol());
                    ps.setString(6, l.reportNumber());
                    ps.setString(7, l.instrument());
                    ps.setInt(8, version);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            audit(c, author, at, "import", null, null, before, countsOf(c, scope));
            return version;
        });
    }

    /**
     * Adds a theme an editor wrote (kept across imports), after the other themes of its scope, with its audit entry
     * and a new vocabulary version; returns that version.
     */
    public int createTheme(Theme theme, String editor, Instant at) {
        return store.write("create the theme", () -> {
            Connection c = store.connection();
            int version = newVersion(c, editor, at, "create theme " + theme.id());
            int ordinal;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(ordinal), -1) + 1 FROM themes WHERE scope = ?")) {
                ps.setString(1, theme.scope().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ordinal = rs.getInt(1);
                }
            }
            insertTheme(c, theme, ordinal, version, "editor");
            audit(c, editor, at, "create-theme", null, theme.id(), "none", describe(theme));
            return version;
        });
    }

    /**
     * Sets a theme's label in {@code language} (an editor's label, kept across imports), with its audit entry (the
     * label before, or {@code none}) and a new vocabulary version; returns that version.
     */
    public int label(String themeId, String language, String label, String editor, Instant at) {
        return store.write("set the theme label", () -> {
            Connection c = store.connection();
            String before = "none";
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT label FROM theme_labels WHERE theme_id = ? AND language = ?")) {
                ps.setString(1, themeId);
                ps.setString(2, language);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        before = language + ": " + rs.getString(1);
                    }
                }
            }
            int version = newVersion(c, editor, at, "label " + themeId + " in " + language);
            putLabel(c, themeId, language, label, "editor");
            audit(c, editor, at, "label", null, themeId, before, language + ": " + label);
            return version;
        });
    }

    /**
     * Adds an editor's keyword of a theme, with its audit entry ({@code keyword-add}, after: {@code fr: voies légales})
     * and a new vocabulary version; returns that version.
     *
     * @throws IllegalArgumentException when the theme has that keyword already (nothing changed)
     */
    public int addKeyword(ThemeKeyword k, String editor, Instant at) {
        return addKeywords(List.of(k), editor, at);
    }

    /**
     * Adds editors' keywords in one transaction: one new vocabulary version, one audit entry ({@code keyword-add})
     * per keyword; returns that version.
     *
     * @throws IllegalArgumentException when a theme has one of them already (nothing changed)
     */
    public int addKeywords(List<ThemeKeyword> keywords, String editor, Instant at) {
        return store.write("add the theme keywords", () -> {
            Connection c = store.connection();
            for (ThemeKeyword k : keywords) {
                if (hasKeyword(c, k)) {
                    throw new IllegalArgumentException("theme '" + k.themeId() + "' has the keyword '" + k.keyword()
                            + "' in " + k.language().code() + " already; see `compendium themes keywords list`");
                }
            }
            ThemeKeyword first = keywords.getFirst();
            int version = newVersion(c, editor, at, keywords.size() == 1
                    ? "keyword of " + first.themeId() + " in " + first.language().code()
                    : keywords.size() + " keywords");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO theme_keywords (theme_id, language, keyword, version) VALUES (?, ?, ?, ?)")) {
                for (ThemeKeyword k : keywords) {
                    bind(ps, k);
                    ps.setInt(4, version);
                    ps.executeUpdate();
                    audit(c, editor, at, "keyword-add", null, k.themeId(), "none",
                            k.language().code() + ": " + k.keyword());
                }
            }
            return version;
        });
    }

    /**
     * Removes an editor's keyword of a theme, with its audit entry ({@code keyword-remove}, before: the keyword) and a
     * new vocabulary version; returns that version.
     *
     * @throws IllegalArgumentException when the theme has no such keyword (nothing changed)
     */
    public int removeKeyword(ThemeKeyword k, String editor, Instant at) {
        return store.write("remove the theme keyword", () -> {
            Connection c = store.connection();
            if (!hasKeyword(c, k)) {
                throw new IllegalArgumentException("theme '" + k.themeId() + "' has no keyword '" + k.keyword()
                        + "' in " + k.language().code() + "; see `compendium themes keywords list`");
            }
            int version = newVersion(c, editor, at, "remove keyword of " + k.themeId() + " in " + k.language().code());
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM theme_keywords WHERE theme_id = ? AND language = ? AND keyword = ?")) {
                bind(ps, k);
                ps.executeUpdate();
            }
            audit(c, editor, at, "keyword-remove", null, k.themeId(), k.language().code() + ": " + k.keyword(), "none");
            return version;
        });
    }

    /** Every keyword, by theme, language and keyword. */
    public List<ThemeKeyword> keywords() {
        return store.transaction("read the theme keywords", () -> {
            List<ThemeKeyword> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT theme_id, language, keyword FROM theme_keywords ORDER BY theme_id, language, keyword");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ThemeKeyword(rs.getString(1), Language.fromCode(rs.getString(2)), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** Sets a keyword's theme, language and words as parameters 1 to 3. */
    private static void bind(PreparedStatement ps, ThemeKeyword k) throws SQLException {
        ps.setString(1, k.themeId());
        ps.setString(2, k.language().code());
        ps.setString(3, k.keyword());
    }

    private static boolean hasKeyword(Connection c, ThemeKeyword k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM theme_keywords WHERE theme_id = ? AND language = ? AND keyword = ?")) {
            bind(ps, k);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Every theme, in vocabulary order (the published index's order). */
    public List<Theme> themes() {
        return store.transaction("read the themes", () -> {
            Connection c = store.connection();
            Map<String, Map<String, String>> labels = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT theme_id, language, label FROM theme_labels");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            List<Theme> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, scope, parent_id FROM themes ORDER BY scope, ordinal, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Theme(rs.getString(1), labels.get(rs.getString(1)), rs.getString(3), Body.valueOf(rs.getString(2))));
                }
            }
            return out;
        });
    }

    /** Every index link, grouped by theme in vocabulary order, each theme's links in index order. */
    public List<ThemeLink> links() {
        return store.transaction("read the theme links", () -> {
            List<ThemeLink> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT l.theme_id, l.citation, l.label, l.report_symbol, l.report_number, l.instrument
                    FROM theme_links l JOIN themes t ON t.id = l.theme_id ORDER BY t.scope, t.ordinal, l.ordinal""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ThemeLink(rs.getString(1), Citation.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        });
    }

    /** Every editor's decision, oldest first. */
    public List<ThemeDecision> decisions() {
        return store.transaction("read the theme decisions", () -> {
            List<ThemeDecision> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT citation, theme_id, verdict, editor, decided_at FROM theme_decisions ORDER BY decided_at, citation, theme_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ThemeDecision(Citation.parse(rs.getString(1)), rs.getString(2),
                            ThemeVerdict.valueOf(rs.getString(3)), rs.getString(4), StoreTimes.instant(rs, 5)));
                }
            }
            return out;
        });
    }

    /**
     * Records a decision (replacing an earlier one about the same provision and theme) with its audit entry and a
     * new vocabulary version, in one transaction; returns that version.
     *
     * @param before the state before the change, as the audit log shows it
     */
    public int decide(ThemeDecision d, String action, String before) {
        return store.write("record the theme decision", () -> {
            Connection c = store.connection();
            int version = newVersion(c, d.editor(), d.at(), action + " " + d.themeId() + " for " + d.citation());
            StoreGeneration.citation(c, d.citation());
            try (PreparedStatement del = c.prepareStatement("DELETE FROM theme_decisions WHERE citation = ? AND theme_id = ?")) {
                del.setString(1, d.citation().toString());
                del.setString(2, d.themeId());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO theme_decisions (citation, theme_id, verdict, editor, decided_at, version) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, d.citation().toString());
                ps.setString(2, d.themeId());
                ps.setString(3, d.verdict().name());
                ps.setString(4, d.editor());
                ps.setObject(5, StoreTimes.utc(d.at()), Types.TIMESTAMP);
                ps.setInt(6, version);
                ps.executeUpdate();
            }
            audit(c, d.editor(), d.at(), action, d.citation().toString(), d.themeId(), before, d.verdict().code());
            return version;
        });
    }

    /** The audit log, oldest first. */
    public List<AuditEntry> audit() {
        return store.transaction("read the audit log", () -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT id, editor, changed_at, action, citation, theme_id, before_state, after_state
                    FROM theme_audit ORDER BY id""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getString(2), StoreTimes.instant(rs, 3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        });
    }

    /** The latest vocabulary version, 0 when nothing was imported or edited yet. */
    public int version() {
        return store.transaction("read the vocabulary version", () -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT MAX(version) FROM theme_versions");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static int newVersion(Connection c, String author, Instant at, String note) throws SQLException {
        int version;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM theme_versions");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            version = rs.getInt(1);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO theme_versions (version, created_at, author, note) VALUES (?, ?, ?, ?)")) {
            ps.setInt(1, version);
            ps.setObject(2, StoreTimes.utc(at), Types.TIMESTAMP);
            ps.setString(3, author);
            ps.setString(4, note);
            ps.executeUpdate();
        }
        return version;
    }

    static void audit(Connection c, String editor, Instant at, String action, String citation, String themeId,
                              String before, String after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO theme_audit (editor, changed_at, action, citation, theme_id, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, editor);
            ps.setObject(2, StoreTimes.utc(at), Types.TIMESTAMP);
            ps.setString(3, action);
            ps.setString(4, citation);
            ps.setString(5, themeId);
            ps.setString(6, before);
            ps.setString(7, after);
            ps.executeUpdate();
        }
    }

    private static void insertTheme(Connection c, Theme t, int ordinal, int version, String origin) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO themes (id, scope, parent_id, ordinal, version, origin) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id());
            ps.setString(2, t.scope().name());
            ps.setString(3, t.parentId());
            ps.setInt(4, ordinal);
            ps.setInt(5, version);
            ps.setString(6, origin);
            ps.executeUpdate();
        }
        for (Map.Entry<String, String> e : t.labels().entrySet()) {
            putLabel(c, t.id(), e.getKey(), e.getValue(), origin);
        }
    }

    private static boolean themeExists(Connection c, String themeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM themes WHERE id = ?")) {
            ps.setString(1, themeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Writes a label, replacing the theme's label in that language if any. */
    private static void putLabel(Connection c, String themeId, String language, String label, String origin)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM theme_labels WHERE theme_id = ? AND language = ?")) {
            del.setString(1, themeId);
            del.setString(2, language);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO theme_labels (theme_id, language, label, origin) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, themeId);
            ps.setString(2, language);
            ps.setString(3, label);
            ps.setString(4, origin);
            ps.executeUpdate();
        }
    }

    /** The labels editors wrote for themes of {@code scope}: theme id, language, label. */
    private static List<String[]> editorLabels(Connection c, Body scope) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.theme_id, l.language, l.label FROM theme_labels l JOIN themes t ON t.id = l.theme_id
                WHERE t.scope = ? AND l.origin = 'editor' ORDER BY l.theme_id, l.language""")) {
            ps.setString(1, scope.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    /** A theme as the audit log shows it: {@code WG.4; fr: Identification des victimes; en: Victim identification}. */
    private static String describe(Theme t) {
        StringBuilder sb = new StringBuilder(t.scope().code());
        if (t.parentId() != null) {
            sb.append("; parent ").append(t.parentId());
        }
        t.labels().forEach((language, label) -> sb.append("; ").append(language).append(": ").append(label));
        return sb.toString();
    }

    private static String countsOf(Connection c, Body scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT (SELECT COUNT(*) FROM themes WHERE scope = ?),
                       (SELECT COUNT(*) FROM theme_links l JOIN themes t ON t.id = l.theme_id WHERE t.scope = ?)""")) {
            ps.setString(1, scope.name());
            ps.setString(2, scope.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + " themes, " + rs.getInt(2) + " links";
            }
        }
    }

    private static void update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }
}
