package org.compendium.store;

import org.compendium.model.Provision;

/**
 * A provision found in the store, with the document it was found in (the same citation can appear in several
 * documents, e.g. a recommendation in its meeting report and again in a compendium).
 *
 * @param document  the document that holds it
 * @param ordinal   its position among that document's provisions, from 0
 * @param provision the provision itself
 */
public record ProvisionHit(DocumentSummary document, int ordinal, Provision provision) {
}
