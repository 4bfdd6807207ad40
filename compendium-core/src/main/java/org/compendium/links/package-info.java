/**
 * Links: how provisions relate to one another and to what a drafter writes — explicit references, lineage of agreed
 * language, mandates and their delivery, and the drafting assistant (issue 12).
 *
 * <p>Owns: the word-level diff of two texts ({@link org.compendium.links.WordDiff}, over
 * {@link org.compendium.links.WordTokens}), the alignment score that says how much of one wording another keeps,
 * the drafting assistant ({@link org.compendium.links.DraftingAssistant}: a pasted paragraph → the closest
 * adopted provisions, re-ranked by alignment, each with its diff), references, mandates and their delivery, lineage
 * of agreed language ({@link org.compendium.links.Lineage}, oriented by {@link org.compendium.links.WorkDates},
 * measured by {@link org.compendium.links.LineageEvaluation}) and editors' decisions on found links
 * ({@link org.compendium.links.LinkEditing}).
 *
 * <p>May use: {@code org.compendium.model}, {@code org.compendium.index} (candidates by more-like-this),
 * {@code org.compendium.store}, and the date tables of {@code org.compendium.parse.french} and
 * {@code org.compendium.parse.grammar} (to date the works a compendium reproduces from its headings). Must not import:
 * any CLI or web framework (picocli, Javalin, JTE), the shells ({@code org.compendium.app}, {@code org.compendium.web}),
 * {@code org.compendium.ingest}, the structure readers of {@code org.compendium.parse}, {@code org.compendium.themes}
 * (the shells authenticate editors), {@code org.compendium.publish}, Lucene or JDBC types (those stay behind
 * {@code index} and {@code store}).
 */
package org.compendium.links;
