package org.compendium.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.links.WordTokens.Token;

/**
 * The word-level difference between an earlier text and a later one: runs of tokens both share, and the runs only the
 * earlier ({@link Op#DELETED}) or only the later ({@link Op#INSERTED}) has, in reading order, each in its own
 * spelling. Computed as a longest common subsequence of {@link WordTokens} (compared by {@link Token#key()}), after
 * the common head and tail are set aside; within a change the deleted run comes before the inserted one.
 * Adjacent runs never have the same op.
 */
public final class WordDiff {
    /**
     * The most tokens either side may have. The table is {@code before × after} cells once the common head and tail
     * are set aside, so two paragraphs of a few hundred words cost well under a millisecond, and a pasted book is
     * refused rather than allowed to take the server's memory.
     */
    public static final int MAX_TOKENS = 5_000;

    private final List<Segment> segments;
    /** The lower-case keys of each run's words, in step with {@link #segments}: what alignments weigh. */
    private final List<List<String>> words;

    private WordDiff(List<Segment> segments, List<List<String>> words) {
        this.segments = List.copyOf(segments);
        this.words = List.copyOf(words);
    }

    /** The runs, in reading order. */
    public List<Segment> segments() {
        return segments;
    }

    /** What a run of tokens is. */
    public enum Op {
        /** In both texts. */
        SAME,
        /** Only in the earlier text. */
        DELETED,
        /** Only in the later text. */
        INSERTED;

        /** The lower-case name, as the JSON shows it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One run of tokens.
     *
     * @param op          whether both texts, or only one, have it
     * @param text        its tokens as written, joined as the text they come from spaces them
     * @param spaceBefore whether white space precedes it in that text
     * @param words       how many of its tokens are words (not punctuation)
     */
    public record Segment(Op op, String text, boolean spaceBefore, int words) {
    }

    /**
     * One change: what the earlier text said there and what the later one says instead (either may be empty, for a
     * pure insertion or deletion).
     */
    public record Change(String deleted, String inserted) {
    }

    /**
     * The diff from {@code before} to {@code after}.
     *
     * @throws IllegalArgumentException when either text has more than {@link #MAX_TOKENS} tokens
     */
    public static WordDiff between(String before, String after) {
        return between(WordTokens.of(before), WordTokens.of(after));
    }

    /**
     * The diff from {@code before} to {@code after} with words compared regardless of case ({@code Secrétariat} and
     * {@code secrétariat}, {@code Les} opening a recommendation and {@code les} inside a resolution's clause are the
     * same word): what lineage compares, where a body's capitals differ from another's.
     */
    public static WordDiff betweenIgnoringCase(String before, String after) {
        return between(WordTokens.of(before), WordTokens.of(after), WordDiff::folded);
    }

    static WordDiff between(List<Token> a, List<Token> b) {
        return between(a, b, Token::key);
    }

    private static String folded(Token t) {
        return t.key().toLowerCase(Locale.ROOT);
    }

    private static WordDiff between(List<Token> a, List<Token> b, java.util.function.Function<Token, String> key) {
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            throw new IllegalArgumentException("a text to compare has " + Math.max(a.size(), b.size())
                    + " words and signs; at most " + MAX_TOKENS + " are compared: shorten it to one paragraph");
        }
        // Compare keys, computed once per token.
        String[] ka = a.stream().map(key).toArray(String[]::new);
        String[] kb = b.stream().map(key).toArray(String[]::new);
        int head = 0;
        while (head < a.size() && head < b.size() && ka[head].equals(kb[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && ka[a.size() - 1 - tail].equals(kb[b.size() - 1 - tail])) {
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        // lcs[i][j]: the longest common subsequence of a[head+i ..] and b[head+j ..] (middle part only).
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ka[head + i].equals(kb[head + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Builder out = new Builder();
        for (int k = 0; k < head; k++) {
            out.add(Op.SAME, b.get(k));
        }
        int i = 0;
        int j = 0;
        List<Token> deleted = new ArrayList<>();
        List<Token> inserted = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && ka[head + i].equals(kb[head + j])) {
                out.flush(deleted, inserted);
                out.add(Op.SAME, b.get(head + j));
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                deleted.add(a.get(head + i));
                i++;
            } else {
                inserted.add(b.get(head + j));
                j++;
            }
        }
        out.flush(deleted, inserted);
        for (int k = b.size() - tail; k < b.size(); k++) {
            out.add(Op.SAME, b.get(k));
        }
        out.finish();
        return new WordDiff(out.segments, out.words);
    }

    /** The changes, in reading order: each maximal run of deleted and inserted tokens between shared ones. */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        String deleted = "";
        String inserted = "";
        for (Segment s : segments) {
            switch (s.op()) {
                case SAME -> {
                    if (!deleted.isEmpty() || !inserted.isEmpty()) {
                        out.add(new Change(deleted, inserted));
                    }
                    deleted = "";
                    inserted = "";
                }
                case DELETED -> deleted = s.text();
                case INSERTED -> inserted = s.text();
            }
        }
        if (!deleted.isEmpty() || !inserted.isEmpty()) {
            out.add(new Change(deleted, inserted));
        }
        return out;
    }

    /** Whether the two texts have the same tokens (they may differ in spacing and apostrophes only). */
    public boolean identical() {
        return segments.stream().allMatch(s -> s.op() == Op.SAME);
    }

    /**
     * The alignment score: the share of words the two texts have in common, in the same order — the Dice coefficient
     * {@code 2 × shared / (words before + words after)} over the longest common subsequence, punctuation left out.
     * 1 for the same wording, 0 for texts with no word in common in order.
     */
    public double alignment() {
        return alignment(word -> 1.0);
    }

    /**
     * The alignment score with each word weighted ({@code weight} gets a word's {@link Token#key()}, lower case): the
     * weighted Dice coefficient {@code 2 × Σ shared / (Σ before + Σ after)}, so that sharing a rare word counts more
     * than sharing {@code les} or {@code de}.
     */
    public double alignment(java.util.function.ToDoubleFunction<String> weight) {
        double same = 0;
        double before = 0;
        double after = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            for (String word : words.get(i)) {
                double w = weight.applyAsDouble(word);
                switch (s.op()) {
                    case SAME -> {
                        same += w;
                        before += w;
                        after += w;
                    }
                    case DELETED -> before += w;
                    case INSERTED -> after += w;
                }
            }
        }
        return before + after == 0 ? 0 : 2.0 * same / (before + after);
    }

    /** The later text's runs, SAME and INSERTED, joined back: the text the diff leads to (up to spacing). */
    public String after() {
        return join(Op.INSERTED);
    }

    /** The earlier text's runs, SAME and DELETED, joined back. */
    public String before() {
        return join(Op.DELETED);
    }

    private String join(Op own) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s.op() == Op.SAME || s.op() == own) {
                if (s.spaceBefore() && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(s.text());
            }
        }
        return sb.toString();
    }

    /** Gathers tokens into runs: consecutive tokens of one op become one segment. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();
        private final List<List<String>> words = new ArrayList<>();
        private List<String> runWords = new ArrayList<>();
        private Op op;
        private final StringBuilder text = new StringBuilder();
        private boolean spaceBefore;
        private int wordCount;

        void add(Op tokenOp, Token t) {
            if (tokenOp != op) {
                close();
                op = tokenOp;
                spaceBefore = t.spaceBefore();
            } else if (t.spaceBefore()) {
                text.append(' ');
            }
            text.append(t.text());
            if (t.isWord()) {
                wordCount++;
                runWords.add(t.key().toLowerCase(Locale.ROOT));
            }
        }

        void flush(List<Token> deleted, List<Token> inserted) {
            deleted.forEach(t -> add(Op.DELETED, t));
            inserted.forEach(t -> add(Op.INSERTED, t));
            deleted.clear();
            inserted.clear();
        }

        private void close() {
            if (op != null) {
                segments.add(new Segment(op, text.toString(), spaceBefore, wordCount));
                words.add(List.copyOf(runWords));
            }
            text.setLength(0);
            wordCount = 0;
            runWords = new ArrayList<>();
        }

        void finish() {
            close();
            op = null;
        }
    }
}
