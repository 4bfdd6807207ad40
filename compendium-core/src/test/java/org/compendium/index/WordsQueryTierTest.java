package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The tier of the ranked reading ({@link WordsQuery#ranked}): a provision holding the words the policy asks for ranks
 * {@value WordsQuery#PREFERRED_BOOST} above the others, and only words count towards them, as only words count in the
 * policy's number.
 */
class WordsQueryTierTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();

    private static float[] scores(String query, String... texts) throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZERS.perField()))) {
                for (String text : texts) {
                    Document d = new Document();
                    d.add(new TextField("text.fr", text, Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                WordsQuery words = new WordsQuery(ANALYZERS);
                Query q = words.ranked(words.analyze(query, List.of("text.fr")), ThemeNames.NONE);
                float[] out = new float[texts.length];
                for (int i = 0; i < texts.length; i++) {
                    out[i] = s.explain(q, i).getValue().floatValue();
                }
                return out;
            }
        }
    }

    @Test
    void aSingleLetterDoesNotStandForAMissingWord() throws Exception {
        float[] s = scores("attaché e liaison", "Les attachés assurent la liaison.", "Les alinéas a) à e) portent sur la liaison.");
        assertThat(s[0]).as("both words").isGreaterThan(WordsQuery.PREFERRED_BOOST);
        assertThat(s[1]).as("one word and the letter e").isLessThan(WordsQuery.PREFERRED_BOOST);
    }
}
