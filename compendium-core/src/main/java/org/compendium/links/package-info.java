/**
 * Links: how provisions relate to one another and to what a drafter writes — explicit references, lineage of agreed
 * language, mandates and their delivery, and the drafting assistant (issue 12).
 *
 * <p>Owns: the word-level diff of two texts ({@link org.compendium.links.WordDiff}, over
 * {@link org.compendium.links.WordTokens}), the alignment score that says how much of one wording another keeps,
 * and the drafting assistant ({@link org.compendium.links.DraftingAssistant}: a pasted paragraph → the closest
 * adopted provisions, re-ranked by alignment, each with its diff).
 *
 * <p>May use: {@code org.compendium.model}, {@code org.compendium.index} (candidates by more-like-this) and
 * {@code org.compendium.store}. Must not import: any CLI or web framework (picocli, Javalin, JTE), the shells
 * ({@code org.compendium.app}, {@code org.compendium.web}), {@code org.compendium.ingest}, {@code org.compendium.parse},
 * {@code org.compendium.publish}, Lucene or JDBC types (those stay behind {@code index} and {@code store}).
 */
package org.compendium.links;
