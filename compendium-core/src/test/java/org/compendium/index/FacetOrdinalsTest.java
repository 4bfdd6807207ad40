package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The facet values kept in memory are, document by document, the doc values' ordinals in their order; the listed
 * dimension's values are kept once per distinct list.
 */
class FacetOrdinalsTest {
    private static final char DELIM = FacetsConfig.DELIM_CHAR;

    @Test
    void everyDocumentsOrdinalsAreThoseOfItsDocValues() throws Exception {
        // Segments with few values (kept as chars) and one with more than 65,536 (kept as ints); documents without
        // any; labels of dimensions sorting before, after and as prefixes of the listed one ("p" lists, "pa", "o", "q").
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Random random = new Random(3);
            int unique = 0;
            List<List<String>> meetingLists = List.of(List.of(), List.of("FRA", "MEX"), List.of("ARG", "FRA", "ZAF"));
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int segment = 0; segment < 3; segment++) {
                    int docs = segment == 2 ? 60_000 : 300;
                    for (int i = 0; i < docs; i++) {
                        Document doc = new Document();
                        int values = random.nextInt(4);
                        for (int v = 0; v < values; v++) {
                            String dim = List.of("o", "pa", "q").get(random.nextInt(3));
                            String value = segment == 2 ? "u" + unique++ : "v" + random.nextInt(50);
                            doc.add(new SortedSetDocValuesField("f", new BytesRef(dim + DELIM + value)));
                        }
                        for (String state : meetingLists.get(random.nextInt(meetingLists.size()))) {
                            doc.add(new SortedSetDocValuesField("f", new BytesRef("p" + DELIM + state)));
                        }
                        writer.addDocument(doc);
                    }
                    writer.commit();
                }
            }
            FacetOrdinals kept = new FacetOrdinals("p");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThanOrEqualTo(2);
                long large = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    FacetOrdinals.Leaf values = kept.of(leaf, "f");
                    assertThat(kept.of(leaf, "f")).isSameAs(values);
                    SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), "f");
                    large = Math.max(large, dv.getValueCount());
                    // The empty list and the two meeting lists, each kept once.
                    assertThat(values.lists()).isEqualTo(3);
                    Set<Integer> listsSeen = new HashSet<>();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        List<Long> expected = new ArrayList<>();
                        List<Long> expectedOwn = new ArrayList<>();
                        if (dv.advanceExact(doc)) {
                            for (int i = 0; i < dv.docValueCount(); i++) {
                                long ord = dv.nextOrd();
                                expected.add(ord);
                                if (!dv.lookupOrd(ord).utf8ToString().startsWith("p" + DELIM)) {
                                    expectedOwn.add(ord);
                                }
                            }
                        }
                        List<Long> all = new ArrayList<>();
                        for (int ord : values.all(doc)) {
                            all.add((long) ord);
                        }
                        assertThat(all).as("document %d of leaf %d", doc, leaf.ord).isEqualTo(expected);
                        List<Long> own = new ArrayList<>();
                        for (int i = values.start(doc); i < values.end(doc); i++) {
                            own.add((long) values.ord(i));
                        }
                        assertThat(own).as("own values of document %d of leaf %d", doc, leaf.ord).isEqualTo(expectedOwn);
                        listsSeen.add(values.list(doc));
                    }
                    assertThat(listsSeen).containsExactlyInAnyOrder(0, 1, 2);
                }
                assertThat(large).isGreaterThan(Character.MAX_VALUE + 1L);
            }
        }
    }
}
