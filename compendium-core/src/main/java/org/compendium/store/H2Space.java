package org.compendium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * How the embedded store uses the space of its file, the one place that reaches into H2's engine for it.
 *
 * <p>Why new writes never reuse freed space while the store is open ({@code REUSE_SPACE=FALSE} in the URL): H2 2.x
 * (it keeps no older versions, {@code versionsToKeep = 0}) frees a chunk that has just become dead — one created more
 * than {@code RETENTION_TIME} (45 s) ago — at the very next write, and may write the next chunk over it while the
 * last complete chunk's layout still lists it as live. A process killed during that write leaves a torn chunk over
 * data the last acknowledged state needs, and the next open falls back to an older state (documents printed
 * {@code OK} are gone) or finds no valid state at all. Seen as a rare loss in the ingest crash test under load (runs
 * long enough for chunks to age past 45 s); reproduced at will by cutting the pages of the write after an
 * acknowledged save, and gone once new chunks only ever go past the end of the file (see the README, "Durability").
 *
 * <p>The price is a file that grows while it is open (about 1.8 times as fast as with reuse, measured on the seeds);
 * {@link #reclaimAtClose} gives the space back when the store closes cleanly, after the last acknowledged write:
 * {@code SHUTDOWN COMPACT} with reuse allowed moves the live chunks into the holes and truncates the file (40 saves of
 * the seeds: 32 MB before the close, 0.4 MB after, in about a second; H2's ordinary close compacts for at most
 * 200 ms and left 30 MB).
 */
final class H2Space {
    /** Below this file size the ordinary close is kept: compacting would give back little. */
    static final long WORTH_COMPACTING_BYTES = 8L << 20;
    /** At or above this share of live data in the chunks, likewise. */
    static final int WORTH_COMPACTING_FILL_RATE = 60;

    private H2Space() {
    }

    /**
     * Closes the embedded database compacted, its free space given back, when {@code c} is its last session in this
     * process; otherwise (a share's client, or another session still open) does nothing.
     *
     * @return whether the database was closed (then {@code c} is closed too)
     */
    static boolean reclaimAtClose(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)
                || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return false; // through a share: the holder's close reclaims
        }
        Database database = session.getDatabase();
        if (database.getSessionCount() > 1 || database.getStore() == null || database.isReadOnly()) {
            return false;
        }
        org.h2.mvstore.MVStore store = database.getStore().getMvStore();
        if (store.getFileStore() == null || store.getFileStore().size() < WORTH_COMPACTING_BYTES
                || store.getFileStore().getChunksFillRate() >= WORTH_COMPACTING_FILL_RATE) {
            return false; // little to give back (a small store, or one mostly live): H2's ordinary close
        }
        store.setReuseSpace(true);
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        return true;
    }
}
