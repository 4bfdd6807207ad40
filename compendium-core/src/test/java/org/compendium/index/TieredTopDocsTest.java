package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tier-by-tier top-k ({@link TieredTopDocs}) finds the documents, order and scores of a one-pass top-k of the same
 * query ({@link TieredQuery#query}), for random queries of words over random texts built from a few domain phrases
 * and common words: in several segments, with deleted documents, documents holding two text fields (scored by their
 * best field), filters, and pages from one document to more than the matches.
 */
class TieredTopDocsTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();
    private static final List<String> FIELDS = List.of("text.fr", "text.en");
    /** Words and phrases the texts and queries are made of: phrases that tier, and common words beside them. */
    static final List<String> FRENCH = List.of("États parties", "coopération internationale", "traite des personnes",
            "trafic de migrants", "droits de l'homme", "renforcement des capacités", "assistance technique",
            "protection des témoins", "en matière pénale", "les", "des", "de", "la", "et", "aux", "États", "parties",
            "coopération", "internationale", "traite", "personnes", "trafic", "migrants", "droits", "capacités",
            "devraient", "prie", "Conférence", "victimes", "protection", "témoins", "Office", "mesures", "nationale");
    static final List<String> ENGLISH = List.of("States parties", "international cooperation", "trafficking in persons",
            "smuggling of migrants", "human rights", "capacity-building", "the", "of", "and", "States", "parties",
            "cooperation", "persons", "migrants", "victims", "should", "requests", "Conference");
    private static final int DOCUMENTS = 3_000;

    private static Directory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        dir = new ByteBuffersDirectory();
        Random random = new Random(20261204L);
        IndexWriterConfig config = new IndexWriterConfig(ANALYZERS.perField()).setMaxBufferedDocs(700)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Document d = new Document();
                d.add(new StringField("id", String.valueOf(i), Field.Store.NO));
                d.add(new StringField("body", i % 3 == 0 ? "cop" : "wg", Field.Store.NO));
                int kind = random.nextInt(10);
                if (kind < 7) {
                    text(d, "text.fr", text(random, FRENCH));
                } else if (kind < 9) {
                    text(d, "text.en", text(random, ENGLISH));
                } else {
                    text(d, "text.fr", text(random, FRENCH));
                    text(d, "text.en", text(random, ENGLISH));
                }
                w.addDocument(d);
            }
            for (int i = 0; i < DOCUMENTS; i += 37) {
                w.deleteDocuments(new Term("id", String.valueOf(i)));
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
        dir.close();
    }

    private static void text(Document d, String field, String text) {
        d.add(new TextField(field, text, Field.Store.NO));
        ANALYZERS.rootField(field).ifPresent(f -> d.add(new TextField(f, text, Field.Store.NO)));
        ANALYZERS.pairField(field).ifPresent(f -> d.add(new TextField(f, text, Field.Store.NO)));
    }

    /** A text of 2 to 40 pieces, the first pieces of the list (the phrases) more often than the last. */
    static String text(Random random, List<String> pieces) {
        int n = 2 + random.nextInt(random.nextBoolean() ? 8 : 39);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pieces.get(Math.min(random.nextInt(pieces.size()), random.nextInt(pieces.size()))));
        }
        return String.join(" ", out);
    }

    /** A query of one to four pieces: a domain phrase, common words, or both. */
    static String query(Random random, List<String> pieces) {
        int n = 1 + random.nextInt(random.nextInt(4) + 1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pieces.get(random.nextInt(pieces.size())));
        }
        return String.join(" ", out);
    }

    private static TieredQuery tiered(String text, boolean filtered) {
        WordsQuery words = new WordsQuery(ANALYZERS);
        TieredQuery q = words.tiered(words.analyze(text, FIELDS), ThemeNames.NONE)
                .map(p -> WordPairs.rewrite(p, field -> ANALYZERS.pairField(field)));
        return filtered ? q.filteredBy(List.of(new TermQuery(new Term("body", "cop")))) : q;
    }

    private static ScoreDoc[] onePass(Query query, int n) throws Exception {
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }

    @Test
    void theTiersFindTheDocumentsOrderAndScoresOfOnePass() throws Exception {
        Random random = new Random(11L);
        int tieredQueries = 0;
        int fullPages = 0;
        for (int i = 0; i < 250; i++) {
            String text = query(random, random.nextInt(4) == 0 ? ENGLISH : FRENCH);
            TieredQuery q = tiered(text, random.nextInt(4) == 0);
            tieredQueries += q.hasTiers() ? 1 : 0;
            for (int n : new int[] {1, 10, 50, 400}) {
                ScoreDoc[] expected = onePass(q.query(), n);
                ScoreDoc[] tiers = TieredTopDocs.top(searcher, q, n);
                fullPages += expected.length == n ? 1 : 0;
                assertThat(docs(tiers)).as("%s, top %d", text, n).isEqualTo(docs(expected));
                assertThat(scores(tiers)).as("%s, top %d: scores", text, n).isEqualTo(scores(expected));
            }
        }
        // The random queries exercise the tiers, and pages the tiers fill before the last pass.
        assertThat(tieredQueries).isGreaterThan(120);
        assertThat(fullPages).isGreaterThan(500);
    }

    @Test
    void aDocumentOfTwoTextFieldsScoresByItsBestField() throws Exception {
        // "parties" is a word of both languages: the documents holding both texts match in both fields.
        TieredQuery q = tiered("États parties", false);
        assertThat(q.fields()).hasSize(2);
        for (int n : new int[] {5, 100, DOCUMENTS}) {
            ScoreDoc[] expected = onePass(q.query(), n);
            ScoreDoc[] tiers = TieredTopDocs.top(searcher, q, n);
            assertThat(docs(tiers)).isEqualTo(docs(expected));
            assertThat(scores(tiers)).isEqualTo(scores(expected));
            assertThat(java.util.Arrays.stream(docs(tiers)).distinct().count()).isEqualTo(tiers.length);
        }
    }

    @Test
    void thePassesAreTheTiersHighestBonusFirst() {
        TieredQuery q = tiered("traite des personnes", false);
        TieredQuery.Field fr = q.fields().getFirst();
        // The words the policy asks for (all three), then the whole phrase, which holds them: nested tiers, a pass
        // per tier and one for the rest, per field.
        assertThat(fr.tiers()).hasSize(2);
        assertThat(fr.nested()).isTrue();
        assertThat(q.passes()).hasSize(3 * q.fields().size());
        List<Query> tiers = fr.tiers().stream().map(TieredQuery.Clause::query).toList();
        BooleanQuery first = (BooleanQuery) q.passes().getFirst().exact();
        assertThat(first.getClauses(BooleanClause.Occur.FILTER)).containsExactly(tiers.getLast());
        assertThat(first.getClauses(BooleanClause.Occur.MUST_NOT)).isEmpty();
        // The passes go by bonus, field after field: the first field's second pass comes after every field's first.
        BooleanQuery second = (BooleanQuery) q.passes().get(q.fields().size()).exact();
        assertThat(second.getClauses(BooleanClause.Occur.FILTER)).containsExactly(tiers.getFirst());
        assertThat(second.getClauses(BooleanClause.Occur.MUST_NOT)).containsExactly(tiers.getLast());
        // The last pass: the last field's documents holding none of its tiers.
        BooleanQuery last = (BooleanQuery) q.passes().getLast().exact();
        assertThat(last.getClauses(BooleanClause.Occur.MUST_NOT))
                .containsExactly(q.fields().getLast().tiers().getFirst().query());
        assertThat(last.getClauses(BooleanClause.Occur.FILTER)).isEmpty();
        assertThat(tiered("traite", false).hasTiers()).isFalse();
    }

    @Test
    void tiersNotKnownToNestArePassedInEveryCombination() throws Exception {
        Random random = new Random(5L);
        for (int i = 0; i < 100; i++) {
            String text = query(random, FRENCH);
            TieredQuery nested = tiered(text, false);
            TieredQuery any = new TieredQuery(nested.fields().stream()
                    .map(f -> new TieredQuery.Field(f.required(), f.optional(), false)).toList(), nested.filters());
            assertThat(any.passes()).hasSize(any.fields().stream().mapToInt(f -> 1 << f.tiers().size()).sum());
            ScoreDoc[] expected = onePass(nested.query(), 20);
            assertThat(docs(TieredTopDocs.top(searcher, any, 20))).as(text).isEqualTo(docs(expected));
            assertThat(docs(TieredTopDocs.top(searcher, nested, 20))).as(text).isEqualTo(docs(expected));
        }
    }

    private static int[] docs(ScoreDoc[] hits) {
        return java.util.Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
    }

    private static float[] scores(ScoreDoc[] hits) {
        float[] out = new float[hits.length];
        for (int i = 0; i < hits.length; i++) {
            out[i] = hits[i].score;
        }
        return out;
    }
}
