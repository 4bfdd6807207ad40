package org.compendium.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Eid;
import org.compendium.model.IndexPart;
import org.compendium.model.Work;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeLink;
import org.compendium.model.ThemeVerdict;
import org.compendium.parse.french.FrenchDates;
import org.compendium.parse.french.FrenchOrdinals;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexReference;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * Assembles an {@link Edition} from the store: the stored compendium's parts A and B (its provisions, meeting and
 * session headings, instrument titles), meetings in range that the compendium lacks from their stored meeting reports
 * (references {@code VIII.3}), and the index from the theme store — imported links, plus editors' accepted and added
 * themes, minus rejected ones (the latest decision per provision and theme wins).
 *
 * <p>Nothing asked for is dropped silently: a meeting or session in range that the store does not hold, and index
 * links to provisions outside the edition, are listed in {@link Edition#notes()}.
 */
public final class EditionBuilder {
    private final DocumentStore store;

    public EditionBuilder(DocumentStore store) {
        this.store = store;
    }

    /**
     * Builds the edition.
     *
     * @throws MissingInputException when the store holds no compendium of the body or no imported index for it
     */
    public Edition build(EditionRequest request) {
        Body body = request.body();
        Optional<ParsedDocument> compendium = store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM).withBody(body)).stream()
                .reduce((a, b) -> b);
        Map<Integer, ParsedDocument> reports = new TreeMap<>();
        for (ParsedDocument r : store.loadAll(DocumentFilter.ALL.withType(DocumentType.MEETING_REPORT).withBody(body))) {
            if (r.metadata().meeting() != null && r.metadata().language() == languageOf(request)) {
                reports.put(r.metadata().meeting(), r);
            }
        }
        Map<Integer, List<ParsedDocument>> instruments = new TreeMap<>();
        for (DocumentType type : List.of(DocumentType.DECISION, DocumentType.RESOLUTION)) {
            for (ParsedDocument d : store.loadAll(DocumentFilter.ALL.withType(type))) {
                if (d.work() instanceof Work.CopInstrument i && d.metadata().language() == languageOf(request)
                        && EditionSubjects.concerns(d, body)) {
                    instruments.computeIfAbsent(i.session(), k -> new ArrayList<>()).add(d);
                }
            }
        }
        if (compendium.isEmpty() && reports.isEmpty() && instruments.isEmpty()) {
            throw new MissingInputException("the store holds no compendium, meeting report or COP resolution of "
                    + body.code() + " to publish; run `compendium ingest` on them (e.g. ../shared/corpus/fr) first");
        }
        List<Theme> themes = store.themes().themes().stream().filter(t -> t.scope() == body).toList();
        List<String> notes = new ArrayList<>();
        if (themes.isEmpty() && compendium.isPresent()) {
            throw new MissingInputException("the store holds no thematic index of " + body.code()
                    + "; run `compendium themes import` first");
        }
        if (themes.isEmpty()) {
            notes.add("no thematic index: the store has no theme of " + body.code() + "; editors create them with "
                    + "`compendium themes create --scope " + body.code() + "` and assign them with `themes add`");
        }
        List<ThemeLink> links = store.themes().links();

        Map<Integer, List<Provision>> compendiumMeetings = compendium.map(c -> group(c, "A", Provision::meeting)).orElse(new TreeMap<>());
        Map<Integer, List<Provision>> compendiumSessions = compendium.map(c -> group(c, "B", Provision::session)).orElse(new TreeMap<>());
        NumberRange meetings = request.meetings() != null ? request.meetings() : span(union(compendiumMeetings.keySet(), reports.keySet()));
        NumberRange sessions = request.sessions() != null ? request.sessions() : span(union(compendiumSessions.keySet(), instruments.keySet()));

        List<Meeting> partA = new ArrayList<>();
        for (int n = meetings.from(); n <= meetings.to(); n++) {
            int meeting = n;
            Optional<Meeting> m = compendiumMeetings.containsKey(n)
                    ? Optional.of(fromCompendium(compendium.get(), n, compendiumMeetings.get(n), links))
                    : Optional.ofNullable(reports.get(n)).map(r -> fromReport(r, meeting));
            m.ifPresentOrElse(partA::add, notesAdder(notes, "meeting " + n + " of " + body.code()
                    + ": neither in a stored compendium nor a stored meeting report"));
        }
        List<Session> partB = new ArrayList<>();
        for (int n = sessions.from(); n <= sessions.to(); n++) {
            if (compendiumSessions.containsKey(n)) {
                partB.add(session(compendium.get(), n, compendiumSessions.get(n)));
            } else if (instruments.containsKey(n)) {
                partB.add(fromInstruments(n, instruments.get(n)));
            } else {
                notes.add("session " + n + ": no stored COP resolution or decision concerns " + body.code()
                        + " (the rule: " + EditionSubjects.describe(body) + ")");
            }
        }
        String title = compendium.map(EditionBuilder::title).orElseGet(() -> FrenchText.editionTitle(body));
        List<String> introduction = compendium.map(EditionBuilder::introduction).orElseGet(() -> FrenchText.introduction(body, partA, partB));
        Edition draft = new Edition(body, request.language(), meetings, sessions, title, introduction, partA, partB, List.of(), List.of());
        List<IndexTheme> index = index(draft, themes, links, store.themes().decisions(), request.language(), notes);
        return new Edition(body, request.language(), meetings, sessions, draft.title(), draft.introduction(), partA, partB,
                index, notes);
    }

    private static org.compendium.model.Language languageOf(EditionRequest request) {
        return org.compendium.model.Language.fromCodeOrUndetermined(request.language());
    }

    private static java.util.SortedSet<Integer> union(java.util.Set<Integer> a, java.util.Set<Integer> b) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** A session of part B from the stored resolutions and decisions themselves (no compendium holds it). */
    private static Session fromInstruments(int n, List<ParsedDocument> documents) {
        String roman = FrenchOrdinals.toRoman(n);
        List<Instrument> out = new ArrayList<>();
        for (ParsedDocument d : documents) {
            List<Entry> entries = d.provisions().stream().map(p -> entry(sessionReference(roman, p), p)).toList();
            out.add(new Instrument(instrumentName(d.work()), FrenchText.plain(d.metadata().title()), "", entries));
        }
        return new Session(n, roman, FrenchText.heading(n, "session", documents.getFirst().metadata().dates()), null, out);
    }

    /** {@code XI.al. 3}, {@code XI.4}, {@code XI.4.b}: how the index cites a COP instrument's paragraphs. */
    private static String sessionReference(String roman, Provision p) {
        if (p.kind() == org.compendium.model.ProvisionKind.PREAMBULAR) {
            return roman + ".al. " + p.number();
        }
        return reference(roman, p);
    }

    private static Runnable notesAdder(List<String> notes, String note) {
        return () -> notes.add(note);
    }

    private static Map<Integer, List<Provision>> group(ParsedDocument compendium, String part, Function<Provision, Integer> key) {
        Map<Integer, List<Provision>> out = new TreeMap<>();
        for (Provision p : compendium.provisions()) {
            if (!p.path().isEmpty() && p.path().getFirst().equals(part) && key.apply(p) != null) {
                out.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    private static NumberRange span(java.util.SortedSet<Integer> numbers) {
        return numbers.isEmpty() ? new NumberRange(1, 1) : new NumberRange(numbers.first(), numbers.last());
    }

    private static String title(ParsedDocument compendium) {
        return FrenchText.plain(compendium.metadata().title());
    }

    /** The introduction's paragraphs: the running text after the heading {@code Introduction}, up to the next heading. */
    private static List<String> introduction(ParsedDocument compendium) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (Segment s : compendium.segments()) {
            if (s.kind() == SegmentKind.HEADING) {
                break;
            }
            if (s.kind() != SegmentKind.TEXT) {
                continue;
            }
            if (s.text().strip().equals("Introduction")) {
                in = true;
            } else if (in && s.text().strip().startsWith("Recueil des recommandations")) {
                in = false;
            } else if (in) {
                out.add(FrenchText.plain(s.text()));
            }
        }
        return out;
    }

    private static Optional<Segment> heading(ParsedDocument doc, String part, String roman) {
        return doc.segments().stream().filter(s -> s.kind() == SegmentKind.HEADING && s.path().equals(List.of(part, roman))
                && s.label().equals(roman)).findFirst();
    }

    /** The dates of a heading such as {@code I. Première réunion, du 30 mai au 1er juin 2012}, or null. */
    static DateRange headingDates(String heading) {
        int comma = heading.indexOf(", ");
        return comma < 0 ? null : FrenchDates.parseRange(heading.substring(comma + 2)).orElse(null);
    }

    private Meeting fromCompendium(ParsedDocument compendium, int n, List<Provision> provisions, List<ThemeLink> links) {
        String roman = FrenchOrdinals.toRoman(n);
        String heading = heading(compendium, "A", roman).map(s -> FrenchText.plain(s.text())).orElse(FrenchText.heading(n, "réunion", null));
        List<Entry> entries = new ArrayList<>();
        for (Provision p : provisions) {
            entries.add(entry(p.label() != null ? p.label() : reference(roman, p), p));
        }
        String symbol = links.stream().filter(l -> l.reportSymbol() != null && l.label() != null && l.label().startsWith(roman + ".")
                        && IndexPart.of(l.citation().work()) == IndexPart.A)
                .collect(Collectors.groupingBy(ThemeLink::reportSymbol, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new Meeting(n, roman, heading, headingDates(heading), symbol, compendium.source(), entries);
    }

    /** A meeting no compendium holds, from its stored meeting report: its recommendations and their sub-paragraphs. */
    private static Meeting fromReport(ParsedDocument report, int n) {
        String roman = FrenchOrdinals.toRoman(n);
        List<Entry> entries = new ArrayList<>();
        for (Provision p : report.provisions()) {
            if (p.citation().eId().main().series() == Eid.Series.RECOMMENDATION) {
                entries.add(entry(reference(roman, p), p));
            }
        }
        DateRange dates = report.metadata().dates();
        String symbol = report.metadata().symbol() != null ? report.metadata().symbol().value()
                : report.work().toString();
        return new Meeting(n, roman, FrenchText.heading(n, "réunion", dates), dates, symbol, report.source(), entries);
    }

    /** {@code VIII.3}, {@code VIII.3.a}: the meeting's roman numeral, the number, the sub-paragraph labels. */
    private static String reference(String roman, Provision p) {
        StringBuilder sb = new StringBuilder(roman).append('.').append(p.citation().main().number());
        p.citation().subdivisions().forEach(s -> sb.append('.').append(s));
        return sb.toString();
    }

    private static Entry entry(String reference, Provision p) {
        String number = p.printedNumber();
        String text = FrenchText.plain(p.text());
        String verb = p.leadingVerb() != null && text.startsWith(p.leadingVerb()) ? p.leadingVerb() : null;
        return new Entry(reference, p.citation(), number, p.depth(), verb, text);
    }

    private static Session session(ParsedDocument compendium, int n, List<Provision> provisions) {
        String roman = FrenchOrdinals.toRoman(n);
        String heading = heading(compendium, "B", roman).map(s -> FrenchText.plain(s.text())).orElse(FrenchText.heading(n, "session", null));
        Map<Work, List<Provision>> byWork = new LinkedHashMap<>();
        for (Provision p : provisions) {
            byWork.computeIfAbsent(p.citation().work(), k -> new ArrayList<>()).add(p);
        }
        List<Instrument> instruments = new ArrayList<>();
        for (Map.Entry<Work, List<Provision>> w : byWork.entrySet()) {
            String number = w.getKey() instanceof Work.CopInstrument i ? i.numberText() : w.getKey().toString();
            String name = instrumentName(w.getKey());
            List<Segment> own = instrumentSegments(compendium, roman, number);
            String title = own.stream().filter(s -> s.label().equals("title")).map(s -> FrenchText.plain(s.text())).findFirst().orElse("");
            String opening = own.stream().filter(s -> s.label().equals("opening")).map(s -> FrenchText.plain(s.text())).findFirst().orElse("");
            instruments.add(new Instrument(name, title, opening,
                    w.getValue().stream().map(p -> entry(p.label() != null ? p.label() : reference(roman, p), p)).toList()));
        }
        return new Session(n, roman, heading, headingDates(heading), instruments);
    }

    /** The front matter (title, opening formula) following the instrument's heading within its session. */
    private static List<Segment> instrumentSegments(ParsedDocument compendium, String roman, String number) {
        List<Segment> out = new ArrayList<>();
        boolean in = false;
        for (Segment s : compendium.segments()) {
            if (s.kind() == SegmentKind.HEADING) {
                in = s.path().equals(List.of("B", roman)) && s.label().equals(number);
            } else if (in && s.kind() == SegmentKind.FRONT_MATTER) {
                out.add(s);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------- index

    private record Ref(Entry entry, int order, IndexPart part, int group, String symbol, String instrument, String number) {
    }

    private static List<IndexTheme> index(Edition edition, List<Theme> themes, List<ThemeLink> links, List<ThemeDecision> decisions,
                                          String language, List<String> notes) {
        Map<Citation, Integer> order = new HashMap<>();
        Map<Citation, Entry> entries = new HashMap<>();
        Map<Citation, Integer> groupOf = new HashMap<>();
        Map<Citation, Meeting> meetingOf = new HashMap<>();
        for (Meeting m : edition.partA()) {
            for (Entry e : m.entries()) {
                groupOf.put(e.citation(), m.number());
                meetingOf.put(e.citation(), m);
            }
        }
        for (Session s : edition.partB()) {
            s.instruments().forEach(i -> i.entries().forEach(e -> groupOf.put(e.citation(), s.number())));
        }
        for (Entry e : edition.entries()) {
            order.put(e.citation(), order.size());
            entries.put(e.citation(), e);
        }
        Map<String, ThemeVerdict> verdicts = new HashMap<>();
        for (ThemeDecision d : decisions) {
            verdicts.put(d.themeId() + "\n" + d.citation(), d.verdict());
        }
        Map<Integer, Boolean> separate = separatelyNumbered(edition, links);
        Map<Citation, ThemeLink> anyLink = new HashMap<>();
        links.forEach(l -> anyLink.putIfAbsent(l.citation(), l));
        Map<Integer, String> sessionSymbols = new HashMap<>();
        for (ThemeLink l : links) {
            Entry e = entries.get(l.citation());
            if (e != null && e.cop() && l.reportSymbol() != null) {
                sessionSymbols.putIfAbsent(groupOf.get(l.citation()), l.reportSymbol());
            }
        }

        Map<String, List<ThemeLink>> linksByTheme = links.stream().collect(Collectors.groupingBy(ThemeLink::themeId, LinkedHashMap::new, Collectors.toList()));
        List<IndexTheme> out = new ArrayList<>();
        int outside = 0;
        for (Theme theme : themes) {
            Map<Citation, Ref> refs = new LinkedHashMap<>();
            for (ThemeLink l : linksByTheme.getOrDefault(theme.id(), List.of())) {
                Entry e = entries.get(l.citation());
                if (e == null) {
                    outside++;
                    continue;
                }
                if (verdicts.get(theme.id() + "\n" + l.citation()) == ThemeVerdict.REJECTED) {
                    continue;
                }
                refs.putIfAbsent(l.citation(), new Ref(e, order.get(l.citation()), e.cop() ? IndexPart.B : IndexPart.A, groupOf.get(l.citation()),
                        l.reportSymbol(), l.instrument(), l.reportNumber()));
            }
            for (Map.Entry<String, ThemeVerdict> v : verdicts.entrySet()) {
                String[] key = v.getKey().split("\n", 2);
                if (!key[0].equals(theme.id()) || v.getValue() == ThemeVerdict.REJECTED) {
                    continue;
                }
                Citation c = Citation.parse(key[1]);
                Entry e = entries.get(c);
                if (e == null || refs.containsKey(c)) {
                    continue;
                }
                int group = groupOf.get(c);
                ThemeLink known = anyLink.get(c);
                Ref r = e.cop()
                        ? new Ref(e, order.get(c), IndexPart.B, group, known != null ? known.reportSymbol() : sessionSymbols.get(group),
                                instrumentName(c), ownNumber(e.reference()))
                        : new Ref(e, order.get(c), IndexPart.A, group, meetingOf.get(c).reportSymbol(), null,
                                known != null ? known.reportNumber() : separate.getOrDefault(group, false) ? ownNumber(e.reference()) : null);
                refs.put(c, r);
            }
            List<Ref> sorted = refs.values().stream().sorted(Comparator.comparingInt(Ref::order)).toList();
            List<IndexRow> rows = new ArrayList<>();
            List<Ref> pending = new ArrayList<>();
            for (Ref r : sorted) {
                if (!pending.isEmpty() && !sameRow(pending.getFirst(), r)) {
                    rows.add(row(pending, separate));
                    pending.clear();
                }
                pending.add(r);
            }
            if (!pending.isEmpty()) {
                rows.add(row(pending, separate));
            }
            if (!rows.isEmpty()) {
                out.add(new IndexTheme(theme.id(), theme.label(language), rows));
            }
        }
        if (outside > 0) {
            notes.add(outside + " index links point to provisions outside this edition's meetings and sessions");
        }
        return out;
    }

    private static boolean sameRow(Ref a, Ref b) {
        return a.part() == b.part() && a.group() == b.group() && Objects.equals(a.symbol(), b.symbol())
                && Objects.equals(a.instrument(), b.instrument());
    }

    private static IndexRow row(List<Ref> refs, Map<Integer, Boolean> separate) {
        Ref first = refs.getFirst();
        List<String> numbers = refs.stream().map(r -> r.number() == null ? "" : r.number()).filter(s -> !s.isEmpty()).toList();
        String cell = FrenchText.list(numbers);
        boolean recommendations = first.part() == IndexPart.A && separate.getOrDefault(first.group(), false);
        return new IndexRow(first.part(),
                refs.stream().map(r -> new IndexReference(r.entry().reference(), r.entry().citation(), r.number())).toList(),
                first.symbol(), first.instrument(), recommendations ? "" : cell, recommendations ? cell : "");
    }

    private static String instrumentName(Citation c) {
        return instrumentName(c.work());
    }

    /** {@code Résolution 5/3}, {@code Décision 2/4}; the work itself for anything else. */
    private static String instrumentName(Work work) {
        if (work instanceof Work.CopInstrument i) {
            return (i.kind() == Work.InstrumentKind.RESOLUTION ? "Résolution " : "Décision ") + i.numberText();
        }
        return work.toString();
    }

    /**
     * The number a reference gives within its meeting or instrument, as the index's number columns write it:
     * {@code V.2.e} gives {@code 2 e)}, {@code I.b.iii} gives {@code b) iii)}, {@code VI.al. 5} gives {@code al. 5}.
     */
    static String ownNumber(String reference) {
        String[] parts = reference.substring(reference.indexOf('.') + 1).split("\\.(?! )");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(p.matches("[0-9]+") || p.startsWith("al") ? p : p + ")");
        }
        return sb.toString();
    }

    /**
     * Which meetings' reports number their recommendations separately (the index then gives recommendation numbers,
     * not report paragraphs): a meeting from a stored report, and a compendium meeting whose every imported link
     * gives the recommendation's own number (a meeting from a stored report has no imported links).
     */
    private static Map<Integer, Boolean> separatelyNumbered(Edition edition, List<ThemeLink> links) {
        Map<Integer, Boolean> out = new HashMap<>();
        for (Meeting m : edition.partA()) {
            List<ThemeLink> own = links.stream().filter(l -> l.label() != null && IndexPart.of(l.citation().work()) == IndexPart.A
                    && l.label().startsWith(m.roman() + ".") && m.entries().stream().anyMatch(e -> e.citation().equals(l.citation()))).toList();
            out.put(m.number(), own.isEmpty() ? true
                    : own.stream().allMatch(l -> ownNumber(l.label()).equals(l.reportNumber())));
        }
        return out;
    }
}
