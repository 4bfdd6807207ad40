package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.compendium.model.AgendaItem;
import org.compendium.model.Coverage;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Participant;
import org.compendium.model.Provision;
import org.compendium.model.Segment;

/**
 * Writes one {@link ParsedDocument} into the tables, on a connection whose transaction the caller owns; also deletes
 * the earlier copies a re-ingest replaces.
 */
final class DocumentWriter {
    private static final String INSERT_DOCUMENT = """
            INSERT INTO documents (source_name, sha256, format, doc_type, body, meeting, session, start_date, end_date,
                venue, language, symbol, title, resolution_number, source_length, coverage_non_whitespace,
                coverage_assigned_once, coverage_unassigned, coverage_assigned_twice, ingested_at, work, work_slug,
                coverage_in_provisions, coverage_set_aside, parse_warnings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_PROVISION = """
            INSERT INTO provisions (document_id, ordinal, citation, citation_work, citation_designator, citation_number,
                citation_subdivisions, kind, number, path, label, text, leading_verb, spans, start_offset, end_offset,
                meeting, session, eid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SEGMENT =
            "INSERT INTO segments (document_id, ordinal, kind, label, text, path, spans) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;

    DocumentWriter(Connection connection) {
        this.connection = connection;
    }

    /** Deletes every document with this source file name or digest (children go by ON DELETE CASCADE). */
    int deleteEarlierCopies(String source, String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM documents WHERE source_name = ? OR sha256 = ?")) {
            ps.setString(1, source);
            ps.setString(2, sha256);
            return ps.executeUpdate();
        }
    }

    /** Inserts the document and all its rows; returns the new document id. */
    long insert(ParsedDocument doc, Instant ingestedAt) throws SQLException {
        long id = insertDocument(doc, ingestedAt);
        insertProvisions(id, doc.provisions());
        insertSegments(id, doc.segments());
        DocumentMetadata m = doc.metadata();
        insertStrings(id, "INSERT INTO mentioned_symbols (document_id, ordinal, symbol) VALUES (?, ?, ?)",
                m.mentionedSymbols().stream().map(DocumentSymbol::value).toList());
        insertStrings(id, "INSERT INTO mentioned_resolutions (document_id, ordinal, resolution_number) VALUES (?, ?, ?)",
                m.mentionedResolutions());
        insertAgenda(id, m.agenda());
        insertParticipants(id, m.participants());
        return id;
    }

    private long insertDocument(ParsedDocument doc, Instant ingestedAt) throws SQLException {
        DocumentMetadata m = doc.metadata();
        Coverage c = doc.coverage();
        try (PreparedStatement ps = connection.prepareStatement(INSERT_DOCUMENT, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, doc.source());
            ps.setString(2, doc.sha256());
            ps.setString(3, doc.format() == null ? null : doc.format().name());
            ps.setString(4, m.type().name());
            ps.setString(5, m.body() == null ? null : m.body().name());
            setInteger(ps, 6, m.meeting());
            setInteger(ps, 7, m.session());
            ps.setObject(8, m.dates() == null ? null : m.dates().start(), Types.DATE);
            ps.setObject(9, m.dates() == null ? null : m.dates().end(), Types.DATE);
            ps.setString(10, m.venue());
            ps.setString(11, m.language().code());
            ps.setString(12, m.symbol() == null ? null : m.symbol().value());
            ps.setString(13, m.title());
            ps.setString(14, m.resolutionNumber());
            ps.setInt(15, doc.sourceLength());
            setLong(ps, 16, c == null ? null : c.nonWhitespace());
            setLong(ps, 17, c == null ? null : c.assignedOnce());
            setLong(ps, 18, c == null ? null : c.unassigned());
            setLong(ps, 19, c == null ? null : c.assignedTwice());
            ps.setObject(20, StoreTimes.utc(ingestedAt), Types.TIMESTAMP);
            ps.setString(21, doc.work().toString());
            ps.setString(22, doc.work().slug());
            setLong(ps, 23, doc.body() == null ? null : doc.body().inProvisions());
            setLong(ps, 24, doc.body() == null ? null : doc.body().setAside());
            ps.setString(25, ColumnCodec.strings(doc.warnings()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new document");
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertProvisions(long id, List<Provision> provisions) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_PROVISION)) {
            int ordinal = 0;
            for (Provision p : provisions) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, p.citation().toString());
                ps.setString(4, p.citation().work().toString());
                ps.setString(5, p.citation().main().series().code());
                ps.setString(6, p.citation().main().number());
                ps.setString(7, ColumnCodec.strings(p.citation().subdivisions()));
                ps.setString(8, p.kind().name());
                ps.setString(9, p.number());
                ps.setString(10, ColumnCodec.strings(p.path()));
                ps.setString(11, p.label());
                ps.setString(12, p.text());
                ps.setString(13, p.leadingVerb());
                ps.setString(14, ColumnCodec.spans(p.spans()));
                ps.setInt(15, p.start());
                ps.setInt(16, p.end());
                setInteger(ps, 17, p.meeting());
                setInteger(ps, 18, p.session());
                ps.setString(19, p.eId().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertSegments(long id, List<Segment> segments) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_SEGMENT)) {
            int ordinal = 0;
            for (Segment s : segments) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, s.kind().name());
                ps.setString(4, s.label());
                ps.setString(5, s.text());
                ps.setString(6, ColumnCodec.strings(s.path()));
                ps.setString(7, ColumnCodec.spans(s.spans()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertStrings(long id, String sql, List<String> values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int ordinal = 0;
            for (String v : values) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, v);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertAgenda(long id, List<AgendaItem> agenda) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO agenda_items (document_id, ordinal, number, title) VALUES (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (AgendaItem a : agenda) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, a.number());
                ps.setString(4, a.title());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertParticipants(long id, List<Participant> participants) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO participants (document_id, ordinal, state_id, name, role, paragraph) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Participant p : participants) {
                ps.setLong(1, id);
                ps.setInt(2, ordinal++);
                ps.setString(3, p.stateId());
                ps.setString(4, p.name());
                ps.setString(5, p.role().name());
                ps.setString(6, p.paragraph());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
