package org.compendium.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.compendium.model.SourceSpan;

/**
 * The word counts of one document, used to repair words that PDF extraction split in two ({@code servic es},
 * {@code d onnées}): two fragments are joined only when the joined word occurs in the same document and one fragment
 * is not a word of its own there.
 *
 * <p>The document is counted once; look-ups take ranges of a lower-cased character array, so the normaliser asks
 * about every pair of neighbouring words without building a string for either.
 */
public final class Vocabulary {
    /** One-letter French words that stand alone legitimately; other single letters before a space are fragments. */
    private static final String ONE_LETTER_WORDS = "aày";
    /** Short French words that are words in their own right; "par ce" must not become "parce". */
    private static final String[] FUNCTION_WORDS = {
            "au", "aux", "ce", "ces", "de", "des", "du", "en", "et", "il", "la", "le", "les", "leur", "ne", "ni", "on", "ou",
            "par", "pas", "pour", "que", "qui", "sa", "se", "ses", "si", "son", "sur", "un", "une"};
    /** The longest function word; a longer word needs no look-up. */
    private static final int FUNCTION_WORD_MAX = 4;
    /** The function words packed by {@link #pack}, sorted for a binary search that allocates nothing. */
    private static final long[] FUNCTION_KEYS = Arrays.stream(FUNCTION_WORDS)
            .mapToLong(w -> pack(w.toCharArray(), 0, w.length())).sorted().toArray();

    private final WordCounts counts;

    /** The text counted, when {@link #wordAt} indexes its words; else null. */
    private final String source;
    /** The lower case of {@link #source}, character for character; null when {@link #source} is. */
    private final char[] lower;
    /** Per offset of {@link #source}, the id in {@link #counts} of the word counted from there, plus one; else 0. */
    private final int[] wordAt;
    /** Per word id, what {@link #shouldJoinLowerCase} asks of a word: {@link #STRAY}, {@link #FUNCTION}, {@link #COMMON}. */
    private final byte[] verdicts;

    /** A single letter that is no word of its own. */
    private static final byte STRAY = 1;
    /** A function word, never a fragment. */
    private static final byte FUNCTION = 2;
    /** A word the text writes more than once. */
    private static final byte COMMON = 4;

    /** The words the text writes before a hyphen inside a line ({@code государства} of {@code государства-участники}). */
    private final WordCounts compoundHeads;

    /**
     * Where, in the counted text, a word starts that {@link #shouldJoinAtSource} joins to the word counted before it
     * ({@code es} of {@code servic es}; whatever parts the two, which holds no letter), in ascending order; empty when
     * {@link #source} is null. What {@link #joinsNothingWithin} reads instead of a node's words.
     */
    private final int[] joinStarts;

    private Vocabulary(WordCounts counts, WordCounts compoundHeads, String source, char[] lower, int[] wordAt,
                       int[] wordStarts, int words) {
        this.counts = counts;
        this.compoundHeads = compoundHeads;
        this.source = source;
        this.lower = lower;
        this.wordAt = wordAt;
        this.verdicts = wordAt == null ? null : verdicts(counts, lower);
        this.joinStarts = wordAt == null ? new int[0] : joinStarts(wordStarts, words);
    }

    /**
     * The start of each counted word ({@code wordStarts[0, words)}, in text order) that the word before it joins:
     * each pair of neighbouring words judged once for the document, by the verdicts of their ids.
     */
    private int[] joinStarts(int[] wordStarts, int words) {
        int[] out = new int[8];
        int k = 0;
        // The ids in text order first: a sequential read per word below instead of one through wordAt.
        int[] ids = new int[words];
        for (int j = 0; j < words; j++) {
            ids[j] = wordAt[wordStarts[j]] - 1;
        }
        // Which pairs the verdicts leave to judge (a stray letter first, or no function word and not two common
        // words), listed without a branch per pair: the verdicts of neighbours follow no pattern a branch could learn.
        byte[] v = verdicts;
        int[] judged = new int[words];
        int m = 0;
        for (int j = 1; j < words; j++) {
            judged[m] = j;
            m += leftToJudge(v[ids[j - 1]], v[ids[j]]);
        }
        for (int c = 0; c < m; c++) {
            int j = judged[c];
            if (counts.countJoined(ids[j - 1], ids[j]) > 0) {
                if (k == out.length) {
                    out = Arrays.copyOf(out, 2 * k);
                }
                out[k++] = wordStarts[j];
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Whether {@code source[from, to)} holds no letter. */
    private boolean letterFree(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Letters.isLetter(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether no two neighbouring words of a node cut from {@code spans} of the counted text ({@link #counted}) would
     * be joined, for a node whose normalisation deleted no letter and brought no two letters together (spans in
     * source order): when no span cuts a word, no letter stands between two spans, and no word that
     * {@link #joinStarts} lists starts inside a span. Then the node's words are counted words, two neighbours there
     * are neighbours in the source, judged already, and none joins. False says only that the node's words must be
     * judged one by one.
     */
    boolean joinsNothingWithin(List<SourceSpan> spans) {
        String text = source;
        int n = text.length();
        int previousEnd = -1;
        for (int k = 0, size = spans.size(); k < size; k++) {
            SourceSpan span = spans.get(k);
            int a = span.start();
            int b = span.end();
            if (a >= b) {
                continue;
            }
            if (a > 0 && Letters.isLetter(text.charAt(a - 1)) && Letters.isLetter(text.charAt(a))
                    || b < n && Letters.isLetter(text.charAt(b - 1)) && Letters.isLetter(text.charAt(b))
                    || previousEnd >= 0 && !letterFree(previousEnd, a)
                    || joinStartsIn(a, b)) {
                return false;
            }
            previousEnd = b;
        }
        return true;
    }

    /** Whether a word of {@link #joinStarts} starts in {@code [from, to)}. */
    private boolean joinStartsIn(int from, int to) {
        int[] starts = joinStarts;
        if (starts.length == 0) {
            return false;
        }
        int at = Arrays.binarySearch(starts, from);
        int next = at >= 0 ? at : -at - 1;
        return next < starts.length && starts[next] < to;
    }

    private static byte[] verdicts(WordCounts counts, char[] lower) {
        byte[] v = new byte[counts.size()];
        for (int id = 0; id < v.length; id++) {
            int from = counts.startOf(id);
            int to = from + counts.lengthOf(id);
            int verdict = 0;
            if (to - from == 1 && ONE_LETTER_WORDS.indexOf(lower[from]) < 0) {
                verdict |= STRAY;
            }
            if (isFunctionWord(lower, from, to)) {
                verdict |= FUNCTION;
            }
            if (counts.countOf(id) > 1) {
                verdict |= COMMON;
            }
            v[id] = (byte) verdict;
        }
        return v;
    }

    /** Counts the words of a whole source text (letters only, lower-cased). */
    public static Vocabulary of(CharSequence text) {
        String source = text.toString();
        // Where the text lowers character by character, it is lowered in place (a scan without branches for ASCII)
        // before its words are counted, and its words are also indexed by offset, for the normaliser; else it is
        // lowered by the JDK first.
        char[] chars = source.toCharArray();
        Vocabulary perCharacter = count(chars, true, source);
        return perCharacter != null ? perCharacter : count(LowerCase.of(source), false, null);
    }

    /**
     * Counts the words of {@code chars}, lowering each character in place first when {@code lowerInPlace}
     * ({@link LowerCase#lowerInPlace}; then each word's offset is indexed too, and null is returned as soon as a
     * character does not lower on its own); else {@code chars} is already lower case.
     */
    private static Vocabulary count(char[] chars, boolean lowerInPlace, String source) {
        int n = chars.length;
        if (lowerInPlace && !lowerAll(chars)) {
            return null;
        }
        int[] wordAt = lowerInPlace ? new int[n] : null;
        // Each word's start in text order, for the neighbouring pairs judged once the counts are known.
        int[] wordStarts = lowerInPlace ? new int[Math.max(16, n / 5)] : null;
        int words = 0;
        WordCounts counts = new WordCounts(chars, n / 40);
        WordCounts compoundHeads = new WordCounts(chars, 16);
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!Letters.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            // The word's hash is taken as its letters are read, so that counting reads each character once.
            int hash = 0;
            do {
                hash = 31 * hash + c;
                i++;
            } while (i < n && Letters.isLetter(c = chars[i]));
            int id = counts.add(start, i, hash);
            if (wordAt != null) {
                wordAt[start] = id + 1;
                if (words == wordStarts.length) {
                    wordStarts = Arrays.copyOf(wordStarts, 2 * words);
                }
                wordStarts[words++] = start;
            }
            if (i + 1 < n && chars[i] == '-' && Letters.isLetter(chars[i + 1])) {
                compoundHeads.add(start, i);
            }
        }
        return lowerInPlace ? new Vocabulary(counts, compoundHeads, source, chars, wordAt, wordStarts, words)
                : new Vocabulary(counts, compoundHeads, null, null, null, null, 0);
    }

    /**
     * Lowers every character of {@code chars} in place ({@link LowerCase#lowerInPlace}); false, part of them lowered,
     * as soon as one does not lower on its own. ASCII, most characters, is lowered by table, without a branch.
     */
    private static boolean lowerAll(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                chars[i] = ASCII_LOWER[c];
            } else if (LowerCase.lowerInPlace(chars, i) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The lower case of each ASCII char. */
    private static final char[] ASCII_LOWER = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }

    /** A vocabulary that never joins anything. */
    public static Vocabulary empty() {
        return new Vocabulary(new WordCounts(new char[0], 0), new WordCounts(new char[0], 0), null, null, null, null, 0);
    }

    /**
     * Whether the text writes {@code word} before a hyphen inside a line, as the first part of a compound: a line
     * that ends with {@code word-} then breaks inside that compound, not inside a hyphenated word.
     */
    public boolean writesAsCompoundHead(CharSequence text, int start, int end) {
        char[] w = new char[end - start];
        for (int i = start; i < end; i++) {
            w[i - start] = Character.toLowerCase(text.charAt(i));
        }
        return compoundHeads.count(w, 0, w.length) > 0;
    }

    public int count(String word) {
        char[] w = word.toLowerCase(Locale.ROOT).toCharArray();
        return counts.count(w, 0, w.length);
    }

    /** Whether {@code left + right} is one word that extraction split. */
    public boolean shouldJoin(String left, String right) {
        char[] l = left.toLowerCase(Locale.ROOT).toCharArray();
        char[] r = right.toLowerCase(Locale.ROOT).toCharArray();
        char[] both = Arrays.copyOf(l, l.length + r.length);
        System.arraycopy(r, 0, both, l.length, r.length);
        return shouldJoinLowerCase(both, 0, l.length, l.length, both.length);
    }

    /**
     * {@link #shouldJoin} for the words {@code lower[leftStart, leftEnd)} and {@code lower[rightStart, rightEnd)},
     * already in lower case: the hot path of the normaliser, which copies neither word.
     */
    boolean shouldJoinLowerCase(char[] lower, int leftStart, int leftEnd, int rightStart, int rightEnd) {
        boolean strayLetter = leftEnd - leftStart == 1 && ONE_LETTER_WORDS.indexOf(lower[leftStart]) < 0;
        if (!strayLetter) {
            if (isFunctionWord(lower, leftStart, leftEnd) || isFunctionWord(lower, rightStart, rightEnd)) {
                return false;
            }
            // Checked before the joined word: most neighbours are two common words, and this test is the cheap one.
            if (counts.count(lower, leftStart, leftEnd) > 1 && counts.count(lower, rightStart, rightEnd) > 1) {
                return false;
            }
        }
        return counts.count(lower, leftStart, leftEnd, rightStart, rightEnd) > 0;
    }

    /**
     * Whether {@code t}'s offsets point into the text this vocabulary counted, so that {@link #shouldJoinAtSource}
     * can take its words by their offsets there.
     */
    boolean counted(MappedText t) {
        return counted(t.source());
    }

    /** Whether {@code text} is the very text this vocabulary counted (the same object), with its words indexed. */
    boolean counted(String text) {
        return source != null && text == source;
    }

    /**
     * {@link #shouldJoin} for the words {@code [leftStart, leftEnd)} and {@code [rightStart, rightEnd)} of the counted
     * text ({@link #counted}): a word counted from the same offset with the same length is that word, whose count
     * is read without hashing it again.
     */
    boolean shouldJoinAtSource(int leftStart, int leftEnd, int rightStart, int rightEnd) {
        int left = idAt(leftStart, leftEnd);
        int right = idAt(rightStart, rightEnd);
        if (left >= 0 && right >= 0) {
            return joinsIds(left, right);
        }
        boolean strayLetter = leftEnd - leftStart == 1 && ONE_LETTER_WORDS.indexOf(lower[leftStart]) < 0;
        if (!strayLetter) {
            if (isFunctionWord(lower, leftStart, leftEnd) || isFunctionWord(lower, rightStart, rightEnd)) {
                return false;
            }
            if (countAt(leftStart, leftEnd) > 1 && countAt(rightStart, rightEnd) > 1) {
                return false;
            }
        }
        return counts.count(lower, leftStart, leftEnd, rightStart, rightEnd) > 0;
    }

    /** {@link #shouldJoinAtSource} for the words of ids {@code left} and {@code right}, read from their verdicts. */
    private boolean joinsIds(int left, int right) {
        return leftToJudge(verdicts[left], verdicts[right]) != 0 && counts.countJoined(left, right) > 0;
    }

    /**
     * 1 when the verdicts {@code l} and {@code r} of two neighbouring words leave their joined word to be looked up
     * (the left word is a stray letter, or neither is a function word and not both are common), else 0; without a
     * branch, which the verdicts of neighbours, following no pattern, would mispredict.
     */
    private static int leftToJudge(int l, int r) {
        // Bit 0 of each: STRAY (bit 0) of the left word; FUNCTION (bit 1) in neither; COMMON (bit 2) not in both.
        int noFunction = ~(l | r) >>> 1;
        int notBothCommon = ~(l & r) >>> 2;
        return (l | noFunction & notBothCommon) & 1;
    }

    /**
     * The length of the word counted from offset {@code from} of the counted text ({@link #counted}), or 0 when no
     * word starts there.
     */
    int wordLengthAt(int from) {
        int entry = wordAt[from];
        return entry == 0 ? 0 : counts.lengthOf(entry - 1);
    }

    /** The id of the word counted from {@code from} when it is {@code [from, to)}, else -1. */
    private int idAt(int from, int to) {
        int entry = wordAt[from];
        return entry != 0 && counts.lengthOf(entry - 1) == to - from ? entry - 1 : -1;
    }

    private int countAt(int from, int to) {
        int entry = wordAt[from];
        if (entry != 0 && counts.lengthOf(entry - 1) == to - from) {
            return counts.countOf(entry - 1);
        }
        return counts.count(lower, from, to);
    }

    private static boolean isFunctionWord(char[] lower, int from, int to) {
        return to - from <= FUNCTION_WORD_MAX && Arrays.binarySearch(FUNCTION_KEYS, pack(lower, from, to)) >= 0;
    }

    /** A word of at most four characters as one number, sixteen bits a character: distinct words, distinct keys. */
    private static long pack(char[] a, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            key = (key << 16) | a[i];
        }
        return key;
    }
}
