package org.compendium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Supplied;
import org.compendium.model.Work;
import org.compendium.model.Expression;
import org.compendium.model.Body;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.function.Consumer;
import org.compendium.model.Citation;
import org.compendium.model.ParsedDocument;

/**
 * The document store: the database holding parsed documents between runs — embedded H2 in a data folder, or a
 * PostgreSQL database ({@link StoreLocation}); the two behave the same, and the same tests run on both.
 *
 * <p>Each {@link #save} is one transaction: it deletes any earlier copy of the document (same source file name or
 * same SHA-256) and writes the new one, or on any failure leaves the store as it was. Only one process may have an
 * embedded store open at a time; another gets a {@link StoreException} saying so. A PostgreSQL store takes several
 * processes at once: each write transaction first locks the one {@code store_state} row, so writers take turns (one
 * generation per transaction, no two theme versions with one number). Methods are synchronized because the store
 * holds a single connection; a store is meant to be opened once per process and shared.
 *
 * <p>Durability: a write returns only once its transaction is on disk. H2 otherwise commits to memory and writes
 * every {@code WRITE_DELAY} (500 ms by default), so a killed process lost documents already reported saved; the URL
 * sets {@code WRITE_DELAY=0} (each commit is written to the file at once) and every write transaction ends with
 * {@code CHECKPOINT SYNC} (the file is forced to the device). That is not enough against a kill: H2 could write the
 * next commit over space the last one still needed, torn by the kill, and the next open fell back to an older state;
 * so new writes never reuse space while the store is open ({@link H2Space}). On PostgreSQL the commit itself is durable
 * ({@code synchronous_commit = on}, see {@link Dialect}). A transaction interrupted by a crash is rolled back by
 * H2 when the store is next opened, by PostgreSQL when the connection drops. Every write that changes what the search index shows also raises the store
 * generation in the same transaction ({@link #generation}, {@link #changesSince}).
 */
public final class DocumentStore implements AutoCloseable {
    static {
        StoreSharing.prepare(); // before H2 loads: a share listens on the loopback interface only
    }

    private final StoreLocation location;
    private final Dialect dialect;
    private final Connection connection;
    private final Clock clock;
    private final Durability durability;
    private final boolean heldByAnotherProcess;
    private StoreSharing.Share share;

    private DocumentStore(StoreLocation location, Connection connection, Clock clock, Durability durability,
            boolean heldByAnotherProcess) {
        this.location = location;
        this.dialect = Dialect.of(location);
        this.connection = connection;
        this.clock = clock;
        this.durability = durability;
        this.heldByAnotherProcess = heldByAnotherProcess;
    }

    /**
     * Opens the store in {@code dataDir}, creating the folder and the database when missing and migrating the schema.
     *
     * @throws StoreException when another process has the store open, the store was written by a newer Compendium,
     *                        or the folder cannot be used
     */
    public static DocumentStore open(Path dataDir) {
        return open(StoreLocation.embedded(dataDir));
    }

    /**
     * Opens the store at {@code location} (embedded in a data folder, or on a PostgreSQL server), creating the local
     * data folder, and an embedded database, when missing, and migrating the schema.
     *
     * @throws StoreException when another process has the embedded store open, the database cannot be reached or is
     *                        not set up as a store needs, the store was written by a newer Compendium, or the folder
     *                        cannot be used
     */
    public static DocumentStore open(StoreLocation location) {
        return open(location, Clock.systemUTC(), Durability.SYNCED);
    }

    /** Opens the store with a chosen {@link Durability}: {@link Durability#DELAYED} is for benchmarks only. */
    public static DocumentStore open(Path dataDir, Durability durability) {
        return open(StoreLocation.embedded(dataDir), durability);
    }

    /** Opens the store with a chosen {@link Durability}: anything but {@link Durability#SYNCED} is for benchmarks only. */
    public static DocumentStore open(StoreLocation location, Durability durability) {
        return open(location, Clock.systemUTC(), durability);
    }

    static DocumentStore open(StoreLocation location, Clock clock) {
        return open(location, clock, Durability.SYNCED);
    }

    private static DocumentStore open(StoreLocation location, Clock clock, Durability durability) {
        try {
            Files.createDirectories(location.dataDir());
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + location.dataDir() + ": " + e.getMessage(), e);
        }
        Dialect dialect = Dialect.of(location);
        Connection connection = dialect.connect(location, durability);
        try {
            // Reached through a server's share (another process holds the embedded file): Flyway goes the same way.
            boolean remote = StoreSharing.isShared(connection);
            String url = remote ? connection.getMetaData().getURL() : dialect.url(location, durability);
            // Migrate while our connection keeps the database open, so Flyway's connections join the same database.
            SchemaMigrations.migrate(location, url);
            connection.setAutoCommit(false);
            dialect.setUp(connection, location, durability);
            DocumentStore store = new DocumentStore(location, connection, clock, durability, remote);
            store.check();
            return store;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(connection, e);
            throw e instanceof StoreException se ? se : openFailure(location, e);
        }
    }

    /**
     * The message for a store that could not be opened: a damaged file says so and what to do (the index and the
     * source documents are not the store's only copies: re-ingesting them rebuilds it).
     */
    static StoreException openFailure(StoreLocation location, Exception e) {
        return Damage.isDamage(e) ? damaged(location, e)
                : new StoreException("cannot open the store at " + location.describe() + ": " + e.getMessage(), e);
    }

    static StoreException damaged(StoreLocation location, Exception e) {
        return new StoreException("the store at " + location.describe() + " is damaged (" + e.getMessage() + "); "
                + Dialect.of(location).restoreAdvice(location), e);
    }

    /**
     * Reads every table's row count and the generation, so that a store damaged where the open did not look is
     * refused now, with advice, rather than half-way through a command: the migrations vouched for these tables, so
     * any failure here is damage.
     */
    private void check() {
        try {
            for (String table : List.of("documents", "provisions", "segments", "themes", "theme_decisions", "store_changes")) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
            StoreGeneration.current(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            throw damaged(location, e);
        }
    }

    /** The local data folder of this store: its search index, and the embedded database. */
    public Path dataDir() {
        return location.dataDir();
    }

    /** Where this store lives. */
    public StoreLocation location() {
        return location;
    }

    /** The year form of a report work that earlier versions cited: {@code CTOC/COP/WG.7/2021}, {@code CTOC/COP/2024}. */
    private static final java.util.regex.Pattern LEGACY_YEAR_WORK = java.util.regex.Pattern.compile("CTOC/COP(?:/(WG\\.\\d+))?/(\\d{4})");

    /**
     * Saves a document in one transaction, replacing the earlier copy of it: the stored document with the same SHA-256,
     * or with the same source file name and the same work and language (a new version of the file). A different
     * document under the same file name is never replaced.
     *
     * @throws SourceNameTakenException when another work or language, with other content, is stored under the same
     *                                  file name; the store is then unchanged
     * @throws StoreException           when it cannot be saved; the store is then unchanged
     */
    public synchronized StoredDocument save(ParsedDocument doc) {
        if (doc == null || doc.source() == null || doc.sha256() == null || doc.metadata() == null) {
            throw new IllegalArgumentException("a stored document needs a source name, a digest and metadata");
        }
        try {
            StoreGeneration.lockForWrite(connection);
            DocumentWriter writer = new DocumentWriter(connection);
            doc = corrected(doc);
            refuseTakenName(doc);
            int replaced = writer.deleteEarlierCopies(doc.source(), doc.sha256());
            refuseIdentityClash(doc);
            long id = writer.insert(doc, Instant.now(clock));
            StoreGeneration.document(connection, doc.source(), doc.sha256());
            DocumentSummary summary = summary(id);
            commitDurably();
            return new StoredDocument(summary, doc.provisions().size(), doc.segments().size(), replaced);
        } catch (IdentityClashException | SourceNameTakenException e) {
            rollback(e);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw new StoreException("could not save " + doc.source() + "; the store is unchanged: " + e.getMessage()
                    + Damage.advice(e), e);
        }
    }

    /** The store generation: raised by every committed change the search index shows (0 for a new store). */
    public synchronized long generation() {
        return read(() -> StoreGeneration.current(connection));
    }

    /** What changed after {@code generation}: the documents the search index must re-index to be in step. */
    public synchronized StoreChanges changesSince(long generation) {
        return read(() -> StoreGeneration.since(connection, generation));
    }

    /** The stored document read from the file named {@code source}, rebuilt in full; empty when there is none. */
    public synchronized Optional<ParsedDocument> findBySource(String source) {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM documents WHERE source_name = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new DocumentReader(connection).document(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Corrects what a stored document says about itself — its symbol, title or dates — in one transaction with its
     * audit line; the correction is kept for its source file, so that ingesting that file again applies it again.
     * A symbol may give the document a work of its own ({@link Supplied#applyTo}); its provisions follow.
     *
     * @return the corrected document's summary (a new id: the document is saved anew, its permalink unchanged unless
     *         its work changed)
     * @throws IllegalArgumentException when there is no such document or nothing to correct
     * @throws IdentityClashException   when the correction would give it the identity of another stored document
     */
    public synchronized DocumentSummary correct(long id, Supplied correction, String editor, Instant at) {
        if (correction == null || correction.isEmpty()) {
            throw new IllegalArgumentException("nothing to correct: give a symbol, a title or dates");
        }
        ParsedDocument before = findDocument(id).orElseThrow(() -> new IllegalArgumentException(
                "no document with id " + id + "; see `compendium list`"));
        try {
            StoreGeneration.lockForWrite(connection);
            Supplied kept = correction(before.source()).map(k -> k.then(correction)).orElse(correction);
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM metadata_corrections WHERE source_name = ?")) {
                del.setString(1, before.source());
                del.executeUpdate();
            }
            try (PreparedStatement ins = connection.prepareStatement("INSERT INTO metadata_corrections (source_name, symbol, "
                    + "title, start_date, end_date, editor, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ins.setString(1, before.source());
                ins.setString(2, kept.symbol() == null ? null : kept.symbol().value());
                ins.setString(3, kept.title());
                ins.setObject(4, kept.dates() == null ? null : kept.dates().start(), Types.DATE);
                ins.setObject(5, kept.dates() == null ? null : kept.dates().end(), Types.DATE);
                ins.setString(6, editor);
                ins.setObject(7, StoreTimes.utc(at), Types.TIMESTAMP);
                ins.executeUpdate();
            }
            ParsedDocument after = correction.applyTo(before);
            DocumentWriter writer = new DocumentWriter(connection);
            writer.deleteEarlierCopies(before.source(), before.sha256());
            refuseIdentityClash(after);
            long newId = writer.insert(after, at);
            ThemeStore.audit(connection, editor, at, "correct-metadata", before.expression().toString(), null,
                    describe(before), correction.describe() + (after.work().equals(before.work()) ? "" : "; work=" + after.work()));
            StoreGeneration.document(connection, before.source(), before.sha256());
            DocumentSummary summary = summary(newId);
            commitDurably();
            return summary;
        } catch (IdentityClashException e) {
            rollback(e);
            throw e;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw new StoreException("could not correct " + before.source() + "; the store is unchanged: " + e.getMessage()
                    + Damage.advice(e), e);
        }
    }

    private static String describe(ParsedDocument doc) {
        var m = doc.metadata();
        return new Supplied(m.symbol(), m.title().isEmpty() ? null : m.title(), m.dates()).describe();
    }

    /** The document with the correction an editor made for its source file, if any. */
    private ParsedDocument corrected(ParsedDocument doc) throws SQLException {
        Optional<Supplied> c = correction(doc.source());
        return c.isEmpty() ? doc : c.get().applyTo(doc);
    }

    private Optional<Supplied> correction(String source) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT symbol, title, start_date, end_date FROM metadata_corrections WHERE source_name = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                LocalDate start = rs.getObject(3, LocalDate.class);
                LocalDate end = rs.getObject(4, LocalDate.class);
                return Optional.of(new Supplied(rs.getString(1) == null ? null : new org.compendium.model.DocumentSymbol(rs.getString(1)),
                        rs.getString(2), start == null ? null : new org.compendium.model.DateRange(start, end)));
            }
        }
    }

    /**
     * Refuses a document whose file name a different stored document has (another work or language, other content):
     * replacing by file name is for a new copy of the same document, and two folders may hold files of one name (each
     * language's version as {@code en/report.pdf}, {@code fr/report.pdf}).
     */
    private void refuseTakenName(ParsedDocument doc) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT work_slug, language, sha256, work FROM documents WHERE source_name = ?")) {
            ps.setString(1, doc.source());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !rs.getString("sha256").equals(doc.sha256())
                        && !(rs.getString("work_slug").equals(doc.work().slug())
                             && rs.getString("language").equals(doc.metadata().language().code()))) {
                    throw new SourceNameTakenException(doc.source(), doc.expression(),
                            rs.getString("work") + " (" + rs.getString("language") + ")");
                }
            }
        }
    }

    /**
     * Refuses a document whose work and language another stored document already has: two files claiming one
     * identity are either the same document under two names, or two documents the text does not tell apart.
     */
    private void refuseIdentityClash(ParsedDocument doc) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT source_name FROM documents WHERE work_slug = ? AND language = ?")) {
            ps.setString(1, doc.work().slug());
            ps.setString(2, doc.metadata().language().code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new IdentityClashException(doc.source(), doc.expression(), rs.getString(1));
                }
            }
        }
    }

    /**
     * The works a typed work may stand for: itself; for a document symbol, the works of the stored documents that bear
     * it; for a report cited by body and year as earlier versions did ({@code CTOC/COP/WG.7/2021}), the meeting or
     * session reports of that body whose meeting began that year. Empty when a symbol matches nothing stored.
     */
    public synchronized List<Work> resolve(Work work) {
        if (!(work instanceof Work.SymbolDocument symbol)) {
            return List.of(work);
        }
        return read(() -> {
            Set<Work> out = new LinkedHashSet<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT work FROM documents WHERE symbol = ? ORDER BY id")) {
                ps.setString(1, symbol.symbol().value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Work.parse(rs.getString(1)));
                    }
                }
            }
            java.util.regex.Matcher legacy = LEGACY_YEAR_WORK.matcher(symbol.symbol().value());
            if (legacy.matches()) {
                Body body = legacy.group(1) == null ? Body.COP : Body.fromCode(legacy.group(1));
                try (PreparedStatement ps = connection.prepareStatement("SELECT work FROM documents WHERE body = ? "
                        + "AND doc_type IN ('MEETING_REPORT', 'SECRETARIAT_REPORT') AND start_date >= ? AND start_date < ? ORDER BY id")) {
                    int year = Integer.parseInt(legacy.group(2));
                    ps.setString(1, body.name());
                    ps.setObject(2, LocalDate.of(year, 1, 1), Types.DATE);
                    ps.setObject(3, LocalDate.of(year + 1, 1, 1), Types.DATE);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(Work.parse(rs.getString(1)));
                        }
                    }
                }
            }
            return out.isEmpty() ? List.of(work) : List.copyOf(out);
        });
    }

    /** The stored documents of one work in one language (normally one), in the order they were saved. */
    public List<DocumentSummary> findExpression(Expression expression) {
        return findExpression(expression.work().slug(), expression.language());
    }

    /**
     * The stored documents of the work with this slug in this language: a permalink's target. A slug is how works are
     * addressed, including those known only by a symbol ({@code ctoc-cop-2024-2}), whose slug cannot be read back.
     */
    public synchronized List<DocumentSummary> findExpression(String workSlug, org.compendium.model.Language language) {
        String sql = "SELECT " + DocumentReader.SUMMARY_COLUMNS + " FROM documents d WHERE d.work_slug = ? AND d.language = ? ORDER BY d.id";
        return read(() -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, workSlug);
                ps.setString(2, language.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(DocumentReader.summary(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The stored language versions of a work, in the order they were saved. */
    public List<DocumentSummary> findWork(Work work) {
        return findWork(work.slug());
    }

    /** The stored language versions of the work with this slug, in the order they were saved. */
    public synchronized List<DocumentSummary> findWork(String workSlug) {
        String sql = "SELECT " + DocumentReader.SUMMARY_COLUMNS + " FROM documents d WHERE d.work_slug = ? ORDER BY d.id";
        return read(() -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, workSlug);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(DocumentReader.summary(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The stored documents of another work that hold provisions of {@code work}: the report of a COP session reproducing
     * the resolutions the session adopted, a compendium reproducing them; in the order they were saved. (The provisions
     * are matched by their work column, which has no index: one scan of the provisions per call.)
     */
    public synchronized List<DocumentSummary> findReproductions(Work work) {
        String sql = "SELECT " + DocumentReader.SUMMARY_COLUMNS + " FROM documents d WHERE d.work_slug <> ? AND d.id IN "
                + "(SELECT p.document_id FROM provisions p WHERE p.citation_work = ?) ORDER BY d.id";
        return read(() -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, work.slug());
                ps.setString(2, work.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(DocumentReader.summary(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The documents matching {@code filter}, in the order they were saved. */
    public synchronized List<DocumentSummary> list(DocumentFilter filter) {
        FilterQuery where = FilterQuery.of(filter);
        String sql = "SELECT " + DocumentReader.SUMMARY_COLUMNS + " FROM documents d" + where.sql() + " ORDER BY d.id";
        return read(() -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(DocumentReader.summary(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The documents matching {@code filter}, rebuilt in full, in the order they were saved. */
    public List<ParsedDocument> loadAll(DocumentFilter filter) {
        List<ParsedDocument> out = new ArrayList<>();
        forEach(filter, out::add);
        return out;
    }

    /**
     * Hands the documents matching {@code filter} to {@code action} one at a time, in the order they were saved, so
     * that an export never holds the whole store in memory.
     */
    public void forEach(DocumentFilter filter, Consumer<? super ParsedDocument> action) {
        for (DocumentSummary s : list(filter)) {
            ParsedDocument doc;
            synchronized (this) {
                doc = read(() -> new DocumentReader(connection).document(s.id()));
            }
            action.accept(doc);
        }
    }

    /** The stored document with this id, without its provisions; empty when there is none. */
    public synchronized Optional<DocumentSummary> findSummary(long id) {
        return read(() -> exists(id) ? Optional.of(summary(id)) : Optional.empty());
    }

    /** The stored document with this id, rebuilt in full; empty when there is none. */
    public synchronized Optional<ParsedDocument> findDocument(long id) {
        return read(() -> exists(id) ? Optional.of(new DocumentReader(connection).document(id)) : Optional.empty());
    }

    /** Every stored provision with this citation, each with its document, in the order the documents were saved. */
    public synchronized List<ProvisionHit> findByCitation(Citation citation) {
        String sql = "SELECT " + DocumentReader.SUMMARY_COLUMNS + ", " + DocumentReader.PROVISION_COLUMNS
                + " FROM provisions p JOIN documents d ON d.id = p.document_id WHERE p.citation = ? ORDER BY d.id, p.ordinal";
        List<Work> works = resolve(citation.work());
        return read(() -> {
            List<ProvisionHit> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Work work : works) {
                    ps.setString(1, Citation.of(work, citation.eId()).toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new ProvisionHit(DocumentReader.summary(rs), rs.getInt("ordinal"), DocumentReader.provision(rs)));
                        }
                    }
                }
            }
            return out;
        });
    }

    public synchronized int documentCount() {
        return count("SELECT COUNT(*) FROM documents");
    }

    /** The theme tables of this store (vocabularies, index links, decisions, audit log), on its connection. */
    public ThemeStore themes() {
        return new ThemeStore(this);
    }

    /** The editors' accounts, on this store's connection. */
    public EditorStore editors() {
        return new EditorStore(this);
    }

    /** Editors' decisions on found links (issue 12). */
    public LinkStore links() {
        return new LinkStore(this);
    }

    /** The lineage links found at ingest, and which documents' lineage has been looked for (issue 12). */
    public LineageStore lineage() {
        return new LineageStore(this);
    }

    /** The published editions' snapshots and the editors' part B lists (issue 13). */
    public EditionStore editions() {
        return new EditionStore(this);
    }

    public synchronized int provisionCount() {
        return count("SELECT COUNT(*) FROM provisions");
    }

    /**
     * Whether another process holds this store and this one reached it through that process's share
     * ({@link #share}): a server runs on this data folder, and it brings the search index up to date with what this
     * process writes.
     */
    public boolean heldByAnotherProcess() {
        return heldByAnotherProcess;
    }

    /**
     * Lets other Compendium processes on this data folder use the embedded store while this one holds it (the
     * server does, so that the command line works while it runs): they connect to this process over the loopback
     * interface, with a key this process writes to the data folder. Sharing ends when the store closes. Nothing to
     * do for a PostgreSQL store, which every process reaches on its server.
     *
     * @throws StoreException when this store is itself another process's, or the share cannot start
     */
    public synchronized void share() {
        if (heldByAnotherProcess) {
            throw new StoreException("the store at " + location.describe() + " is held by another process; only it can share it");
        }
        if (share == null && location instanceof StoreLocation.Embedded embedded) {
            share = StoreSharing.start(embedded.dataDir(), embedded.database());
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (share != null) {
                share.close(); // first: the other processes' sessions end before the database closes
                share = null;
            }
            if (!dialect.closeCompacted(connection)) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("could not close the store at " + location.describe() + ": " + e.getMessage(), e);
        }
    }

    private DocumentSummary summary(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + DocumentReader.SUMMARY_COLUMNS + " FROM documents d WHERE d.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return DocumentReader.summary(rs);
            }
        }
    }

    private boolean exists(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private int count(String sql) {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Runs the read {@code action} as one transaction on the store's connection: ended when it returns, rolled back
     * when it throws. For the other table groups of this package ({@link ThemeStore}), which share the connection.
     */
    synchronized <T> T transaction(String what, SqlAction<T> action) {
        return run(what, action, false);
    }

    /**
     * Runs the write {@code action} as one transaction: durable on disk when this returns (see the class comment),
     * rolled back when it throws. For {@link ThemeStore}'s changes.
     */
    synchronized <T> T write(String what, SqlAction<T> action) {
        return run(what, action, true);
    }

    private <T> T run(String what, SqlAction<T> action, boolean durable) {
        try {
            if (durable) {
                StoreGeneration.lockForWrite(connection);
            }
            T result = action.run();
            if (durable) {
                commitDurably();
            } else {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("could not " + what + " in the store at " + location.describe() + "; nothing was changed: "
                    + e.getMessage() + Damage.advice(e), e);
        }
    }

    /**
     * Commits durably: on H2 the commit is in the file at once ({@code WRITE_DELAY=0}: it survives the process being
     * killed) and the file is then forced to the device (it survives a power cut too); on PostgreSQL the commit
     * returns once it is on disk ({@link Dialect}).
     */
    private void commitDurably() throws SQLException {
        connection.commit();
        dialect.afterCommit(connection, durability);
    }

    /** The store's connection, for {@link #transaction} actions only. */
    Connection connection() {
        return connection;
    }

    /** Runs a read and ends its transaction, so a long-lived connection never holds a stale snapshot or locks. */
    private <T> T read(SqlAction<T> action) {
        try {
            T result = action.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("could not read the store at " + location.describe() + ": " + e.getMessage() + Damage.advice(e), e);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    interface SqlAction<T> {
        T run() throws SQLException;
    }

    /** The WHERE clause of a {@link DocumentFilter} over the documents table aliased {@code d}, with its parameters. */
    private record FilterQuery(String sql, List<Object> values, List<Integer> types) {
        static FilterQuery of(DocumentFilter f) {
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            if (f.type() != null) {
                conditions.add("d.doc_type = ?");
                values.add(f.type().name());
                types.add(Types.VARCHAR);
            }
            if (f.body() != null) {
                conditions.add("d.body = ?");
                values.add(f.body().name());
                types.add(Types.VARCHAR);
            }
            if (f.meeting() != null) {
                conditions.add("d.meeting = ?");
                values.add(f.meeting());
                types.add(Types.INTEGER);
            }
            if (f.session() != null) {
                conditions.add("d.session = ?");
                values.add(f.session());
                types.add(Types.INTEGER);
            }
            if (f.year() != null) {
                // A date range rather than EXTRACT(YEAR ...): portable, and it can use the start_date index.
                conditions.add("d.start_date >= ? AND d.start_date < ?");
                values.add(LocalDate.of(f.year(), 1, 1));
                types.add(Types.DATE);
                values.add(LocalDate.of(f.year() + 1, 1, 1));
                types.add(Types.DATE);
            }
            String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            return new FilterQuery(sql, values, types);
        }

        void bind(PreparedStatement ps, int first) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(first + i, values.get(i), types.get(i));
            }
        }
    }
}
