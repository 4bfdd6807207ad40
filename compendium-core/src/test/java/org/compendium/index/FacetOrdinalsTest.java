package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The facet values kept in memory are, document by document, the doc values' ordinals in their order. */
class FacetOrdinalsTest {
    @Test
    void everyDocumentsOrdinalsAreThoseOfItsDocValues() throws Exception {
        // Segments with few values (kept as chars) and one with more than 65,536 (kept as ints); documents without any.
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Random random = new Random(3);
            int unique = 0;
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int segment = 0; segment < 3; segment++) {
                    int docs = segment == 2 ? 60_000 : 300;
                    for (int i = 0; i < docs; i++) {
                        Document doc = new Document();
                        int values = random.nextInt(4);
                        for (int v = 0; v < values; v++) {
                            String value = segment == 2 ? "u" + unique++ : "v" + random.nextInt(50);
                            doc.add(new SortedSetDocValuesField("f", new BytesRef(value)));
                        }
                        writer.addDocument(doc);
                    }
                    writer.commit();
                }
            }
            FacetOrdinals kept = new FacetOrdinals();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThanOrEqualTo(2);
                long large = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    FacetOrdinals.Leaf values = kept.of(leaf, "f");
                    assertThat(kept.of(leaf, "f")).isSameAs(values);
                    SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), "f");
                    large = Math.max(large, dv.getValueCount());
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        List<Long> expected = new ArrayList<>();
                        if (dv.advanceExact(doc)) {
                            for (int i = 0; i < dv.docValueCount(); i++) {
                                expected.add(dv.nextOrd());
                            }
                        }
                        List<Long> actual = new ArrayList<>();
                        for (int i = values.start(doc); i < values.end(doc); i++) {
                            actual.add((long) values.ord(i));
                        }
                        assertThat(actual).as("document %d of leaf %d", doc, leaf.ord).isEqualTo(expected);
                    }
                }
                assertThat(large).isGreaterThan(Character.MAX_VALUE + 1L);
            }
        }
    }
}
