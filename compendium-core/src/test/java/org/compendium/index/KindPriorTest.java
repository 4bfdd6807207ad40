package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Eid;
import org.compendium.model.ProvisionKind;
import org.compendium.model.TreatyInstrument;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;

/**
 * The kind prior looked up in a bit set kept per reader orders the first pass's best documents exactly as Lucene's
 * {@code QueryRescorer} with the preferred kinds' query did: the same documents, scores and order, ties included.
 */
class KindPriorTest {
    @Test
    void thePreferredDocumentsAreThoseOfThePreferredKindsQuery() throws Exception {
        try (ByteBuffersDirectory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FixedBitSet preferred = KindPrior.preferredDocuments(searcher);
            FixedBitSet expected = new FixedBitSet(reader.maxDoc());
            for (ScoreDoc sd : searcher.search(KindPrior.preferred(), reader.maxDoc()).scoreDocs) {
                expected.set(sd.doc);
            }
            assertThat(preferred.cardinality()).isPositive().isLessThan(reader.maxDoc());
            assertThat(preferred).isEqualTo(expected);
        }
    }

    /**
     * A sub-paragraph is preferred as its numbered unit is: a recommendation's and a treaty paragraph's lettered items
     * are, a report paragraph's (the documents before a meeting, listed under {@code para. 68}) are not.
     */
    @Test
    void aSubParagraphIsPreferredAsItsNumberedUnitIs() throws Exception {
        Work report = new Work.MeetingReport(Body.WG_SOM, 9);
        Work treaty = new Work.Treaty(TreatyInstrument.SMUGGLING_PROTOCOL);
        List<ProvisionEntry> entries = List.of(
                entry(Citation.of(report, Eid.of(Eid.Series.RECOMMENDATION, "17").child("a")), ProvisionKind.SUBPARAGRAPH, DocumentType.MEETING_REPORT),
                entry(Citation.of(report, Eid.of(Eid.Series.PARAGRAPH, "68").child("b")), ProvisionKind.SUBPARAGRAPH, DocumentType.MEETING_REPORT),
                entry(Citation.of(report, Eid.of(Eid.Series.PARAGRAPH, "68")), ProvisionKind.PARAGRAPH, DocumentType.MEETING_REPORT),
                entry(Citation.of(report, Eid.of(Eid.Series.RECOMMENDATION, "17")), ProvisionKind.RECOMMENDATION, DocumentType.MEETING_REPORT),
                entry(Citation.of(treaty, Eid.of(Eid.Series.ARTICLE, "6").child("b")), ProvisionKind.SUBPARAGRAPH, DocumentType.TREATY));
        ProvisionDocuments documents = new ProvisionDocuments(LanguageAnalyzers.defaults());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (ProvisionEntry e : entries) {
                    writer.addDocument(documents.toDocument(e));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                FixedBitSet preferred = KindPrior.preferredDocuments(new IndexSearcher(reader));
                List<Boolean> byEntry = new ArrayList<>();
                for (int d = 0; d < entries.size(); d++) {
                    byEntry.add(preferred.get(d));
                }
                assertThat(byEntry).containsExactly(true, false, false, true, true);
            }
        }
    }

    private static ProvisionEntry entry(Citation c, ProvisionKind kind, DocumentType type) {
        return new ProvisionEntry(c, "Les États parties devraient coopérer.", "fr", kind, null, List.of(), null, List.of(),
                List.of(), c.work().body(), c.work().meetingOrSession(), null, 2019, null, type, "unit.txt", "ab12", null, 0);
    }

    @Test
    void theRescoringOrdersAsLucenesQueryRescorerDid() throws Exception {
        try (ByteBuffersDirectory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FixedBitSet preferred = KindPrior.preferredDocuments(searcher);
            QueryRescorer lucene = new QueryRescorer(KindPrior.preferred()) {
                @Override
                protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                    return secondPassMatches ? firstPassScore + KindPrior.WEIGHT : firstPassScore;
                }
            };
            Random random = new Random(11);
            int reordered = 0;
            for (int round = 0; round < 200; round++) {
                // A first pass: documents best first, with many equal scores (and scores one weight apart).
                int n = 1 + random.nextInt(120);
                List<ScoreDoc> docs = new ArrayList<>();
                for (int d : random.ints(0, reader.maxDoc()).distinct().limit(n).toArray()) {
                    docs.add(new ScoreDoc(d, random.nextInt(6) * 0.5f));
                }
                docs.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : a.doc - b.doc);
                ScoreDoc[] ours = KindPrior.rescore(preferred, topDocs(docs));
                ScoreDoc[] theirs = before(searcher, lucene, topDocs(docs));
                assertThat(render(ours)).isEqualTo(render(theirs));
                reordered += render(ours).equals(render(docs.toArray(ScoreDoc[]::new))) ? 0 : 1;
            }
            assertThat(reordered).isGreaterThan(100);
        }
    }

    /** The rescoring as it was made before: Lucene's rescorer on the best {@link KindPrior#DEPTH}, the rest in place. */
    private static ScoreDoc[] before(IndexSearcher searcher, QueryRescorer rescorer, TopDocs first) throws Exception {
        ScoreDoc[] all = first.scoreDocs;
        if (all.length <= 1) {
            return all;
        }
        int window = Math.min(KindPrior.DEPTH, all.length);
        TopDocs head = new TopDocs(first.totalHits, java.util.Arrays.copyOf(all, window));
        ScoreDoc[] out = all.clone();
        System.arraycopy(rescorer.rescore(searcher, head, window).scoreDocs, 0, out, 0, window);
        return out;
    }

    private static TopDocs topDocs(List<ScoreDoc> docs) {
        // Fresh ScoreDocs: both rescorings change the scores in place.
        return new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.EQUAL_TO),
                docs.stream().map(d -> new ScoreDoc(d.doc, d.score)).toArray(ScoreDoc[]::new));
    }

    private static List<String> render(ScoreDoc[] docs) {
        return java.util.Arrays.stream(docs).map(d -> d.doc + ":" + d.score).toList();
    }

    /** 500 documents of every kind, type and numbered unit, in three segments. */
    private static ByteBuffersDirectory index() throws Exception {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Random random = new Random(7);
        ProvisionKind[] kinds = ProvisionKind.values();
        DocumentType[] types = DocumentType.values();
        Eid.Series[] units = {Eid.Series.ARTICLE, Eid.Series.RECOMMENDATION, Eid.Series.PREAMBULAR, Eid.Series.OPERATIVE,
                Eid.Series.PARAGRAPH};
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 500; i++) {
                Document doc = new Document();
                doc.add(new StringField(SearchFields.KIND, kinds[random.nextInt(kinds.length)].code(), Field.Store.NO));
                doc.add(new StringField(SearchFields.TYPE, types[random.nextInt(types.length)].code(), Field.Store.NO));
                doc.add(new StringField(ProvisionDocuments.UNIT, units[random.nextInt(units.length)].code(), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 200 == 199) {
                    writer.commit();
                }
            }
        }
        return dir;
    }
}
