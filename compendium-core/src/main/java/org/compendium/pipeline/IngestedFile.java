package org.compendium.pipeline;

import java.nio.file.Path;
import org.compendium.model.ParsedDocument;
import org.compendium.store.StoredDocument;

/**
 * One file that was read, parsed and saved: what a per-document summary line is made of.
 *
 * @param file     the path as expanded (absolute)
 * @param index    its position in the run, from 1
 * @param total    how many files the run has
 * @param document the parsed document, as saved
 * @param stored   what the store did with it (including how many earlier copies it replaced)
 */
public record IngestedFile(Path file, int index, int total, ParsedDocument document, StoredDocument stored) {
    /** Whether saving it replaced an earlier copy (same file name or same content). */
    public boolean replaced() {
        return stored.replaced() > 0;
    }
}
