package org.compendium.store;

import java.sql.Connection;
import java.sql.SQLException;
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
 * <p>The price is a file that grows while it is open; {@link #reclaimAtClose} gives the space back when the store
 * closes cleanly, the one moment nothing is being acknowledged: the closing compaction may then move chunks into the
 * holes and truncate the file.
 */
final class H2Space {
    private H2Space() {
    }

    /**
     * Lets the closing compaction reuse freed space, when {@code c} is the last session of an embedded database of
     * this process (a share's client, or another session still open, leaves it alone).
     */
    static void reclaimAtClose(Connection c) throws SQLException {
        if (!c.isWrapperFor(JdbcConnection.class)
                || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return; // through a share: the holder's close reclaims
        }
        Database database = session.getDatabase();
        if (database.getSessionCount() <= 1 && database.getStore() != null) {
            database.getStore().getMvStore().setReuseSpace(true);
        }
    }
}
