package org.compendium.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet maker: Lucene's unified highlighter reading match offsets from the postings (no re-analysis), with a
 * formatter that returns {@link Snippet}s of raw-text {@link Fragment}s instead of HTML, so nothing in a provision's
 * text is ever interpreted or escaped here.
 */
final class StructuredHighlighter extends UnifiedHighlighter {
    /** Passages per snippet. */
    static final int PASSAGES = 2;
    /** The most characters of a text highlighted (the rest is never shown). */
    private static final int MAX_LENGTH = 20_000;

    private final LanguageAnalyzers analyzers;
    /** The provisions of the documents to highlight, already decoded by the search: their texts need not be read again. */
    private final Map<Integer, ProvisionEntry> entries;

    /**
     * @param entries the provisions of the documents that will be highlighted, by document id: their texts are the
     *                stored values the highlighter would read (a document not among them is read from the index)
     */
    StructuredHighlighter(IndexSearcher searcher, LanguageAnalyzers analyzers, Map<Integer, ProvisionEntry> entries) {
        super(UnifiedHighlighter.builder(searcher, analyzers.perField())
                .withFormatter(new FragmentFormatter())
                // Sentences of French text; a provision is often one long sentence, which then is the passage.
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.FRENCH))
                .withMaxLength(MAX_LENGTH));
        this.analyzers = analyzers;
        this.entries = entries;
    }

    /**
     * The texts to highlight, from the provisions the search decoded rather than by decompressing the documents'
     * stored fields again: a provision's text is the stored value of its language's text field, the only text field
     * it has ({@link ProvisionDocuments}), cut at the highlighter's maximum length as the stored-field reading cuts
     * it. Documents come in batches of about {@code cacheCharsThreshold} characters, as the highlighter asks for them.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        int chars = 0;
        do {
            int doc = docIter.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            ProvisionEntry e = entries.get(doc);
            if (e == null) {
                out.addAll(super.loadFieldValues(fields, new SingleDocument(doc), 0));
            } else {
                CharSequence[] values = new CharSequence[fields.length];
                int field = java.util.Arrays.asList(fields).indexOf(analyzers.textField(e.language()));
                if (field >= 0) {
                    values[field] = e.text().substring(0, Math.min(MAX_LENGTH, e.text().length()));
                }
                out.add(values);
            }
            for (CharSequence value : out.getLast()) {
                chars += value == null ? 0 : value.length();
            }
        } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return out;
    }

    /** One document, as the highlighter's loading of stored fields iterates its documents. */
    private static final class SingleDocument extends DocIdSetIterator {
        private final int target;
        private int doc = -1;

        SingleDocument(int target) {
            this.target = target;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            doc = doc == -1 ? target : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int to) {
            doc = doc == -1 && to <= target ? target : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return 1;
        }
    }

    /**
     * The snippets of {@code docIds} for {@code query}: for each document, the first text field that has a snippet,
     * or null when none has.
     */
    Snippet[] snippets(List<String> textFields, Query query, int[] docIds) throws IOException {
        String[] fields = textFields.toArray(String[]::new);
        int[] maxPassages = new int[fields.length];
        java.util.Arrays.fill(maxPassages, PASSAGES);
        Map<String, Object[]> byField = highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        Snippet[] out = new Snippet[docIds.length];
        for (String field : fields) {
            Object[] values = byField.get(field);
            for (int i = 0; i < docIds.length; i++) {
                if (out[i] == null && values != null && values[i] instanceof Snippet s) {
                    out[i] = s;
                }
            }
        }
        return out;
    }

    /** The formatter that cuts each passage into plain and highlighted fragments of the raw text. */
    private static final class FragmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Fragment> out = new ArrayList<>();
            int previousEnd = -1;
            for (Passage passage : passages) {
                if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) {
                    out.add(new Fragment(Snippet.GAP, false));
                } else if (previousEnd < 0 && passage.getStartOffset() > 0) {
                    out.add(new Fragment("… ", false));
                }
                int pos = passage.getStartOffset();
                int[] starts = passage.getMatchStarts();
                int[] ends = passage.getMatchEnds();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(starts[i], pos);
                    int end = ends[i];
                    // Merge matches that overlap or are only whitespace apart (the words of a phrase), never across
                    // punctuation: in "<script>alert" the two words stay two highlights.
                    while (i + 1 < passage.getNumMatches()
                            && (starts[i + 1] <= end || content.substring(end, starts[i + 1]).isBlank())) {
                        end = Math.max(end, ends[++i]);
                    }
                    if (start > pos) {
                        out.add(new Fragment(content.substring(pos, start), false));
                    }
                    if (end > start) {
                        out.add(new Fragment(content.substring(start, end), true));
                    }
                    pos = Math.max(pos, end);
                }
                if (passage.getEndOffset() > pos) {
                    out.add(new Fragment(content.substring(pos, passage.getEndOffset()), false));
                }
                previousEnd = passage.getEndOffset();
            }
            if (previousEnd >= 0 && previousEnd < content.strip().length()) {
                out.add(new Fragment(" …", false));
            }
            return out.isEmpty() ? null : new Snippet(out);
        }
    }
}
