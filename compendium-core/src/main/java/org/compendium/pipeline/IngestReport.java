package org.compendium.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * The counters of one ingestion run: every file is counted once, as ingested or rejected, so nothing is dropped
 * silently.
 *
 * @param read        document files taken up (ingested + rejected)
 * @param ingested    files read, parsed and saved
 * @param replaced    of those, how many replaced an earlier copy in the store (re-ingest)
 * @param rejected    files not ingested; {@link #rejections} says why
 * @param skipped     files inside the given folders that are not documents by extension, or hidden
 * @param provisions  provisions saved, over all ingested files
 * @param rejections  why each rejected file (or unreadable folder) was not ingested, in order
 * @param left        document files not taken up because the run was stopped ({@link Ingestion#stop}, Ctrl+C)
 */
public record IngestReport(int read, int ingested, int replaced, int rejected, int skipped, long provisions,
                           List<Rejection> rejections, int left) {
    public IngestReport {
        rejections = List.copyOf(rejections);
    }

    /** Whether every file given was ingested (and there was at least one). */
    public boolean allIngested() {
        return ingested > 0 && rejections.isEmpty();
    }

    /** How many rejections had a given cause. */
    public long count(Rejection.Cause cause) {
        return rejections.stream().filter(r -> r.cause() == cause).count();
    }

    /** E.g. {@code read 5 files: 4 ingested (1 replaced), 1 rejected, 2 skipped; 312 provisions}. */
    public String describe() {
        return String.format(Locale.ROOT, "read %d file%s: %d ingested (%d replaced), %d rejected, %d skipped; %d provision%s",
                read, read == 1 ? "" : "s", ingested, replaced, rejected, skipped, provisions, provisions == 1 ? "" : "s")
                + (left == 0 ? "" : "; stopped before " + left + " more file" + (left == 1 ? "" : "s")
                        + " (run the same command again to ingest them)");
    }
}
