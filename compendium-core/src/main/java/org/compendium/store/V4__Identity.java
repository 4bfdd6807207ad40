package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Work;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 4, identity: every document records its work and every provision its eId, and citations of
 * working-group reports name the meeting instead of the year ({@code CTOC/COP/WG.7/2021 rec. 12} becomes
 * {@code CTOC/COP/WG.7 meeting 8 rec. 12}).
 *
 * <p>A store written by an earlier version is upgraded in place: the works are derived from the metadata each document
 * row holds, the provisions' citations rewritten, and the theme links, decisions and audit entries that name the old
 * citations rewritten with them, so no editor's decision is orphaned. What the rows cannot tell — a Secretariat
 * report's date of issue, a compendium's edition year — comes with the next ingest of that file.
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version and description from the class name.
public final class V4__Identity extends BaseJavaMigration {
    /** The year-based work of an earlier version's report citations: {@code CTOC/COP/WG.7/2021}. */
    private static final Pattern LEGACY_REPORT_WORK = Pattern.compile("CTOC/COP(?:/(WG\\.\\d+))?/(\\d{4})");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE documents ADD COLUMN work VARCHAR(300)");
            s.execute("ALTER TABLE documents ADD COLUMN work_slug VARCHAR(300)");
            s.execute("ALTER TABLE provisions ADD COLUMN eid VARCHAR(300)");
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT p.id, p.citation, p.meeting, p.session, d.doc_type "
                + "FROM provisions p JOIN documents d ON d.id = p.document_id");
             PreparedStatement update = c.prepareStatement("UPDATE provisions SET citation = ?, citation_work = ?, eid = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String old = rs.getString("citation");
                Citation upgraded = upgrade(Citation.parse(old), (Integer) rs.getObject("meeting"), (Integer) rs.getObject("session"),
                        DocumentType.valueOf(rs.getString("doc_type")));
                if (!upgraded.toString().equals(old)) {
                    renamed.put(old, upgraded.toString());
                }
                update.setString(1, upgraded.toString());
                update.setString(2, upgraded.work().toString());
                update.setString(3, upgraded.eId().toString());
                update.setLong(4, rs.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        for (String table : new String[] {"theme_links", "theme_decisions", "theme_audit"}) {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET citation = ? WHERE citation = ?")) {
                for (Map.Entry<String, String> e : renamed.entrySet()) {
                    update.setString(1, e.getValue());
                    update.setString(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT id, source_name, doc_type, body, meeting, session, symbol, resolution_number FROM documents");
             PreparedStatement update = c.prepareStatement("UPDATE documents SET work = ?, work_slug = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Work work = StoredWorks.derive(DocumentType.valueOf(rs.getString("doc_type")),
                        rs.getString("body") == null ? null : Body.valueOf(rs.getString("body")),
                        (Integer) rs.getObject("meeting"), (Integer) rs.getObject("session"), rs.getString("symbol"),
                        rs.getString("resolution_number"), rs.getString("source_name"));
                update.setString(1, work.toString());
                update.setString(2, work.slug());
                update.setLong(3, rs.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** An earlier version's citation with its year-based report work replaced by the meeting's (or session's) work. */
    static Citation upgrade(Citation old, Integer meeting, Integer session, DocumentType type) {
        if (!(old.work() instanceof Work.SymbolDocument symbol)) {
            return old;
        }
        Matcher m = LEGACY_REPORT_WORK.matcher(symbol.symbol().value());
        if (!m.matches()) {
            return old;
        }
        Body body = m.group(1) == null ? Body.COP : Body.fromCode(m.group(1));
        if (body.isWorkingGroup() && meeting != null) {
            return Citation.of(new Work.MeetingReport(body, meeting), old.eId());
        }
        if (body == Body.COP && session != null && type == DocumentType.SECRETARIAT_REPORT) {
            return Citation.of(new Work.SecretariatReport(body, session, null), old.eId());
        }
        return old;
    }
}
