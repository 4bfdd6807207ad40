package org.compendium.store;

/**
 * When a store's writes reach the disk. Compendium always uses {@link #SYNCED}; {@link #WRITTEN} and
 * {@link #DELAYED} (H2's own default) are kept only as the baselines the durability benchmark measures it against.
 * On PostgreSQL, {@link #SYNCED} is {@code synchronous_commit = on} (the commit returns once its WAL is on disk); both
 * baselines are {@code synchronous_commit = off}.
 */
public enum Durability {
    /** Each write transaction is written to the file at commit and forced to the device before it returns. */
    SYNCED,
    /** Each commit is written to the file at once but not forced: it survives a killed process, not a power cut. */
    WRITTEN,
    /**
     * H2's default: commits are written every 500 ms by a background thread, so a killed process loses the last ones
     * though they were reported saved. Never for real data.
     */
    DELAYED
}
