package org.compendium.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.SourceSpan;
import org.compendium.parse.grammar.HyphenatedCompounds;

/**
 * Turns the raw characters of a node into readable text while keeping each character's source offset: strips
 * Markdown markup and footnote references, joins hard line breaks, undoes end-of-line hyphenation and repairs the
 * spaced apostrophes, stray spaces and split words of PDF extraction.
 *
 * <p>Every pass only deletes characters or turns whitespace into one space, which is what keeps the offset map exact.
 *
 * <p>A node with nothing for the passes between the Markdown pass and the whitespace pass (most of them) is cut into
 * one array, where its markup, whitespace, stray spaces and split words are removed in place and from which its text
 * is made once ({@link #normalize(String, List, boolean)}).
 */
public final class TextNormalizer {
    private static final Pattern SUP_TAG = Pattern.compile("<sup>[^<]{0,12}</sup>");
    private static final Pattern CARET_BRACES = Pattern.compile("[ \\t]{0,3}+\\^\\{([^}]{0,6})}");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,200})]\\([^)\\s]{0,300}\\)");
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?<=\\p{Ll})-[ \\t]*\\n\\s*(?=\\p{Ll})");
    private static final Pattern HYPHEN_BREAK_UPPER = Pattern.compile("(?<=\\p{L})-[ \\t]*\\n\\s*(?=\\p{Lu})");

    /**
     * The characters a pass before the whitespace pass needs (besides a hyphen and the superscript digits): the scan
     * deletes {@code <sup>} tags, carets' braces and links itself.
     */
    private static final boolean[] PLAIN_MARKS = asciiSet("<^[]}");
    /** {@link #CARET_BRACES} from its caret on, without the blanks before it, which the scan takes from its pending run. */
    private static final Pattern CARET_AT = Pattern.compile("\\^\\{([^}]{0,6})}");
    /** How far {@link #CARET_AT} can read: a caret, a brace, six, a brace. */
    private static final int CARET_REACH = 1 + 1 + 6 + 1;
    /**
     * The characters below U+0100 that the one-pass scan copies without a second look: not blank ({@link Blanks}),
     * not a hyphen, not a mark of {@link #PLAIN_MARKS}, not a superscript digit. (Above, up to U+1680, every
     * character is one: the next blank is U+1680 and the next superscript digit U+2070.)
     */
    private static final boolean[] ORDINARY = new boolean[0x100];

    static {
        for (char c = 0; c < 0x100; c++) {
            ORDINARY[c] = !Blanks.isBlank(c) && c != '-' && !(c < 0x80 && PLAIN_MARKS[c]) && !isSuperscriptDigit(c);
        }
    }

    /** The characters the Markdown pass judges inside a line: a line end, a backslash, an emphasis marker, an underscore. */
    private static final boolean[] MARKDOWN_INLINE = asciiSet("\n\\*_");
    /** The characters a backslash escapes in Markdown. */
    private static final boolean[] MARKDOWN_ESCAPED = asciiSet("*_#[]()\\.-<>`!");

    private final Vocabulary vocabulary;
    /** The arrays {@link #normalizedText} cuts each node into, grown as needed. */
    private char[] scratchChars = new char[0];
    private int[] scratchOffsets = new int[0];
    /** The bounds of the spans {@link #joins} steps through, grown as needed. */
    private int[] scratchSpanStarts = new int[0];
    private int[] scratchSpanEnds = new int[0];

    /**
     * While the opening is scanned: the source ranges of the {@code <sup>} tags, superscript digits, carets and links
     * the scan deletes (start and end, in pairs, in source order), which a node sliced from it must hold whole or not
     * at all; null at other times.
     */
    private int[] deletions;
    private int deletionCount;
    /**
     * The opening {@link #normalizedOpening} normalised, which nodes inside it slice instead of normalising their
     * characters again: the source it was cut from (compared by identity; null when there is nothing to slice), whether
     * it was read as Markdown, where it ends, its text, each of its characters' source offsets, and the source ranges
     * its scan deleted ({@link #deletions}).
     */
    private String openingSource;
    private boolean openingMarkdown;
    private int openingEnd;
    private String openingText;
    private int[] openingOffsets;
    private int[] openingDeletions;
    private int openingDeletionCount;
    /** How many nodes were sliced from the opening, and how many of its characters they kept (for the benchmarks). */
    private int slicedNodes;
    private long slicedChars;

    public TextNormalizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The normalised text of {@code source[0, end)}, the opening a document's type and metadata are read from, as
     * {@link #normalizedText} gives it; kept with its offsets, so that a node of the same source lying inside it is
     * sliced from it ({@link #sliceOfOpening}) rather than normalised again. Kept only when the opening took the one-pass
     * scan (the long way's passes leave no record of what they deleted where), with the source ranges of the tags,
     * superscripts, carets and links that scan deleted: one that straddles a node's edge would be kept by the node.
     */
    public String normalizedOpening(String source, int end, boolean markdown) {
        openingSource = null;
        List<SourceSpan> spans = List.of(new SourceSpan(0, end));
        int room = MappedText.cutLength(spans);
        if (scratchChars.length < room) {
            scratchChars = new char[Math.max(room, 2 * scratchChars.length)];
            scratchOffsets = new int[scratchChars.length];
        }
        int n = MappedText.cutInto(source, spans, scratchChars, scratchOffsets);
        deletions = new int[16];
        deletionCount = 0;
        int k = normalizeInOnePass(source, spans, markdown, scratchChars, scratchOffsets, n);
        int[] deleted = deletions;
        deletions = null;
        if (k < 0) {
            return normalizeTheLongWay(source, spans, markdown).text();
        }
        String text = new String(scratchChars, 0, k);
        openingSource = source;
        openingMarkdown = markdown;
        openingEnd = end;
        openingText = text;
        openingOffsets = java.util.Arrays.copyOf(scratchOffsets, k);
        openingDeletions = deleted;
        openingDeletionCount = deletionCount;
        return text;
    }

    /** How many nodes {@link #normalizedText} sliced from the opening since this normaliser was made. */
    int slicedNodes() {
        return slicedNodes;
    }

    /** How many characters of normalised text those slices kept. */
    long slicedChars() {
        return slicedChars;
    }

    /**
     * The normalised text of a node of the opening's source, sliced from the opening's text, or null when the slice
     * may differ from the node normalised on its own. The slice is the opening's characters whose source offsets lie
     * between the node's first and last offset, without the blanks at its ends (the node trims them); it equals the
     * node's own text when nothing outside the node changes what the passes do inside it:
     * <ul>
     * <li>a blank of the opening stands right before the slice (or nothing does): no split word was joined and no
     *     stray space deleted across the node's start, and its first word starts there in both;</li>
     * <li>a plain space stands right after it (or nothing does): no join or Chinese line break across its end, no word
     *     running on past it, and a stray-space test that reads one character past the node's last one (an apostrophe,
     *     hyphen, comma or full stop's follower) sees a space, as the node's end reads to it;</li>
     * <li>every tag, superscript, caret or link the opening deleted lies wholly outside the node, or wholly inside a
     *     node of one span: the node then deletes the same (its characters are the opening's), and none has its match
     *     cut by the node's edge;</li>
     * <li>between two of the node's spans, the source holds only spaces, tabs and at least one line break (the
     *     separator the node's cut puts there): the run they make is one space in both, a break in both (Chinese), and
     *     a hyphen before it ends a line in both, which the opening's one-pass scan did not meet; and the node holds no
     *     {@code <}, {@code ^} or {@code [} whose match could read across such a gap;</li>
     * <li>in Markdown, the markup pass is in the same state at the node's start (a heading hash, quote mark or list
     *     dash is judged at a line start only when the opening was at one too; no backslash or underscore before the
     *     node that would take its first character with it) and reads nothing past each span's end (no backslash,
     *     underscore or dash as its last character).</li>
     * </ul>
     * The opening's hyphens that may end a line were none (its one-pass scan gave up on none), and the node's
     * characters are the opening's. {@code OpeningSlicesTest} compares slices with nodes normalised on their own.
     */
    private String sliceOfOpening(List<SourceSpan> spans) {
        String source = openingSource;
        int count = spans.size();
        int a = spans.get(0).start();
        int b = spans.get(count - 1).end();
        if (b > openingEnd || a >= b) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            SourceSpan span = spans.get(i);
            if (span.start() >= span.end() || openingMarkdown && !markdownEndAlike(source, span.end(), openingEnd)) {
                return null;
            }
            if (i > 0 && !blankGap(source, spans.get(i - 1).end(), span.start())) {
                return null;
            }
        }
        if (count > 1 && mayMatchAcrossGaps(source, spans)) {
            return null;
        }
        if (openingMarkdown && !markdownStartAlike(source, a, b)) {
            return null;
        }
        int[] deleted = openingDeletions;
        for (int d = 0; d < openingDeletionCount; d += 2) {
            int from = deleted[d];
            int to = deleted[d + 1];
            if (from >= b) {
                break;
            }
            if (to > a && (count > 1 || from < a || to > b)) {
                return null;
            }
        }
        int[] offsets = openingOffsets;
        String text = openingText;
        int length = offsets.length;
        int first = firstAtOrAfter(offsets, a);
        int last = firstAtOrAfter(offsets, b);
        while (first < last && isCollapsedBlank(text.charAt(first))) {
            first++;
        }
        while (last > first && isCollapsedBlank(text.charAt(last - 1))) {
            last--;
        }
        if (first == last || first > 0 && !isCollapsedBlank(text.charAt(first - 1)) || last < length && text.charAt(last) != ' ') {
            return null;
        }
        slicedNodes++;
        slicedChars += last - first;
        return text.substring(first, last);
    }

    /** Whether {@code s[from, to)} holds only spaces, tabs and line feeds, at least one line feed among them. */
    private static boolean blankGap(String s, int from, int to) {
        boolean lineFeed = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineFeed = true;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return lineFeed;
    }

    /** Whether a span holds a {@code <}, {@code ^} or {@code [}, with which a tag, caret or link may open. */
    private static boolean mayMatchAcrossGaps(String s, List<SourceSpan> spans) {
        for (SourceSpan span : spans) {
            for (int i = span.start(); i < span.end(); i++) {
                char c = s.charAt(i);
                if (c == '<' || c == '^' || c == '[') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Notes, while the opening is scanned, that the source range {@code [from, to)} is deleted. */
    private void noteDeletion(int from, int to) {
        if (deletions == null) {
            return;
        }
        if (deletionCount + 2 > deletions.length) {
            deletions = java.util.Arrays.copyOf(deletions, 2 * deletions.length);
        }
        deletions[deletionCount++] = from;
        deletions[deletionCount++] = to;
    }

    /** What the whitespace pass leaves of a blank run: a space, a no-break space or a narrow no-break space. */
    private static boolean isCollapsedBlank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /** The first index of the ascending {@code offsets} whose offset is at least {@code at} (its length when none). */
    private static int firstAtOrAfter(int[] offsets, int at) {
        int lo = 0;
        int hi = offsets.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the Markdown pass ({@link #stripMarkdown(char[], int[], int)}) starts a node's cut {@code s[a, b)} as it
     * reads it inside the opening: the cut starts at a line start, so a heading hash, quote mark or list dash first in
     * it (after spaces and tabs) must stand at a line start of the source too; and the character before it must not be
     * a backslash or underscore, which would take its first character with it.
     */
    private static boolean markdownStartAlike(String s, int a, int b) {
        if (a > 0) {
            char before = s.charAt(a - 1);
            if (before == '\\' || before == '_') {
                return false;
            }
        }
        int j = a;
        while (j < b && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        char first = j < b ? s.charAt(j) : 'x';
        if (first == '#' || first == '>' || first == '-') {
            int k = a - 1;
            while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k--;
            }
            return k < 0 || s.charAt(k) == '\n';
        }
        return true;
    }

    /**
     * Whether the Markdown pass reads nothing past a span's end {@code b} (the opening's being {@code end}): its last
     * character is no backslash, underscore or dash, whose test reads the character after it.
     */
    private static boolean markdownEndAlike(String s, int b, int end) {
        char last = s.charAt(b - 1);
        return b == end || last != '\\' && last != '_' && last != '-';
    }

    /**
     * Normalises the characters of {@code source} inside {@code spans}, as {@link #normalize(MappedText, boolean)}
     * does {@link MappedText#of}: the same text and offsets. Most nodes hold nothing for the passes before the
     * whitespace pass (no markup, superscript, link or hyphen at a line end; in Markdown, no character the Markdown
     * pass deletes), which a scan of the characters cut tells; for them the whitespace is collapsed in the cut arrays,
     * and those passes are not run.
     */
    public MappedText normalize(String source, List<SourceSpan> spans, boolean markdown) {
        MappedText.Cut cut = MappedText.cut(source, spans);
        int k = normalizeInOnePass(source, spans, markdown, cut.chars(), cut.offsets(), cut.length());
        return k >= 0 ? new MappedText(source, new String(cut.chars(), 0, k), cut.offsets()) : normalizeTheLongWay(source, spans, markdown);
    }

    /**
     * The text of {@link #normalize(String, List, boolean)}, without its offsets: what the nodes keep. The one-pass
     * scan then works in arrays this normaliser reuses from node to node, so that a node's text is the only thing
     * allocated for it. Not for two threads at once (a normaliser serves one document's parse).
     */
    public String normalizedText(String source, List<SourceSpan> spans, boolean markdown) {
        if (source == openingSource && markdown == openingMarkdown && !spans.isEmpty()) {
            String slice = sliceOfOpening(spans);
            if (slice != null) {
                return slice;
            }
        }
        int room = MappedText.cutLength(spans);
        if (scratchChars.length < room) {
            scratchChars = new char[Math.max(room, 2 * scratchChars.length)];
            scratchOffsets = new int[scratchChars.length];
        }
        int n = MappedText.cutInto(source, spans, scratchChars, scratchOffsets);
        int k = normalizeInOnePass(source, spans, markdown, scratchChars, scratchOffsets, n);
        return k >= 0 ? new String(scratchChars, 0, k) : normalizeTheLongWay(source, spans, markdown).text();
    }

    /** Every pass in turn, on a fresh cut (the one-pass scan has changed the arrays it gave up on). */
    private MappedText normalizeTheLongWay(String source, List<SourceSpan> spans, boolean markdown) {
        MappedText.Cut cut = MappedText.cut(source, spans);
        return normalize(new MappedText(source, new String(cut.chars(), 0, cut.length()), cut.offsets()), markdown);
    }

    /**
     * The fast path of {@link #normalize(String, List, boolean)}, on the cut {@code s[0, n)} with offsets {@code map}
     * ({@link MappedText#cut}), changed in place: returns the normalised length, or -1 when the node may need a pass
     * between the Markdown pass and the whitespace pass that the scan does not do. In Markdown its markup is first
     * deleted ({@link #stripMarkdown(char[], int[], int)}); then one scan deletes {@code <sup>} tags, superscript
     * digits and links (keeping their text) as the long way's passes would, tests for what the other passes need (a
     * caret, which {@code ^{} needs, or a hyphen that only spaces, tabs or what the scan deletes part from a line
     * break: never missing one that would change the text, often more than needed) and collapses the whitespace,
     * noting the spaces that may be stray ({@link StraySpaces}); the stray spaces and the split words are then removed
     * in the same arrays.
     */
    private int normalizeInOnePass(String source, List<SourceSpan> spans, boolean markdown, char[] s, int[] map, int n) {
        boolean markupDeleted = false;
        if (markdown) {
            int stripped = stripMarkdown(s, map, n);
            markupDeleted = stripped < n;
            n = stripped;
        }
        int k = 0;
        boolean inRun = false;
        int runOffset = 0;
        char chosen = ' ';
        boolean lineBreak = false;
        int[] maybeStray = null;
        int strays = 0;
        // The blank run's length, and how many of its last characters are spaces or tabs (what a caret's match takes).
        int runLength = 0;
        int runTail = 0;
        // Superscript digits, <sup> tags, carets' braces and links are deleted as the scan meets them (carets and links
        // keep their text); the words are then no longer stepped over by their counted length (the long way's joins).
        boolean deleted = false;
        // While a caret's text ({@code er} of {@code ^{er}}) is copied: where its closing brace stands.
        int caretClose = -1;
        CharSequence chars = null;
        // While a link's visible text is copied: where its closing bracket stands, and where the link ends.
        int linkClose = -1;
        int linkEnd = -1;
        // Whether a blank run between two characters was dropped (a line break inside Chinese text), and whether what
        // a <sup> tag or a link's target held went, letters perhaps: the node's words may then not be the source's.
        boolean runDropped = false;
        boolean lettersMayGo = false;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (!inRun && (c < 0x100 ? ORDINARY[c] : c < '\u1680')) {
                // Most characters: no blank, mark, hyphen or superscript digit, after no pending blank.
                s[k] = c;
                map[k++] = map[i];
                continue;
            }
            if (c == ' ' && !inRun && k > 0 && i + 1 < n) {
                char next = s[i + 1];
                if (next < 0x100 ? ORDINARY[next] : next < '\u1680') {
                    // One space between words, most blanks: kept as it stands, as the run it makes would be (the next
                    // character, ordinary, then goes the first way above instead of closing a run).
                    if (StraySpaces.mayBeStrayBefore(next)) {
                        if (maybeStray == null) {
                            maybeStray = new int[8];
                        } else if (strays == maybeStray.length) {
                            maybeStray = java.util.Arrays.copyOf(maybeStray, strays * 2);
                        }
                        maybeStray[strays++] = k;
                    }
                    s[k] = ' ';
                    map[k++] = map[i];
                    continue;
                }
            }
            // What the scan reads from i on has not been written over yet (it writes at k <= i).
            if (c < 0x80) {
                if (c == '-') {
                    // Both hyphen-break patterns need a letter right before the hyphen ((?<=\p{L})): a hyphen after a
                    // pending blank, at the start or after another sign (a Markdown rule, ---) breaks no word.
                    if (!inRun && k > 0 && (Character.isLetter(s[k - 1]) || Character.isSurrogate(s[k - 1])) && mayEndLine(s, i, n)) {
                        return -1;
                    }
                } else if (c == '^' && caretClose < 0) {
                    // The caret pattern reads at most CARET_REACH characters from the caret: where none of them is one
                    // an earlier pass deletes, it matches here as in the long way's text.
                    if (anEarlierPassDeletesNear(s, i + 1, Math.min(n, i + CARET_REACH))) {
                        return -1;
                    }
                    chars = chars != null ? chars : java.nio.CharBuffer.wrap(s, 0, n);
                    Matcher caret = CARET_AT.matcher(chars).region(i, n);
                    if (caret.lookingAt()) {
                        // Up to three spaces or tabs before it go with it ([ \t]{0,3}+): the end of the pending run.
                        runLength -= Math.min(runTail, 3);
                        runTail = 0;
                        inRun &= runLength > 0;
                        deleted = true;
                        noteDeletion(map[i], map[caret.end() - 1] + 1);
                        caretClose = caret.end(1);
                        i++;
                        continue;
                    }
                } else if (c == '}' && i == caretClose) {
                    caretClose = -1;
                    continue;
                } else if (c == '<') {
                    chars = chars != null ? chars : java.nio.CharBuffer.wrap(s, 0, n);
                    Matcher tag = SUP_TAG.matcher(chars).region(i, n);
                    if (tag.lookingAt()) {
                        deleted = true;
                        lettersMayGo = true;
                        noteDeletion(map[i], map[tag.end() - 1] + 1);
                        i = tag.end() - 1;
                        continue;
                    }
                } else if (c == '[' && caretClose >= 0) {
                    // A link in a caret's text would be read in the text the caret leaves: the long way's.
                    return -1;
                } else if (c == '[' && linkClose < 0) {
                    // Where none of the characters the link pattern reads from here is one an earlier pass deletes
                    // (or a blank a caret just after them takes), it matches here as it does in the long way's text.
                    if (anEarlierPassDeletesNear(s, i, Math.min(n, linkReach(s, i, n) + 3))) {
                        return -1;
                    }
                    chars = chars != null ? chars : java.nio.CharBuffer.wrap(s, 0, n);
                    Matcher link = LINK.matcher(chars).region(i, n);
                    if (link.lookingAt()) {
                        deleted = true;
                        lettersMayGo = true;
                        noteDeletion(map[i], map[link.end() - 1] + 1);
                        linkClose = link.end(1);
                        linkEnd = link.end();
                        continue;
                    }
                } else if (c == ']' && i == linkClose) {
                    i = linkEnd - 1;
                    linkClose = -1;
                    continue;
                }
            } else if (isSuperscriptDigit(c)) {
                deleted = true;
                noteDeletion(map[i], map[i] + 1);
                continue;
            }
            if (Blanks.isBlank(c)) {
                if (!inRun) {
                    inRun = true;
                    runOffset = map[i];
                    chosen = ' ';
                    lineBreak = false;
                    runLength = 0;
                    runTail = 0;
                }
                runLength++;
                runTail = c == ' ' || c == '\t' ? runTail + 1 : 0;
                if (c == '\u00A0' || c == '\u202F') {
                    chosen = c;
                }
                lineBreak |= c == '\n' || c == '\r';
                continue;
            }
            if (inRun) {
                inRun = false;
                // Leading blanks go; Chinese puts no space between words: a line break inside Chinese text joins its
                // two sides.
                if (k > 0 && (!lineBreak || !isCjk(s[k - 1]) || !isCjk(c))) {
                    if (chosen == ' ' && StraySpaces.mayBeStrayBefore(c)) {
                        if (maybeStray == null) {
                            maybeStray = new int[8];
                        } else if (strays == maybeStray.length) {
                            maybeStray = java.util.Arrays.copyOf(maybeStray, strays * 2);
                        }
                        maybeStray[strays++] = k;
                    }
                    s[k] = chosen;
                    map[k++] = runOffset;
                } else {
                    runDropped |= k > 0;
                }
            }
            s[k] = c;
            map[k++] = map[i];
        }
        // A run still open is trailing whitespace, which goes.
        int collapsed = k;
        if (strays > 0) {
            k = deleteStraySpaces(s, map, k, maybeStray, strays);
        }
        // Once markup is deleted the words are not stepped over by their counted length (the long way's joins).
        boolean inOrder = inOrder(spans);
        boolean onlyBlanksGone = !markupDeleted && !deleted && inOrder;
        boolean atSource = vocabulary.counted(source);
        // Where no letter went and no two letters came together (only blanks and markup went, and no blank run went
        // whole between two characters, or no letters stand side by side that did not in the source), the node's
        // neighbouring words are neighbouring words of the source, which the vocabulary judged once for the document:
        // most nodes need no word looked at.
        if (atSource && inOrder && !lettersMayGo
                && (onlyBlanksGone && k == collapsed && !runDropped || !lettersBroughtTogether(s, map, k))
                && vocabulary.joinsNothingWithin(spans)) {
            return k;
        }
        boolean[] keep = joins(s, map, k, atSource, onlyBlanksGone ? spans : null);
        if (keep != null) {
            k = compact(s, map, k, keep);
        }
        return k;
    }

    /** Whether two letters stand side by side in {@code s[0, n)} that did not in the source (their offsets part). */
    private static boolean lettersBroughtTogether(char[] s, int[] map, int n) {
        for (int i = 1; i < n; i++) {
            if (map[i] != map[i - 1] + 1 && Letters.isLetter(s[i]) && Letters.isLetter(s[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of what {@link #LINK} reads when tried at the bracket {@code s[i]}: its text runs to the first {@code ]}
     * or line break (200 characters at most), a parenthesis must follow, its target runs to the first {@code )} or
     * {@code \s} (300 at most), and the character that stops each run is read too.
     */
    private static int linkReach(char[] s, int i, int n) {
        int j = i + 1;
        for (int limit = Math.min(n, i + 1 + 200); j < limit && s[j] != ']' && s[j] != '\n'; j++) {
            // the link's text
        }
        if (j >= n || s[j] != ']') {
            return Math.min(n, j + 1);
        }
        if (j + 1 >= n || s[j + 1] != '(') {
            return Math.min(n, j + 2);
        }
        int t = j + 2;
        for (int limit = Math.min(n, j + 2 + 300); t < limit && s[t] != ')' && !isAsciiSpace(s[t]); t++) {
            // the link's target
        }
        return Math.min(n, t + 1);
    }

    /** What {@code \s} matches without {@link Pattern#UNICODE_CHARACTER_CLASS}: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Whether the hyphen at {@code s[i]} may end a line once the passes before the whitespace pass have run: only
     * spaces, tabs and superscript digits (which go) stand between it and a line break, or a {@code <}, {@code [},
     * {@code ]}, {@code ^} or <code>}</code> whose tag, link or caret may go; the long way then judges it.
     */
    private static boolean mayEndLine(char[] s, int i, int n) {
        int j = i + 1;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || isSuperscriptDigit(s[j]))) {
            j++;
        }
        return j < n && (s[j] == '\n' || s[j] == '<' || s[j] == '[' || s[j] == ']' || s[j] == '^' || s[j] == '}');
    }

    /** Whether {@code s[from, to)} holds a character a pass before the links deletes or needs: {@code <}, {@code ^}, a superscript digit. */
    private static boolean anEarlierPassDeletesNear(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '<' || c == '^' || isSuperscriptDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deletes the spaces at {@code candidates} (ascending) that {@link StraySpaces#isStray} judges stray in
     * {@code s[0, n)}, all judged before any goes, as {@link StraySpaces#delete} does; returns the new length.
     */
    private static int deleteStraySpaces(char[] s, int[] map, int n, int[] candidates, int count) {
        boolean[] keep = null;
        for (int c = 0; c < count; c++) {
            int at = candidates[c];
            if (StraySpaces.isStray(s, n, at, at + 1)) {
                if (keep == null) {
                    keep = allTrue(n);
                }
                keep[at] = false;
            }
        }
        return keep == null ? n : compact(s, map, n, keep);
    }

    /** Keeps, in place, the characters of {@code s[0, n)} whose flag is set, with their offsets; returns the count. */
    private static int compact(char[] s, int[] map, int n, boolean[] keep) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                s[k] = s[i];
                map[k++] = map[i];
            }
        }
        return k;
    }

    /** Whether each span starts at or after the end of the one before: a node's spans, cut line after line. */
    private static boolean inOrder(List<SourceSpan> spans) {
        for (int k = 1; k < spans.size(); k++) {
            if (spans.get(k).start() < spans.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] asciiSet(String chars) {
        boolean[] set = new boolean[0x80];
        for (char c : chars.toCharArray()) {
            set[c] = true;
        }
        return set;
    }

    /** Normalises {@code raw}; {@code markdown} enables the removal of emphasis markers and escapes. */
    public MappedText normalize(MappedText raw, boolean markdown) {
        MappedText t = raw;
        if (markdown) {
            t = stripMarkdown(t);
        }
        // Each pass runs only when the text holds the character its pattern needs: most nodes need few passes, and
        // a substring test is far cheaper than a regular expression over the whole text.
        if (t.text().contains("<sup>")) {
            t = deleteAll(t, SUP_TAG, '<');
        }
        if (hasSuperscriptDigit(t.text())) {
            t = deleteSuperscriptDigits(t);
        }
        if (t.text().contains("^{")) {
            t = unwrapCaretBraces(t);
        }
        if (t.text().contains("](")) {
            t = unwrapLinks(t);
        }
        if (hasHyphenAtLineEnd(t.text())) {
            t = undoHyphenation(t);
            t = deleteWhitespaceAfterHyphen(t);
        }
        t = collapseWhitespace(t);
        t = StraySpaces.delete(t);
        return joinSplitWords(t, null);
    }

    /** Normalises and returns only the text. */
    public String normalizeToString(MappedText raw, boolean markdown) {
        return normalize(raw, markdown).text();
    }

    private static boolean hasSuperscriptDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSuperscriptDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A superscript digit (¹²³⁰⁴–⁹), a footnote reference that PDF extraction or Markdown conversion left. */
    private static boolean isSuperscriptDigit(char c) {
        return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || (c >= '\u2074' && c <= '\u2079');
    }

    /** Whether a hyphen ends a line ({@code -[ \t]*\n}), which both hyphenation patterns need to match. */
    private static boolean hasHyphenAtLineEnd(String s) {
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            int j = i + 1;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code recom-\nmandation}: hyphen and line break go; but {@code государства-\nучастниками}, whose first part the
     * document also writes before a hyphen inside a line, is a compound broken at its hyphen: only the break goes; and
     * so is {@code государств-\nчленов}, written only there, whose parts the language writes in compounds
     * ({@link HyphenatedCompounds}) unless the document writes the joined word too.
     */
    private MappedText undoHyphenation(MappedText t) {
        String s = t.text();
        Matcher m = HYPHEN_BREAK.matcher(s).useTransparentBounds(true);
        boolean[] keep = null;
        for (int from = 0; (from = findHyphenBreak(m, s, from)) >= 0; from = m.end()) {
            if (keep == null) {
                keep = allTrue(t.length());
            }
            int head = m.start();
            while (head > 0 && Character.isLetter(s.charAt(head - 1))) {
                head--;
            }
            int tail = m.end();
            while (tail < s.length() && Character.isLetter(s.charAt(tail))) {
                tail++;
            }
            boolean compound = vocabulary.writesAsCompoundHead(s, head, m.start())
                    || HyphenatedCompounds.eitherIsPart(s.substring(head, m.start()), s.substring(m.end(), tail))
                    && vocabulary.count(s.substring(head, m.start()) + s.substring(m.end(), tail)) == 0;
            for (int i = compound ? m.start() + 1 : m.start(); i < m.end(); i++) {
                keep[i] = false;
            }
        }
        return keep == null ? t : t.filter(keep, null);
    }

    /** Deletes every superscript digit. */
    private static MappedText deleteSuperscriptDigits(MappedText t) {
        String s = t.text();
        boolean[] keep = new boolean[s.length()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = !isSuperscriptDigit(s.charAt(i));
        }
        return t.filter(keep, null);
    }

    /** Deletes every match of {@code p}, each of which opens with {@code opening}. */
    private static MappedText deleteAll(MappedText t, Pattern p, char opening) {
        String s = t.text();
        Matcher m = p.matcher(s);
        boolean[] keep = null;
        for (int from = 0; findOpening(m, s, from, opening, 0) >= 0; from = m.end()) {
            if (keep == null) {
                keep = allTrue(t.length());
            }
            for (int i = m.start(); i < m.end(); i++) {
                keep[i] = false;
            }
        }
        return keep == null ? t : t.filter(keep, null);
    }

    private static MappedText unwrapCaretBraces(MappedText t) {
        // Up to three spaces or tabs before the caret belong to the match.
        return keepOnlyGroup(t, CARET_BRACES, '^', 3);
    }

    private static MappedText unwrapLinks(MappedText t) {
        return keepOnlyGroup(t, LINK, '[', 0);
    }

    /**
     * Deletes each match except its first group (the visible text of a link, the "er" of {@code 1^{er}}); each match
     * opens with up to {@code blanks} spaces or tabs, then {@code opening}.
     */
    private static MappedText keepOnlyGroup(MappedText t, Pattern p, char opening, int blanks) {
        String s = t.text();
        Matcher m = p.matcher(s);
        boolean[] keep = null;
        for (int from = 0; findOpening(m, s, from, opening, blanks) >= 0; from = m.end()) {
            if (keep == null) {
                keep = allTrue(t.length());
            }
            for (int i = m.start(); i < m.end(); i++) {
                keep[i] = i >= m.start(1) && i < m.end(1);
            }
        }
        return keep == null ? t : t.filter(keep, null);
    }

    /**
     * The next match of {@code m}'s pattern at or after {@code from}, as {@code find()} would give it, or -1, for a
     * pattern (without look-arounds or boundaries) whose every match opens with at most {@code blanks} spaces or tabs
     * (possessively) and then {@code opening}: the pattern is tried only before that character,
     * from the first of the blanks there, instead of at every character of the text. A match cannot start further
     * back (the blanks are at most {@code blanks}), nor nearer (the possessive run would take the blanks before it).
     */
    private static int findOpening(Matcher m, String s, int from, char opening, int blanks) {
        int n = s.length();
        for (int at = s.indexOf(opening, from); at >= 0; at = s.indexOf(opening, at + 1)) {
            int start = at;
            while (start > from && at - start < blanks && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '\t')) {
                start--;
            }
            if (m.region(start, n).lookingAt()) {
                return start;
            }
        }
        return -1;
    }

    /** {@code États-\nUnis}: the hyphen is real, only the line break goes. */
    private static MappedText deleteWhitespaceAfterHyphen(MappedText t) {
        String s = t.text();
        Matcher m = HYPHEN_BREAK_UPPER.matcher(s).useTransparentBounds(true);
        boolean[] keep = null;
        for (int from = 0; (from = findHyphenBreak(m, s, from)) >= 0; from = m.end()) {
            if (keep == null) {
                keep = allTrue(t.length());
            }
            for (int i = m.start() + 1; i < m.end(); i++) {
                keep[i] = false;
            }
        }
        return keep == null ? t : t.filter(keep, null);
    }

    /**
     * The next match of a hyphen-break pattern ({@link #HYPHEN_BREAK}, {@link #HYPHEN_BREAK_UPPER}) at or after
     * {@code from}, as {@code find()} would give it, or -1. Every match starts at its hyphen, so the pattern is tried
     * only at hyphens instead of at every character; transparent bounds let its look-behind see the letter before.
     */
    private static int findHyphenBreak(Matcher m, String s, int from) {
        int n = s.length();
        for (int at = s.indexOf('-', from); at >= 0; at = s.indexOf('-', at + 1)) {
            if (m.region(at, n).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /** Runs of whitespace become one space (a no-break space when the run has one); ends are trimmed. */
    static MappedText collapseWhitespace(MappedText t) {
        // Written straight into the result arrays: this pass runs on every node and changes most of them.
        char[] s = t.text().toCharArray();
        int[] map = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            map[i] = t.sourceOffset(i);
        }
        int k = collapse(s, map, s.length);
        return new MappedText(t.source(), new String(s, 0, k), map);
    }

    /**
     * Collapses the whitespace of {@code s[0, n)} in place, moving each kept character's offset in {@code map} with
     * it; returns the new length. The write position never passes the read position, so nothing is read after
     * being overwritten.
     */
    private static int collapse(char[] s, int[] map, int n) {
        int i = 0;
        while (i < n && Blanks.isBlank(s[i])) {
            i++;
        }
        int last = n;
        while (last > i && Blanks.isBlank(s[last - 1])) {
            last--;
        }
        int k = 0;
        while (i < last) {
            char c = s[i];
            if (!Blanks.isBlank(c)) {
                s[k] = c;
                map[k++] = map[i++];
                continue;
            }
            int j = i;
            char chosen = ' ';
            boolean lineBreak = false;
            while (j < last && Blanks.isBlank(s[j])) {
                char w = s[j];
                if (w == '\u00A0' || w == '\u202F') {
                    chosen = w;
                }
                lineBreak |= w == '\n' || w == '\r';
                j++;
            }
            // Chinese puts no space between words: a line break inside Chinese text joins its two sides.
            if (!lineBreak || k == 0 || !isCjk(s[k - 1]) || !isCjk(s[j])) {
                s[k] = chosen;
                map[k++] = map[i];
            }
            i = j;
        }
        return k;
    }

    /** A Han character or CJK punctuation (full-width comma, ideographic full stop). */
    private static boolean isCjk(char c) {
        return c >= '\u2E80' && (c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Joins two words separated by one space when {@link Vocabulary#shouldJoin} says extraction split them. A word
     * bound to a neighbour by an apostrophe or hyphen ("l’", "États-") is never a fragment.
     *
     * @param spans the spans {@code t} was cut from, in order ({@link #inOrder}), when only whitespace was deleted
     *              since; else null. A word of the counted source that lies inside one of them stands whole in
     *              {@code t} (letters are never deleted), so it is stepped over by its counted length instead of
     *              letter by letter.
     */
    private MappedText joinSplitWords(MappedText t, List<SourceSpan> spans) {
        boolean[] keep = joins(t.text().toCharArray(), t.offsets(), t.length(), vocabulary.counted(t), spans);
        return keep == null ? t : t.filter(keep, null);
    }

    /**
     * {@link #joinSplitWords} on the text {@code s[0, n)} with source offsets {@code map}: the characters to keep,
     * or null when no words are joined.
     *
     * @param atSource whether {@code map}'s offsets point into the text the vocabulary counted
     */
    private boolean[] joins(char[] s, int[] map, int n, boolean atSource, List<SourceSpan> spans) {
        // Words of the counted source are looked up where they stand there, without lower-casing or hashing them
        // again; a word whose characters are not one run of the source's (or another text) is lower-cased here.
        boolean stepWords = atSource && spans != null;
        // The spans' bounds in two arrays: read at every word, where a List's get (of several list classes from
        // node to node) would be a call each time.
        int spanCount = stepWords ? spans.size() : 0;
        if (scratchSpanStarts.length < spanCount) {
            scratchSpanStarts = new int[Math.max(spanCount, 2 * scratchSpanStarts.length)];
            scratchSpanEnds = new int[scratchSpanStarts.length];
        }
        int[] spanStarts = scratchSpanStarts;
        int[] spanEnds = scratchSpanEnds;
        for (int k = 0; k < spanCount; k++) {
            SourceSpan sp = spans.get(k);
            spanStarts[k] = sp.start();
            spanEnds[k] = sp.end();
        }
        int span = 0;
        char[] lower = null;
        boolean lowered = false;
        boolean[] keep = null;
        int leftStart = -1;
        int leftEnd = -1;
        int leftSource = -1;
        int i = 0;
        while (i < n) {
            if (!Letters.isLetter(s[i])) {
                i++;
                continue;
            }
            int start = i;
            int rightSource = -1;
            if (stepWords) {
                int at = map[i];
                while (span < spanCount && spanEnds[span] <= at) {
                    span++;
                }
                int length = vocabulary.wordLengthAt(at);
                int end = i + length;
                // The letter at i is the source's at its offset (a separator put between spans is blank); the word
                // counted there lies in this span, so its letters follow it here; it ends where a non-letter follows.
                if (length > 0 && span < spanCount && spanStarts[span] <= at && at + length <= spanEnds[span]
                        && end <= n && (end == n || !Letters.isLetter(s[end]))) {
                    i = end;
                    rightSource = at;
                }
            }
            if (rightSource < 0) {
                while (i < n && Letters.isLetter(s[i])) {
                    i++;
                }
                rightSource = atSource ? sourceRun(map, start, i) : -1;
            }
            boolean freeBefore = start == 0 || !isWordGlue(s[start - 1]);
            boolean freeAfter = i == n || !isWordGlue(s[i]);
            if (leftStart >= 0 && start == leftEnd + 1 && s[leftEnd] == ' ' && freeAfter) {
                boolean join;
                if (leftSource >= 0 && rightSource >= 0) {
                    join = vocabulary.shouldJoinAtSource(leftSource, leftSource + (leftEnd - leftStart), rightSource,
                            rightSource + (i - start));
                } else {
                    if (!lowered) {
                        // Lower-cased once for the look-ups; a rare letter whose lower case is longer falls back per word.
                        lower = LowerCase.aligned(new String(s, 0, n));
                        lowered = true;
                    }
                    join = lower != null ? vocabulary.shouldJoinLowerCase(lower, leftStart, leftEnd, start, i)
                            : vocabulary.shouldJoin(new String(s, leftStart, leftEnd - leftStart), new String(s, start, i - start));
                }
                if (join) {
                    if (keep == null) {
                        keep = allTrue(n);
                    }
                    keep[leftEnd] = false;
                    leftStart = -1;
                    continue;
                }
            }
            leftStart = freeBefore && freeAfter ? start : -1;
            leftEnd = i;
            leftSource = rightSource;
        }
        return keep;
    }

    /** The source offset of the characters {@code [from, to)} when they are one run of the source, else -1. */
    private static int sourceRun(int[] map, int from, int to) {
        int first = map[from];
        for (int k = from + 1; k < to; k++) {
            if (map[k] != first + (k - from)) {
                return -1;
            }
        }
        return first;
    }

    private static boolean isWordGlue(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    /** Removes emphasis markers, heading hashes, list dashes and backslash escapes, keeping escaped characters. */
    private static MappedText stripMarkdown(MappedText t) {
        char[] s = t.text().toCharArray();
        int[] map = java.util.Arrays.copyOf(t.offsets(), s.length);
        int k = stripMarkdown(s, map, s.length);
        return k == s.length ? t : new MappedText(t.source(), new String(s, 0, k), map);
    }

    /**
     * Deletes the Markdown markup of {@code s[0, n)} in place, moving each kept character's offset in {@code map} with
     * it; returns the new length. Every test reads only characters at or after the one judged, which nothing has
     * overwritten yet (the write position never passes the read position).
     */
    private static int stripMarkdown(char[] s, int[] map, int n) {
        int k = 0;
        boolean lineStart = true;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (!lineStart && (c >= 0x80 || !MARKDOWN_INLINE[c])) {
                // Most characters: inside a line, and no line end, escape, emphasis marker or underscore.
                s[k] = c;
                map[k++] = map[i];
                continue;
            }
            if (c == '\n') {
                lineStart = true;
                s[k] = c;
                map[k++] = map[i];
                continue;
            }
            if (lineStart && (c == ' ' || c == '\t')) {
                s[k] = c;
                map[k++] = map[i];
                continue;
            }
            if (lineStart && (c == '#' || c == '>')) {
                // The whole run goes; the line has not started yet.
                while (i + 1 < n && s[i + 1] == c) {
                    i++;
                }
                continue;
            }
            if (lineStart && c == '-' && i + 1 < n && s[i + 1] == ' ') {
                lineStart = false;
                continue;
            }
            lineStart = false;
            if (c == '\\' && i + 1 < n && s[i + 1] < 0x80 && MARKDOWN_ESCAPED[s[i + 1]]) {
                // The backslash goes, the character it escapes stays and is not judged.
                i++;
                s[k] = s[i];
                map[k++] = map[i];
            } else if (c == '*') {
                continue;
            } else if (c == '_' && i + 1 < n && s[i + 1] == '_') {
                i++;
            } else {
                s[k] = c;
                map[k++] = map[i];
            }
        }
        return k;
    }

    private static boolean[] allTrue(int n) {
        boolean[] keep = new boolean[n];
        java.util.Arrays.fill(keep, true);
        return keep;
    }
}
