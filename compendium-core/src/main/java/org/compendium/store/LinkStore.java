package org.compendium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The link decisions of a {@link DocumentStore} ({@code link_decisions}, schema version 6): editors' verdicts on found
 * links, keyed by the link's type and both ends as text (citations, or a reference's target), so that they survive a
 * re-ingest. Every decision is one transaction with its audit entry in the store's one audit log.
 */
public final class LinkStore {
    /** What an editor said of a link. */
    public enum Verdict {
        CONFIRMED, REJECTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One decision.
     *
     * @param type    the link type's code ({@code lineage}, {@code delivery}, {@code reference})
     * @param source  one end: the older provision, the mandate, the referring provision (a citation)
     * @param target  the other end: the newer provision, the report paragraph (citations), the reference's target
     * @param verdict confirmed or rejected
     * @param editor  who decided
     * @param at      when
     */
    public record Decision(String type, String source, String target, Verdict verdict, String editor, Instant at) {
        public Decision {
            if (type == null || source == null || target == null || verdict == null || editor == null || at == null) {
                throw new IllegalArgumentException("a link decision needs a type, both ends, a verdict, an editor and a time");
            }
        }
    }

    private final DocumentStore store;

    LinkStore(DocumentStore store) {
        this.store = store;
    }

    /**
     * Records a decision, replacing an earlier one on the same link, with its audit entry ({@code before}: what the
     * link was, as the log shows it), in one transaction.
     */
    public void decide(Decision d, String before) {
        store.write("record the link decision", () -> {
            Connection c = store.connection();
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM link_decisions WHERE link_type = ? AND source = ? AND target = ?")) {
                del.setString(1, d.type());
                del.setString(2, d.source());
                del.setString(3, d.target());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO link_decisions (link_type, source, target, verdict, editor, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, d.type());
                ps.setString(2, d.source());
                ps.setString(3, d.target());
                ps.setString(4, d.verdict().name());
                ps.setString(5, d.editor());
                ps.setObject(6, StoreTimes.utc(d.at()), Types.TIMESTAMP);
                ps.executeUpdate();
            }
            ThemeStore.audit(c, d.editor(), d.at(), (d.verdict() == Verdict.CONFIRMED ? "confirm-" : "reject-") + d.type(),
                    d.source(), null, before, d.verdict().code() + " " + d.type() + " → " + d.target());
            return null;
        });
    }

    /** Every decision of one link type, oldest first. */
    public List<Decision> decisions(String type) {
        return store.transaction("read the link decisions", () -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("""
                    SELECT link_type, source, target, verdict, editor, decided_at FROM link_decisions
                    WHERE link_type = ? ORDER BY decided_at, source, target""")) {
                ps.setString(1, type);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Decision(rs.getString(1), rs.getString(2), rs.getString(3),
                                Verdict.valueOf(rs.getString(4)), rs.getString(5),
                                StoreTimes.instant(rs, 6)));
                    }
                }
            }
            return out;
        });
    }
}
