package org.compendium.index;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.FixedBitSet;

/** A searcher with the facet state of its reader, built once per reader rather than once per search. */
final class FacetSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState state;
    /** The text fields this reader holds, in the registry's order: a query reads only those. */
    final List<String> textFields;
    /** The pair fields ({@link WordPairs}) this reader holds: a phrase is read by its pairs only where they are. */
    final Set<String> pairFields;
    /** The provisions of the reader's documents: which documents are versions (or copies) of one provision. */
    final ProvisionGroups groups;
    /** The counts of matches in provisions (total and facets). */
    final ProvisionFacetCounts provisionCounts;
    /**
     * The store generation the reader's commit vouches for, read once: the server asks it at every search (the
     * unstructured texts follow it), and reading a commit's user data lists every file of the commit.
     */
    final OptionalLong generation;
    /** The documents the {@link KindPrior} prefers, found once per reader. */
    final FixedBitSet preferred;

    FacetSearcher(IndexReader reader, LanguageAnalyzers analyzers, FacetOrdinals facetValues) throws IOException {
        super(reader);
        this.groups = ProvisionGroups.of(reader);
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        this.textFields = analyzers.textFields().stream().filter(f -> infos.fieldInfo(f) != null).toList();
        this.pairFields = textFields.stream().flatMap(f -> analyzers.pairField(f).stream())
                .filter(f -> infos.fieldInfo(f) != null).collect(java.util.stream.Collectors.toUnmodifiableSet());
        SortedSetDocValuesReaderState s;
        try {
            s = new DefaultSortedSetDocValuesReaderState(reader, ProvisionDocuments.facetsConfig());
        } catch (IllegalArgumentException e) {
            // An empty index has no facet field yet: no facets rather than an error.
            s = null;
        }
        this.state = s;
        this.provisionCounts = new ProvisionFacetCounts(reader, s, groups, facetValues);
        this.preferred = KindPrior.preferredDocuments(this);
        this.generation = reader instanceof DirectoryReader directoryReader
                ? ProvisionIndex.generationOf(directoryReader.getIndexCommit().getUserData()) : OptionalLong.empty();
    }

    /** Makes the searcher manager hand out {@link FacetSearcher}s. */
    static final class Factory extends SearcherFactory {
        private final LanguageAnalyzers analyzers;
        /** The segments' facet values, kept across refreshes while their segments live. */
        private final FacetOrdinals facetValues = new FacetOrdinals(SearchFields.PARTICIPANT);

        Factory(LanguageAnalyzers analyzers) {
            this.analyzers = analyzers;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetSearcher(reader, analyzers, facetValues);
        }
    }
}
