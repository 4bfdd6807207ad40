package org.compendium.store;

/**
 * What saving one document did: the summary of the stored copy, how many rows of each kind were written and how many
 * earlier copies it replaced (0 for a new document, 1 for a re-ingest, 2 when the file name matched one earlier
 * document and the digest another).
 *
 * @param summary    the stored document
 * @param provisions provisions written
 * @param segments   segments written
 * @param replaced   earlier documents deleted because they had the same source file name or the same SHA-256
 */
public record StoredDocument(DocumentSummary summary, int provisions, int segments, int replaced) {
}
