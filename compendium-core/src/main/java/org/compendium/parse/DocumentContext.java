package org.compendium.parse;

import org.compendium.model.DocumentMetadata;
import org.compendium.model.Work;
import org.compendium.parse.grammar.Grammar;

/**
 * What a structure reader needs to know about the document it reads.
 *
 * @param work     the work of its citations ({@code CTOC/COP/WG.7 meeting 8}, {@code COP res. 11/5})
 * @param metadata the metadata read so far
 * @param markdown whether the source is Markdown (italics and footnote tags are markup there)
 * @param grammar  the structure grammar of the document's language
 */
record DocumentContext(Work work, DocumentMetadata metadata, boolean markdown, Grammar grammar) {
}
