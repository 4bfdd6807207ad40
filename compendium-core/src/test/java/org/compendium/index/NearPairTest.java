package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The proximity clause of a words query ({@link NearPair}): read by the pair field's terms, it finds the two words up
 * to three positions apart in either order and nothing further, ranks them side by side above further apart and in the
 * query's order above the other; without a pair field it is the phrase of the two words.
 */
class NearPairTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();
    private static final String TEXT = "text.fr";
    private static final String PAIRS = "pairs.fr";
    /** Texts by name: "protection des témoins" (the query) side by side, apart, reversed, far apart, alone. */
    private static final List<String[]> TEXTS = List.of(
            new String[] {"adjacent", "la protection témoins est assurée"},
            new String[] {"one-between", "la protection effective témoins est assurée"},
            new String[] {"two-between", "la protection très effective témoins est assurée"},
            new String[] {"reversed", "les témoins protection est assurée"},
            new String[] {"far", "la protection est assurée partout dans tous les pays pour les témoins"},
            new String[] {"alone", "la protection des victimes est assurée"});

    @Test
    void thePairTermsFindTheWordsNearEachOtherInEitherOrderAndRankSideBySideFirst() throws Exception {
        List<String> ranked = rank(pairTerms(1));
        // One word between them and the other order each halve the score: they tie, before two words between.
        assertThat(ranked).hasSize(4).startsWith("adjacent").endsWith("two-between");
        assertThat(ranked.subList(1, 3)).containsExactlyInAnyOrder("one-between", "reversed");
    }

    @Test
    void theQuerysDistanceIsTheOneScoredHighest() throws Exception {
        // "protection … témoins" two positions apart in the query (a stop word between): one word between them in a
        // text is the best match, side by side and two between next.
        List<String> ranked = rank(pairTerms(2));
        assertThat(ranked.getFirst()).isEqualTo("one-between");
        assertThat(ranked).doesNotContain("far", "alone");
    }

    @Test
    void withoutAPairFieldThePairIsThePhraseOfItsWords() throws Exception {
        NearPair near = new NearPair(TEXT, stem("protection"), stem("témoins"), 1);
        Query read = WordPairs.rewrite(near, field -> Optional.empty());
        assertThat(read).isInstanceOf(PhraseQuery.class);
        assertThat(((PhraseQuery) read).getSlop()).isEqualTo(NearPair.SLOP);
        assertThat(WordPairs.rewrite(near, field -> Optional.of(PAIRS))).isNotInstanceOf(PhraseQuery.class);
        // Unread by the rewrite, Lucene's own rewrite makes it the phrase too.
        try (ByteBuffersDirectory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertThat(near.rewrite(new IndexSearcher(reader))).isEqualTo(read);
            List<String> byPhrase = names(new IndexSearcher(reader), near);
            assertThat(byPhrase).contains("adjacent", "one-between", "two-between", "reversed").doesNotContain("far", "alone");
        }
    }

    @Test
    void aPairIsTwoWordsInOrder() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NearPair(TEXT, "a", "b", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new NearPair(TEXT, "a", "b", 1)).isEqualTo(new NearPair(TEXT, "a", "b", 1))
                .isNotEqualTo(new NearPair(TEXT, "b", "a", 1)).isNotEqualTo(new NearPair(TEXT, "a", "b", 2));
    }

    private static Query pairTerms(int distance) {
        return new NearPair(TEXT, stem("protection"), stem("témoins"), distance).asPairTerms(PAIRS);
    }

    private static String stem(String word) {
        return WordsQuery.analyze(ANALYZERS.textAnalyzer(TEXT), TEXT, word).getFirst().term();
    }

    private static List<String> rank(Query query) throws Exception {
        try (ByteBuffersDirectory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            return names(new IndexSearcher(reader), query);
        }
    }

    private static List<String> names(IndexSearcher searcher, Query query) throws Exception {
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : searcher.search(query, 10).scoreDocs) {
            out.add(searcher.storedFields().document(d.doc).get("name"));
        }
        return out;
    }

    private static ByteBuffersDirectory index() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZERS.perField()))) {
            FieldType pairs = new FieldType(TextField.TYPE_NOT_STORED);
            pairs.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
            for (String[] t : TEXTS) {
                Document doc = new Document();
                doc.add(new StringField("name", t[0], Field.Store.YES));
                doc.add(new TextField(TEXT, t[1], Field.Store.NO));
                doc.add(new Field(PAIRS, t[1], pairs));
                writer.addDocument(doc);
            }
        }
        return dir;
    }
}
