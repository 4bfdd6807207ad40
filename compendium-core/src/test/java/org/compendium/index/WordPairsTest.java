package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A phrase read by its word pairs matches exactly the provisions the phrase of words matches: random French texts
 * built from a small vocabulary with many stop words (so that phrases of two to four words recur, with gaps), every
 * phrase taken from them or made of random words, both readings compared document by document; and the rewrite
 * leaves alone what it cannot read by pairs.
 */
class WordPairsTest {
    private static final LanguageAnalyzers ANALYZERS = LanguageAnalyzers.defaults();
    private static final String TEXT = "text.fr";
    private static final String PAIRS = "pairs.fr";
    private static final List<String> VOCABULARY = List.of("traite", "des", "personnes", "de", "la", "le", "États",
            "parties", "trafic", "migrants", "illicite", "protection", "témoins", "victimes", "et", "les", "du", "droits",
            "l'homme", "coopération", "internationale", "à", "en", "enfants", "non", "accompagnés");

    @Test
    void aPhraseReadByItsPairsMatchesWhatThePhraseOfWordsMatches() throws Exception {
        Random random = new Random(20261201L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(words(random, 3 + random.nextInt(40)));
        }
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ANALYZERS.perField()))) {
                FieldType pairs = new FieldType(TextField.TYPE_NOT_STORED);
                pairs.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
                for (String text : texts) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, text, Field.Store.NO));
                    doc.add(new Field(PAIRS, text, pairs));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser(TEXT, ANALYZERS.perField());
                int read = 0;
                int matched = 0;
                for (int i = 0; i < 1500; i++) {
                    String phrase = i % 2 == 0 ? excerpt(random, texts.get(random.nextInt(texts.size())))
                            : words(random, 2 + random.nextInt(3));
                    Query words = parser.parse("\"" + QueryParser.escape(phrase) + "\"");
                    if (!(words instanceof PhraseQuery p)) {
                        continue;
                    }
                    Optional<Query> byPairs = WordPairs.exact(p, PAIRS);
                    if (byPairs.isEmpty()) {
                        continue;
                    }
                    read++;
                    Set<Integer> expected = docs(searcher, words);
                    matched += expected.isEmpty() ? 0 : 1;
                    assertThat(docs(searcher, byPairs.get())).as(phrase).isEqualTo(expected);
                    assertThat(byPairs.get()).as(phrase).isInstanceOf(p.getTerms().length == 2 ? TermQuery.class : PhraseQuery.class);
                }
                // Most phrases are read by pairs, and many of them match something: the comparison is not vacuous.
                assertThat(read).isGreaterThan(1000);
                assertThat(matched).isGreaterThan(500);
            }
        }
    }

    @Test
    void whatPairsCannotReadIsLeftAsItIs() throws Exception {
        QueryParser parser = new QueryParser(TEXT, ANALYZERS.perField());
        // A sloppy phrase, and words four positions apart (three stop words between).
        PhraseQuery sloppy = (PhraseQuery) parser.parse("\"trafic migrants\"~2");
        assertThat(WordPairs.exact(sloppy, PAIRS)).isEmpty();
        PhraseQuery far = new PhraseQuery.Builder().add(new org.apache.lucene.index.Term(TEXT, "trafic"), 0)
                .add(new org.apache.lucene.index.Term(TEXT, "migrant"), 4).build();
        assertThat(WordPairs.exact(far, PAIRS)).isEmpty();
        // Inside a boolean query, only the exact phrase of a field with pairs becomes a pair look-up.
        Query parsed = parser.parse("\"traite des personnes\" AND victimes");
        Query rewritten = WordPairs.rewrite(new ConstantScoreQuery(parsed), f -> ANALYZERS.pairField(f));
        BooleanQuery bool = (BooleanQuery) ((ConstantScoreQuery) rewritten).getQuery();
        assertThat(bool.clauses().get(0).query()).isEqualTo(
                new TermQuery(new org.apache.lucene.index.Term(PAIRS, WordPairs.pair("trait", "person", 2))));
        assertThat(bool.clauses().get(1).query()).isEqualTo(parsed instanceof BooleanQuery b ? b.clauses().get(1).query() : null);
        assertThat(WordPairs.rewrite(parsed, f -> Optional.empty())).isEqualTo(parsed);
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return sb.toString();
    }

    private static String excerpt(Random random, String text) {
        String[] words = text.split(" ");
        int length = Math.min(words.length, 2 + random.nextInt(4));
        int start = random.nextInt(words.length - length + 1);
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, start + length));
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query query) throws Exception {
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc sd : searcher.search(query, 10_000).scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }
}
