package org.compendium.ingest;

/**
 * The limits a {@link SourceReader} enforces before it reads a file.
 *
 * <p>The size limit is checked against the file system's size of the file, before a single byte is read, so an
 * oversized file costs nothing; the whole file is then held in memory (it is hashed and decoded from one array).
 *
 * @param maxBytes the largest file accepted, in bytes; must be positive
 */
public record ReadLimits(long maxBytes) {
    /** The default size limit: 64 MiB, far above any UN document and well below a JVM heap of 1 GiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** The default limits ({@link #DEFAULT_MAX_BYTES}). */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES);
    }
}
