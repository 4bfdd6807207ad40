package org.compendium.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.SearchHit;
import org.compendium.links.WorkDates.WorkDate;
import org.compendium.model.Citation;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Work;
import org.compendium.store.DocumentStore;
import org.compendium.store.LineageStore;

/**
 * Lineage of agreed language: the provisions whose wording an earlier provision's is taken over into, found at ingest
 * and stored ({@link LineageAtIngest}), or computed on demand (what the evaluation measures).
 *
 * <p>Candidates are the provisions more-like-this finds for a provision ({@link ProvisionSearch#moreLikeThis}, its 40
 * best); each is confirmed by the <b>alignment score</b> — the Dice share of words the two texts keep in the same
 * order, {@code 2 × |LCS| / (words + words)} over {@link WordTokens} words compared regardless of case, punctuation
 * left out, unweighted so that a score means the same for any pair ({@link WordDiff#alignment()}). A pair is a link from {@link #ADAPTS} up, typed
 * {@link Type#REPRODUCES} from {@link #REPRODUCES} up (a few words changed), and oriented from the older work to the
 * newer ({@link #order}); a pair that cannot be oriented (two instruments of one session, or works with no date) is no
 * link. Only agreed language counts — recommendations, preambular and operative paragraphs and their sub-paragraphs of
 * {@link #MIN_WORDS} words or more; a report's narrative paragraphs quote agreed language without adopting it.
 */
public final class Lineage {
    /** How many candidates more-like-this proposes per provision: enough for every meeting that repeated it. */
    static final int CANDIDATES = 40;
    /** The alignment from which the later text reproduces the earlier (measured on the seeds' gold; see the README). */
    public static final double REPRODUCES = 0.82;
    /** The alignment from which the later text adapts the earlier (measured on the seeds' gold; see the README). */
    public static final double ADAPTS = 0.50;
    /** The fewest words a provision needs to be part of a lineage: shorter ones ("a) Les États parties ;") match by chance. */
    static final int MIN_WORDS = 8;
    /**
     * The fewest words of running text a link's two texts must keep in the same order. Two short items pass the
     * alignment floor on what lists of documents share — {@code Ordre du jour provisoire annoté (CTOC/COP/WG.4/2019/1 …)}
     * and {@code … (CTOC/COP/WG.7/2021/1)}, 0.58 — where the words kept are five and the pieces of two symbols; a
     * provision's wording taken over keeps as many words as a provision needs ({@link #MIN_WORDS}). Words of running
     * text are those with a lower-case letter, or of a script without case: not a symbol's {@code CTOC}, {@code WG},
     * not a number.
     */
    static final int MIN_WORDS_KEPT = MIN_WORDS;

    private static final Comparator<WorkDate> DATES = Comparator.nullsFirst(Comparator.comparing(WorkDate::date));

    private final ProvisionSearch search;
    private final WorkDates dates;
    private final LinkEditing.Verdicts verdicts;
    /** The store whose links found at ingest are read, or null to compute them with more-like-this. */
    private final DocumentStore store;
    /** More-like-this for this lineage's life, one query per text (copies of a provision share theirs). */
    private final ProvisionSearch.SimilarTexts similar;
    /** The word bags of the texts compared so far ({@link #words}). */
    private final Map<String, Map<String, Integer>> bags = new java.util.concurrent.ConcurrentHashMap<>();

    /** Lineage as computed, without editors' decisions (what the evaluation measures). */
    public Lineage(ProvisionSearch search, WorkDates dates) {
        this(search, dates, LinkEditing.Verdicts.NONE);
    }

    /** Lineage computed with editors' decisions: confirmed links shown whatever their score, rejected ones left out. */
    public Lineage(ProvisionSearch search, WorkDates dates, LinkEditing.Verdicts verdicts) {
        this(search, dates, verdicts, null);
    }

    private Lineage(ProvisionSearch search, WorkDates dates, LinkEditing.Verdicts verdicts, DocumentStore store) {
        this.search = search;
        this.dates = dates;
        this.verdicts = verdicts;
        this.store = store;
        this.similar = search.similarTexts();
    }

    /**
     * Lineage as the store holds it: the links found at ingest ({@link LineageAtIngest}), read from the store, with
     * their type, direction and diff taken from the current texts of the index, and the editors' decisions.
     */
    public static Lineage settled(DocumentStore store, ProvisionSearch search) {
        return stored(store, search, WorkDates.of(store));
    }

    /** {@link #settled(DocumentStore, ProvisionSearch)} with the works' dates already read. */
    public static Lineage stored(DocumentStore store, ProvisionSearch search, WorkDates dates) {
        return new Lineage(search, dates, LinkEditing.verdicts(store, LinkEditing.LinkType.LINEAGE), store);
    }

    /** Where a link comes from. */
    public enum Origin {
        /** Found by the alignment. */
        COMPUTED,
        /** Confirmed by an editor (found or not). */
        CONFIRMED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How close a later wording stays to the earlier one. */
    public enum Type {
        /** Taken over with few changes: alignment of at least {@link #REPRODUCES}. */
        REPRODUCES,
        /** Taken over and reworded: alignment from {@link #ADAPTS}. */
        ADAPTS;

        /** The lower-case name, as the JSON and the CLI show it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type a score gives, or empty below {@link #ADAPTS}. */
        public static Optional<Type> of(double alignment) {
            return alignment >= Lineage.REPRODUCES ? Optional.of(REPRODUCES)
                    : alignment >= Lineage.ADAPTS ? Optional.of(ADAPTS) : Optional.empty();
        }
    }

    /**
     * One link of lineage.
     *
     * @param ancestor        the earlier provision
     * @param descendant      the later provision, which takes over the earlier one's wording
     * @param type            how closely
     * @param score           the alignment, 0 to 1
     * @param diff            the changes from the ancestor's text to the descendant's
     * @param ancestorDate    when the ancestor's work was adopted, or null when unknown (two meetings told apart by number)
     * @param descendantDate  when the descendant's work was adopted, or null when unknown
     * @param origin          computed, or confirmed by an editor
     */
    public record Link(ProvisionEntry ancestor, ProvisionEntry descendant, Type type, double score, WordDiff diff,
                       WorkDate ancestorDate, WorkDate descendantDate, Origin origin) {
        /** The same link, confirmed by an editor. */
        Link confirmed() {
            return new Link(ancestor, descendant, type, score, diff, ancestorDate, descendantDate, Origin.CONFIRMED);
        }

        /** The pair as citations, older first: what gold and editors' decisions name. */
        public Pair pair() {
            return new Pair(ancestor.citation(), descendant.citation());
        }
    }

    /** An oriented pair of provisions, older first. */
    public record Pair(Citation ancestor, Citation descendant) {
        @Override
        public String toString() {
            return ancestor + " → " + descendant;
        }
    }

    /**
     * A provision's lineage.
     *
     * @param provision   the provision asked about
     * @param date        when its work was adopted, or null when unknown
     * @param ancestors   the earlier provisions its wording comes from, oldest first
     * @param descendants the later provisions that take its wording over, oldest first
     */
    public record Timeline(ProvisionEntry provision, WorkDate date, List<Link> ancestors, List<Link> descendants) {
        public Timeline {
            ancestors = List.copyOf(ancestors);
            descendants = List.copyOf(descendants);
        }
    }

    /** The lineage of the cited provision, or empty when the index holds no provision with that citation. */
    public Optional<Timeline> of(Citation citation) {
        List<ProvisionEntry> selves = search.get(citation);
        if (selves.isEmpty()) {
            return Optional.empty();
        }
        ProvisionEntry self = selves.getFirst();
        List<Link> found = links(self);
        List<Link> ancestors = direct(found.stream().filter(l -> l.descendant().citation().equals(citation)).toList());
        List<Link> descendants = new ArrayList<>();
        for (Link l : found) {
            if (l.ancestor().citation().equals(citation)) {
                // Direct only when no other ancestor of the descendant stands between them.
                List<Link> heirs = new ArrayList<>(links(l.descendant()).stream()
                        .filter(x -> x.descendant().citation().equals(l.descendant().citation())
                                && !x.ancestor().citation().equals(citation)).toList());
                heirs.add(l);
                if (direct(heirs).contains(l)) {
                    descendants.add(l);
                }
            }
        }
        ancestors = settled(citation, self, ancestors, true);
        descendants = settled(citation, self, descendants, false);
        ancestors.sort(Comparator.comparing((Link l) -> l.ancestorDate(), DATES).thenComparing(l -> l.ancestor().citation().toString()));
        descendants.sort(Comparator.comparing((Link l) -> l.descendantDate(), DATES).thenComparing(l -> l.descendant().citation().toString()));
        return Optional.of(new Timeline(self, dates.of(citation.work()).orElse(null), ancestors, descendants));
    }

    /**
     * The links of one side of a timeline as editors settled them: rejected ones out, confirmed ones marked, and the
     * confirmed links the computation did not find added.
     */
    private List<Link> settled(Citation citation, ProvisionEntry self, List<Link> found, boolean ancestors) {
        List<Link> out = new ArrayList<>();
        for (Link l : found) {
            var d = verdicts.of(l.ancestor().citation(), l.descendant().citation().toString());
            if (d.isEmpty()) {
                out.add(l);
            } else if (d.get().verdict() == org.compendium.store.LinkStore.Verdict.CONFIRMED) {
                out.add(l.confirmed());
            }
        }
        for (var d : verdicts.naming(citation)) {
            if (d.verdict() != org.compendium.store.LinkStore.Verdict.CONFIRMED) {
                continue;
            }
            String other = d.source().equals(citation.toString()) ? d.target() : d.source();
            List<ProvisionEntry> others = search.get(Citation.parse(other));
            if (others.isEmpty() || out.stream().anyMatch(l -> l.pair().equals(new Pair(Citation.parse(d.source()), Citation.parse(d.target()))))) {
                continue;
            }
            between(self, others.getFirst()).filter(l -> l.descendant().citation().equals(citation) == ancestors)
                    .filter(l -> l.pair().ancestor().toString().equals(d.source()))
                    .ifPresent(l -> out.add(l.confirmed()));
        }
        return out;
    }

    /**
     * Every direct link among the provisions cited, each pair once (found from either side): what the evaluation
     * measures.
     */
    public List<Link> all(List<Citation> citations) {
        return all(citations, ADAPTS);
    }

    /** {@link #all(List)} with another floor than {@link #ADAPTS}. */
    List<Link> all(List<Citation> citations, double floor) {
        return direct(candidates(citations, floor), floor);
    }

    /** Every pair of the provisions cited scoring at least {@code floor}, direct or not, each pair once. */
    List<Link> candidates(List<Citation> citations, double floor) {
        Map<Pair, Link> found = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<ProvisionEntry> selves = search.get(c);
            if (!selves.isEmpty()) {
                links(selves.getFirst(), floor).forEach(l -> found.putIfAbsent(l.pair(), l));
            }
        }
        return List.copyOf(found.values());
    }

    /** The direct links among {@code candidates} that score at least {@code floor} (the evaluation's sweep). */
    List<Link> direct(List<Link> candidates, double floor) {
        Map<Citation, List<Link>> byDescendant = new LinkedHashMap<>();
        candidates.stream().filter(l -> l.score() >= floor)
                .forEach(l -> byDescendant.computeIfAbsent(l.descendant().citation(), k -> new ArrayList<>()).add(l));
        return byDescendant.values().stream().flatMap(group -> direct(group).stream()).toList();
    }

    /**
     * The direct links among the links to one descendant: a link A → C is left out when another ancestor B of C is
     * newer than A and keeps at least as much of A's wording as C does (A's words reached C through B: res. 5/3
     * op. 24 → res. 6/3 op. 22 → res. 11/5 op. 21).
     */
    private List<Link> direct(List<Link> toOneDescendant) {
        List<Link> out = new ArrayList<>();
        for (Link a : toOneDescendant) {
            boolean through = false;
            for (Link b : toOneDescendant) {
                if (b != a && order(a.ancestor().citation().work(), b.ancestor().citation().work()) < 0
                        && WordDiff.betweenIgnoringCase(a.ancestor().text(), b.ancestor().text()).alignment() >= a.score()) {
                    through = true;
                    break;
                }
            }
            if (!through) {
                out.add(a);
            }
        }
        return out;
    }

    /** The link between two provisions, whatever their score (an editor's confirmed pair), or empty when unoriented. */
    public Optional<Link> between(ProvisionEntry a, ProvisionEntry b) {
        int order = order(a.citation().work(), b.citation().work());
        if (order == 0) {
            return Optional.empty();
        }
        ProvisionEntry older = order < 0 ? a : b;
        ProvisionEntry newer = order < 0 ? b : a;
        WordDiff diff = WordDiff.betweenIgnoringCase(older.text(), newer.text());
        double score = diff.alignment();
        return Optional.of(new Link(older, newer, Type.of(score).orElse(Type.ADAPTS), score, diff,
                dates.of(older.citation().work()).orElse(null), dates.of(newer.citation().work()).orElse(null),
                Origin.COMPUTED));
    }

    private List<Link> links(ProvisionEntry self) {
        return store == null ? links(self, ADAPTS) : storedLinks(self);
    }

    /**
     * The links of a provision found at ingest, scored again on the texts the index holds now (a pair whose other end
     * the index lacks is left out until the index has it).
     */
    private List<Link> storedLinks(ProvisionEntry self) {
        if (!agreedLanguage(self)) {
            return List.of();
        }
        java.util.Set<Citation> others = new java.util.LinkedHashSet<>();
        for (LineageStore.StoredLink s : store.lineage().naming(self.citation())) {
            others.add(s.ancestor().equals(self.citation()) ? s.descendant() : s.ancestor());
        }
        List<Link> out = new ArrayList<>();
        for (Citation c : others) {
            List<ProvisionEntry> other = search.get(c);
            if (!other.isEmpty() && agreedLanguage(other.getFirst())) {
                between(self, other.getFirst()).filter(l -> holds(l, ADAPTS)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The links of a provision computed now: its more-like-this candidates in other works confirmed by the
     * alignment, older or newer (what is stored at ingest).
     */
    public List<Link> computed(ProvisionEntry self) {
        return links(self, ADAPTS);
    }

    private List<Link> links(ProvisionEntry self, double floor) {
        if (!agreedLanguage(self)) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        Map<String, Integer> own = words(self.text());
        int ownWords = own.values().stream().mapToInt(Integer::intValue).sum();
        for (SearchHit hit : similar.moreLikeThis(self.citation(), CANDIDATES)) {
            ProvisionEntry other = hit.provision();
            if (other.kind() == ProvisionKind.PARAGRAPH || other.citation().work().equals(self.citation().work())) {
                continue;
            }
            Map<String, Integer> theirs = words(other.text());
            int theirWords = theirs.values().stream().mapToInt(Integer::intValue).sum();
            // The words both texts have, in any order, bound the alignment (words kept in order) from above: a pair
            // that cannot reach the floor is not diffed (most candidates; the diff is what costs).
            if (theirWords < MIN_WORDS || 2.0 * shared(own, theirs) / (ownWords + theirWords) < floor) {
                continue;
            }
            between(self, other).filter(l -> holds(l, floor)).ifPresent(out::add);
        }
        return out;
    }

    /** Whether a pair is a link at {@code floor}: aligned that well, and keeping {@link #MIN_WORDS_KEPT} words in order. */
    private static boolean holds(Link link, double floor) {
        return link.score() >= floor && runningWordsKept(link.diff()) >= MIN_WORDS_KEPT;
    }

    /** How many words of running text ({@link #MIN_WORDS_KEPT}) the diff's two texts keep in the same order. */
    static int runningWordsKept(WordDiff diff) {
        int kept = 0;
        for (WordDiff.Segment s : diff.segments()) {
            if (s.op() == WordDiff.Op.SAME) {
                for (WordTokens.Token t : WordTokens.of(s.text())) {
                    if (t.isWord() && t.text().codePoints().anyMatch(c -> Character.isLowerCase(c) || Character.getType(c) == Character.OTHER_LETTER)) {
                        kept++;
                    }
                }
            }
        }
        return kept;
    }

    /**
     * A text's words as the alignment compares them (lower case, punctuation left out), with how often each occurs;
     * kept per text for this lineage's life (one ingest run sees the same candidates again and again).
     */
    private Map<String, Integer> words(String text) {
        return bags.computeIfAbsent(text, Lineage::bag);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (WordTokens.Token t : WordTokens.of(text)) {
            if (t.isWord()) {
                out.merge(t.key().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return out;
    }

    /** How many words two bags have in common, each as often as the rarer side has it. */
    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return n;
    }

    /** Whether a provision is agreed language long enough to take part in a lineage. */
    static boolean agreedLanguage(ProvisionEntry p) {
        return p.kind() != ProvisionKind.PARAGRAPH
                && WordTokens.of(p.text()).stream().filter(WordTokens.Token::isWord).count() >= MIN_WORDS;
    }

    /**
     * Which of two works is older: negative when {@code a} is, positive when {@code b} is, 0 when they cannot be told
     * apart. Two COP instruments by session, two meetings of one working group by meeting number, a draft and a COP instrument by session; otherwise by the
     * works' dates ({@link WorkDates}), and not when one knows only its year and the years are the same.
     */
    int order(Work a, Work b) {
        if (a instanceof Work.CopInstrument x && b instanceof Work.CopInstrument y) {
            return Integer.compare(x.session(), y.session());
        }
        if (a instanceof Work.MeetingReport x && b instanceof Work.MeetingReport y && x.body() == y.body()) {
            return Integer.compare(x.meeting(), y.meeting());
        }
        // A draft comes before what its session adopts, and after what earlier sessions adopted.
        Optional<Integer> draftA = dates.draftSession(a);
        if (draftA.isPresent() && b instanceof Work.CopInstrument y) {
            return draftA.get() <= y.session() ? -1 : 1;
        }
        Optional<Integer> draftB = dates.draftSession(b);
        if (draftB.isPresent() && a instanceof Work.CopInstrument x) {
            return draftB.get() <= x.session() ? 1 : -1;
        }
        Optional<WorkDate> da = dates.of(a);
        Optional<WorkDate> db = dates.of(b);
        if (da.isEmpty() || db.isEmpty()) {
            return 0;
        }
        if ((da.get().yearOnly() || db.get().yearOnly()) && da.get().date().getYear() == db.get().date().getYear()) {
            // The Conference meets at most once a year: a draft issued that year was negotiated at the session that
            // adopted the year's instruments, so it came first.
            return 0;
        }
        return da.get().date().compareTo(db.get().date());
    }
}
