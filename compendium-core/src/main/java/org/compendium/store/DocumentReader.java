package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.AgendaItem;
import org.compendium.model.Body;
import org.compendium.model.BodyCoverage;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.Language;
import org.compendium.model.Work;
import org.compendium.model.Coverage;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Participant;
import org.compendium.model.ParticipationRole;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceFormat;

/**
 * Reads stored rows back into model records: document summaries, whole {@link ParsedDocument}s and provisions.
 * The inverse of {@link DocumentWriter}; the two change together.
 */
final class DocumentReader {
    /** The columns {@link #summary} reads, prefixed by the documents table's alias {@code d}. */
    static final String SUMMARY_COLUMNS = """
            d.id, d.source_name, d.sha256, d.doc_type, d.body, d.meeting, d.session, d.start_date, d.end_date, d.symbol,
            d.title, d.resolution_number, d.language, d.ingested_at, d.work,
            (SELECT COUNT(*) FROM provisions pc WHERE pc.document_id = d.id) AS provision_count""";
    /**
     * The columns {@link #provision} reads, prefixed by the provisions table's alias {@code p}; meeting and session
     * are renamed because a join with the documents table would otherwise read the document's.
     */
    static final String PROVISION_COLUMNS = """
            p.ordinal, p.citation_work, p.citation_designator, p.citation_number, p.citation_subdivisions, p.kind,
            p.number, p.path, p.label, p.text, p.leading_verb, p.spans, p.meeting AS provision_meeting,
            p.session AS provision_session, p.eid""";

    private final Connection connection;

    DocumentReader(Connection connection) {
        this.connection = connection;
    }

    static DocumentSummary summary(ResultSet rs) throws SQLException {
        return new DocumentSummary(
                rs.getLong("id"),
                rs.getString("source_name"),
                rs.getString("sha256"),
                DocumentType.valueOf(rs.getString("doc_type")),
                body(rs.getString("body")),
                integer(rs, "meeting"),
                integer(rs, "session"),
                dates(rs),
                symbol(rs.getString("symbol")),
                rs.getString("title"),
                rs.getString("resolution_number"),
                Language.fromCodeOrUndetermined(rs.getString("language")),
                rs.getInt("provision_count"),
                StoreTimes.instant(rs, "ingested_at"),
                Work.parse(rs.getString("work")));
    }

    static Provision provision(ResultSet rs) throws SQLException {
        Citation citation = Citation.of(Work.parse(rs.getString("citation_work")), Eid.parse(rs.getString("eid")));
        return new Provision(
                citation,
                ProvisionKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                ColumnCodec.parseStrings(rs.getString("path")),
                rs.getString("label"),
                rs.getString("text"),
                rs.getString("leading_verb"),
                ColumnCodec.parseSpans(rs.getString("spans")),
                integer(rs, "provision_meeting"),
                integer(rs, "provision_session"));
    }

    /** The whole document with this id, exactly as it was saved. */
    ParsedDocument document(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no document with id " + id + " in the store");
                }
                DocumentMetadata metadata = new DocumentMetadata(
                        DocumentType.valueOf(rs.getString("doc_type")),
                        body(rs.getString("body")),
                        integer(rs, "meeting"),
                        integer(rs, "session"),
                        dates(rs),
                        rs.getString("venue"),
                        Language.fromCodeOrUndetermined(rs.getString("language")),
                        symbol(rs.getString("symbol")),
                        rs.getString("title"),
                        rs.getString("resolution_number"),
                        strings(id, "SELECT symbol FROM mentioned_symbols WHERE document_id = ? ORDER BY ordinal")
                                .stream().map(DocumentSymbol::new).toList(),
                        strings(id, "SELECT resolution_number FROM mentioned_resolutions WHERE document_id = ? ORDER BY ordinal"),
                        agenda(id),
                        participants(id));
                String format = rs.getString("format");
                return new ParsedDocument(
                        rs.getString("source_name"),
                        format == null ? null : SourceFormat.valueOf(format),
                        rs.getString("sha256"),
                        rs.getInt("source_length"),
                        metadata,
                        Work.parse(rs.getString("work")),
                        provisions(id),
                        segments(id),
                        coverage(rs),
                        body(rs),
                        warnings(rs.getString("parse_warnings")));
            }
        }
    }

    private List<Provision> provisions(long id) throws SQLException {
        return rows(id, "SELECT " + PROVISION_COLUMNS + " FROM provisions p WHERE p.document_id = ? ORDER BY p.ordinal",
                DocumentReader::provision);
    }

    private List<Segment> segments(long id) throws SQLException {
        return rows(id, "SELECT kind, label, text, path, spans FROM segments WHERE document_id = ? ORDER BY ordinal",
                rs -> new Segment(SegmentKind.valueOf(rs.getString("kind")), rs.getString("label"), rs.getString("text"),
                        ColumnCodec.parseStrings(rs.getString("path")), ColumnCodec.parseSpans(rs.getString("spans"))));
    }

    private List<String> strings(long id, String sql) throws SQLException {
        return rows(id, sql, rs -> rs.getString(1));
    }

    private List<AgendaItem> agenda(long id) throws SQLException {
        return rows(id, "SELECT number, title FROM agenda_items WHERE document_id = ? ORDER BY ordinal",
                rs -> new AgendaItem(rs.getString("number"), rs.getString("title")));
    }

    private List<Participant> participants(long id) throws SQLException {
        return rows(id, "SELECT state_id, name, role, paragraph FROM participants WHERE document_id = ? ORDER BY ordinal",
                rs -> new Participant(rs.getString("state_id"), rs.getString("name"),
                        ParticipationRole.valueOf(rs.getString("role")), rs.getString("paragraph")));
    }

    /** Reads one row of a result set into a value. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The rows a query with one parameter, the document id, returns, each mapped to a value, in order. */
    private <T> List<T> rows(long id, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
        }
        return out;
    }

    private static Coverage coverage(ResultSet rs) throws SQLException {
        long nonWhitespace = rs.getLong("coverage_non_whitespace");
        if (rs.wasNull()) {
            return null;
        }
        return new Coverage(nonWhitespace, rs.getLong("coverage_assigned_once"), rs.getLong("coverage_unassigned"),
                rs.getLong("coverage_assigned_twice"));
    }

    /** The two coverage figures, or null for a document stored before they were kept (schema version 8). */
    private static BodyCoverage body(ResultSet rs) throws SQLException {
        long nonWhitespace = rs.getLong("coverage_non_whitespace");
        if (rs.wasNull()) {
            return null;
        }
        long inProvisions = rs.getLong("coverage_in_provisions");
        if (rs.wasNull()) {
            return null;
        }
        return new BodyCoverage(nonWhitespace, inProvisions, rs.getLong("coverage_set_aside"));
    }

    private static List<String> warnings(String json) {
        return json == null ? List.of() : ColumnCodec.parseStrings(json);
    }

    private static DateRange dates(ResultSet rs) throws SQLException {
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        return start == null ? null : new DateRange(start, rs.getObject("end_date", LocalDate.class));
    }

    private static Body body(String name) {
        return name == null ? null : Body.valueOf(name);
    }

    private static DocumentSymbol symbol(String value) {
        return value == null ? null : new DocumentSymbol(value);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
