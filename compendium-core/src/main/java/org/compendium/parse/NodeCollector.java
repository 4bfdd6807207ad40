package org.compendium.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.BodyCoverage;
import org.compendium.model.Citation;
import org.compendium.model.Coverage;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceSpan;

/**
 * Collects the provisions and segments a structure reader finds, normalising their text, and measures how much of
 * the source they account for.
 */
public final class NodeCollector {
    private final SourceLines lines;
    private final TextNormalizer normalizer;
    private final boolean markdown;
    private final List<Provision> provisions = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final Function<String, String> leadingVerbs;

    /** A collector for a French document. */
    public NodeCollector(SourceLines lines, TextNormalizer normalizer, boolean markdown) {
        this(lines, normalizer, markdown, LeadingVerbs::guess);
    }

    /**
     * @param leadingVerbs reads the leading verb phrase of a normalised resolution paragraph in the document's
     *                     language, or null when it has none
     */
    public NodeCollector(SourceLines lines, TextNormalizer normalizer, boolean markdown, Function<String, String> leadingVerbs) {
        this.lines = lines;
        this.normalizer = normalizer;
        this.markdown = markdown;
        this.leadingVerbs = leadingVerbs;
    }

    /** The leading verb phrase of a normalised resolution paragraph, in the document's language, or null. */
    public String leadingVerb(String text) {
        return leadingVerbs.apply(text);
    }

    public SourceLines lines() {
        return lines;
    }

    /** The normalised text of the given source ranges. */
    public MappedText normalized(List<SourceSpan> spans) {
        return normalizer.normalize(lines.source(), spans, markdown);
    }

    /** The normalised text of the given source ranges, without its offsets (what a node keeps). */
    public String normalizedText(List<SourceSpan> spans) {
        return normalizer.normalizedText(lines.source(), spans, markdown);
    }

    /** The normalised text of the given source ranges, without the leading label that {@code labelPattern} matches. */
    public String textWithoutLabel(List<SourceSpan> spans, Pattern labelPattern) {
        String text = normalizedText(spans);
        if (labelPattern != null) {
            Matcher m = labelPattern.matcher(text);
            if (m.lookingAt()) {
                text = text.substring(m.end()).strip();
            }
        }
        return text;
    }

    public void add(Provision provision) {
        provisions.add(provision);
    }

    /** Adds a provision built from a draft. */
    public Provision addProvision(Citation citation, ProvisionKind kind, String number, List<String> path, String label,
                                  String text, String leadingVerb, List<SourceSpan> spans, Integer meeting, Integer session) {
        Provision p = new Provision(citation, kind, number, path, label, text, leadingVerb, spans, meeting, session);
        provisions.add(p);
        return p;
    }

    /** Adds a segment, normalising its text from its spans. */
    public void addSegment(SegmentKind kind, String label, List<String> path, List<SourceSpan> spans) {
        if (spans.isEmpty()) {
            return;
        }
        segments.add(new Segment(kind, label, normalizedText(spans), path, spans));
    }

    /** Adds a segment whose text is the source text itself, not normalised (a table row whose tabs are its cells). */
    public void addRawSegment(SegmentKind kind, List<SourceSpan> spans) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan s : spans) {
            text.append(lines.source(), s.start(), s.end());
        }
        segments.add(new Segment(kind, "", text.toString(), List.of(), spans));
    }

    public List<Provision> provisions() {
        return provisions;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The normalised texts of all nodes in source order, one per line: what metadata beyond the opening is read from. */
    public String documentText() {
        // Each node's first offset and its index (provisions first, then segments) in one long, sorted: the order of a
        // stable sort by offset, without boxing.
        int count = provisions.size() + segments.size();
        long[] order = new long[count];
        int k = 0;
        long total = 0;
        for (Provision p : provisions) {
            order[k] = (long) p.start() << 32 | k;
            total += p.text().length() + 1;
            k++;
        }
        for (Segment s : segments) {
            order[k] = (long) (s.spans().isEmpty() ? -1 : s.spans().getFirst().start()) << 32 | k;
            total += s.text().length() + 1;
            k++;
        }
        java.util.Arrays.sort(order);
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, total));
        for (long o : order) {
            int index = (int) o;
            sb.append(index < provisions.size() ? provisions.get(index).text() : segments.get(index - provisions.size()).text())
                    .append('\n');
        }
        return sb.toString();
    }

    /** Both measures of how much of the source the nodes account for, taken in one pass. */
    public record Measures(Coverage coverage, BodyCoverage body) {
    }

    /**
     * Counts the source's non-whitespace characters by how many nodes claim them ({@link Coverage}), and by what claims
     * them ({@link BodyCoverage}): inside a provision, or set aside in a heading, footnote, page furniture, front
     * matter or index table segment (a character that both claim counts as a provision's).
     */
    public Measures measure() {
        int n = lines.source().length();
        // What claims a character changes only where a node's span starts or ends: the spans' ends, sorted, part the
        // source into ranges of one claim each (how many nodes claim it: 0, 1, 2 for two or more; and what: nothing,
        // set aside, in a provision), and each range's non-blank characters are counted under its claim.
        int spanCount = 0;
        for (Segment s : segments) {
            spanCount += s.spans().size();
        }
        for (Provision p : provisions) {
            spanCount += p.spans().size();
        }
        long[] events = new long[2 * spanCount];
        int e = 0;
        for (Segment s : segments) {
            e = addEvents(events, e, s.spans(), s.kind() == SegmentKind.TEXT ? TEXT_SPAN : SET_ASIDE_SPAN, n);
        }
        for (Provision p : provisions) {
            e = addEvents(events, e, p.spans(), PROVISION_SPAN, n);
        }
        java.util.Arrays.sort(events, 0, e);
        long[] byClaim = new long[16];
        int owners = 0;
        int setAside = 0;
        int inProvision = 0;
        int at = 0;
        for (int k = 0; k <= e; k++) {
            int next = k < e ? (int) (events[k] >>> 3) : n;
            if (next > at) {
                int claim = Math.min(owners, 2) | (inProvision > 0 ? IN_PROVISION : setAside > 0 ? SET_ASIDE : 0) << 2;
                byClaim[claim] += lines.nonBlank(at, next);
                at = next;
            }
            if (k < e) {
                int code = (int) (events[k] & 7);
                int step = (code & 1) == 0 ? 1 : -1;
                owners += step;
                switch (code >> 1) {
                    case SET_ASIDE_SPAN -> setAside += step;
                    case PROVISION_SPAN -> inProvision += step;
                    default -> {
                    }
                }
            }
        }
        long nonWhitespace = 0;
        long[] byOwners = new long[3];
        long[] byKind = new long[3];
        for (int b = 0; b < byClaim.length; b++) {
            nonWhitespace += byClaim[b];
            if ((b & 3) < 3 && (b >> 2) < 3) {
                byOwners[b & 3] += byClaim[b];
                byKind[b >> 2] += byClaim[b];
            }
        }
        return new Measures(new Coverage(nonWhitespace, byOwners[1], byOwners[0], byOwners[2]),
                new BodyCoverage(nonWhitespace, byKind[IN_PROVISION], byKind[SET_ASIDE]));
    }

    private static final int SET_ASIDE = 1;
    private static final int IN_PROVISION = 2;
    /** What a span's start and end events change: the owner count only, or also the set-aside or provision count. */
    private static final int TEXT_SPAN = 0;
    private static final int SET_ASIDE_SPAN = 1;
    private static final int PROVISION_SPAN = 2;

    /**
     * Writes a start and an end event per span inside the source (offset in the high bits; then the span's sort and
     * whether it ends), from {@code e} on; returns the next free index.
     */
    private static int addEvents(long[] events, int e, List<SourceSpan> spans, int sort, int n) {
        for (SourceSpan s : spans) {
            int start = Math.min(s.start(), n);
            int end = Math.min(s.end(), n);
            if (end > start) {
                events[e++] = (long) start << 3 | sort << 1;
                events[e++] = (long) end << 3 | sort << 1 | 1;
            }
        }
        return e;
    }

    /** The offsets of characters no node claims, as spans, for diagnosing a reader (empty when coverage is complete). */
    public List<SourceSpan> unassigned() {
        String source = lines.source();
        byte[] owners = new byte[source.length()];
        provisions.forEach(p -> mark(owners, p.spans()));
        segments.forEach(s -> mark(owners, s.spans()));
        List<SourceSpan> out = new ArrayList<>();
        int i = 0;
        while (i < owners.length) {
            if (owners[i] == 0 && !Character.isWhitespace(source.charAt(i)) && !Character.isSpaceChar(source.charAt(i))) {
                int j = i;
                while (j < owners.length && owners[j] == 0) {
                    j++;
                }
                out.add(new SourceSpan(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Counts one more claim on the characters of {@code spans}, up to two (the low bits of {@code owners}). */
    private static void mark(byte[] owners, List<SourceSpan> spans) {
        for (SourceSpan s : spans) {
            for (int i = s.start(); i < s.end() && i < owners.length; i++) {
                if ((owners[i] & 3) < 2) {
                    owners[i]++;
                }
            }
        }
    }
}
