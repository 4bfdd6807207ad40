/**
 * Index: the full-text search index of the provisions, an embedded Apache Lucene index in the data folder
 * ({@code <data>/index}) that is a projection of the store — rebuilt from it in one pass, updated when documents are
 * ingested, never the only copy of anything.
 *
 * <p>Owns: what a provision looks like to search ({@link org.compendium.index.ProvisionEntry}, with the facets read
 * from its text: leading verb, addressees), the per-language analysis ({@link org.compendium.index.LanguageAnalyzers},
 * with the words' roots, {@link org.compendium.index.RootAnalyzer}, and their pairs for phrases,
 * {@link org.compendium.index.WordPairs}, and the per-language lists of equivalent expressions,
 * {@link org.compendium.index.Equivalences}, data files under {@code equivalences/}; what the search reads out of a
 * text before cutting it into words: the enumerations of instruments' titles, {@link org.compendium.index.TitleEnumerations},
 * under {@code titles/}, the formulae of drafting, {@link org.compendium.index.Formulae}, under {@code formulae/}, and
 * the marks of French inclusive writing, {@link org.compendium.index.FrenchInclusiveWriting}),
 * the one mapper that builds Lucene documents ({@link org.compendium.index.ProvisionDocuments}), writing
 * ({@link org.compendium.index.ProvisionIndex}) and the search service ({@link org.compendium.index.ProvisionSearch}:
 * queries, filters, facets, structured snippets, more-like-this; the unstructured documents' texts beside it,
 * {@link org.compendium.index.DocumentTexts}, kept open for a server by {@link org.compendium.index.DocumentTextSearcher}). This is the only package where Lucene types live:
 * callers see records ({@link org.compendium.index.SearchRequest}, {@link org.compendium.index.SearchResult}) and
 * exceptions ({@link org.compendium.index.QuerySyntaxException}, {@link org.compendium.index.IndexException}).
 *
 * <p>Must not import: {@code org.compendium.store} (the pipeline feeds it documents), {@code org.compendium.ingest},
 * {@code org.compendium.parse} and its readers (only the language tables of {@code org.compendium.parse.grammar}: the
 * modal phrases of the {@code verb} facet, one table for parser and index), {@code org.compendium.export},
 * {@code java.sql}, any CLI or web framework.
 */
package org.compendium.index;
