package org.compendium.index;

/**
 * One provision found, with its score and the passages of its text that matched.
 *
 * @param provision the provision as indexed
 * @param score     its BM25 score for the query (NaN when sorted by something else and not scored)
 * @param snippet   the best passages with the matches marked; the whole text, unmarked, when nothing in it matched
 */
public record SearchHit(ProvisionEntry provision, float score, Snippet snippet) {
}
