package org.compendium.pipeline;

import java.nio.file.Path;

/**
 * The callbacks of an {@link Ingestion} run, one file at a time and in order: {@link #started} for every file, then
 * exactly one of {@link #ingested} or {@link #failed}. Called on the thread that runs the ingestion.
 *
 * <p>All methods do nothing by default, so a listener implements only what it shows.
 */
public interface IngestListener {
    /** The listener that ignores everything. */
    IngestListener NONE = new IngestListener() {
    };

    /** A listener that tells {@code first}, then {@code second}, about everything. */
    static IngestListener both(IngestListener first, IngestListener second) {
        return new IngestListener() {
            @Override
            public void started(int index, int total, Path file) {
                first.started(index, total, file);
                second.started(index, total, file);
            }

            @Override
            public void ingested(IngestedFile result) {
                first.ingested(result);
                second.ingested(result);
            }

            @Override
            public void failed(int index, int total, Rejection rejection, Throwable cause) {
                first.failed(index, total, rejection, cause);
                second.failed(index, total, rejection, cause);
            }
        };
    }

    /** Work on file {@code index} of {@code total} (from 1) begins. */
    default void started(int index, int total, Path file) {
    }

    /** The file was read, parsed and saved. */
    default void ingested(IngestedFile result) {
    }

    /**
     * The file was not ingested; the store holds nothing new for it. Also called, with {@code index} 0, for a folder
     * that could not be listed.
     *
     * @param cause the exception behind an internal or store error, for a verbose display; null when the input was
     *              rejected (its message says it all)
     */
    default void failed(int index, int total, Rejection rejection, Throwable cause) {
    }
}
