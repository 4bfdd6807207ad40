package org.compendium.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compendium.model.Body;
import org.compendium.model.Eid;
import org.compendium.model.IndexPart;
import org.compendium.model.Work;
import org.compendium.model.DateRange;
import org.compendium.model.Language;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.parse.french.FrenchDates;
import org.compendium.parse.french.FrenchOrdinals;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * Assembles an {@link Edition} from the store, in one of the six languages (each provision from the stored version of
 * its work in that language, aligned by eId: {@link LanguageVersions}; part B from the COP instruments the documented
 * rule finds and the editors' {@link PartBList}): the stored compendium's parts A and B (its provisions, meeting and
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
        Language wanted = request.lang();
        EditionTexts texts = EditionTexts.of(wanted);
        Optional<ParsedDocument> compendium = store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM).withBody(body)).stream()
                .reduce((a, b) -> b);
        Map<Integer, LanguageVersions> reports = new TreeMap<>();
        for (LanguageVersions v : LanguageVersions.group(store.loadAll(DocumentFilter.ALL.withType(DocumentType.MEETING_REPORT).withBody(body))).values()) {
            if (v.any().metadata().meeting() != null) {
                reports.putIfAbsent(v.any().metadata().meeting(), v);
            }
        }
        Map<Integer, List<LanguageVersions>> instruments = new TreeMap<>();
        List<ParsedDocument> cop = new ArrayList<>();
        for (DocumentType type : List.of(DocumentType.DECISION, DocumentType.RESOLUTION)) {
            cop.addAll(store.loadAll(DocumentFilter.ALL.withType(type)));
        }
        Map<Work, LanguageVersions> copVersions = LanguageVersions.group(cop);
        List<Work> listed = PartBList.of(store, body);
        for (LanguageVersions v : copVersions.values()) {
            if (v.work() instanceof Work.CopInstrument i && (EditionSubjects.concerns(v.any(), body) || listed.contains(v.work()))) {
                instruments.computeIfAbsent(i.session(), k -> new ArrayList<>()).add(v);
            }
        }
        if (compendium.isEmpty() && reports.isEmpty() && instruments.isEmpty()) {
            throw new MissingInputException("the store holds no compendium, meeting report or COP resolution of "
                    + body.code() + " to publish; run `compendium ingest` on them (e.g. ../shared/corpus/fr) first");
        }
        List<Theme> themes = store.themes().themes().stream().filter(t -> t.scope() == body).toList();
        List<String> notes = new ArrayList<>();
        listed.stream().filter(w -> !copVersions.containsKey(w)).forEach(w -> notes.add("the part B list of " + body.code()
                + " names " + w + ", which the store does not hold; ingest it or `compendium part-b remove` it"));
        if (themes.isEmpty() && compendium.isPresent()) {
            throw new MissingInputException("the store holds no thematic index of " + body.code()
                    + "; run `compendium themes import` first");
        }
        if (themes.isEmpty()) {
            notes.add("no thematic index: the store has no theme of " + body.code() + "; editors create them with "
                    + "`compendium themes create --scope " + body.code() + "` and assign them with `themes add`");
        }
        List<ThemeLink> links = store.themes().links();
        Map<Work, LanguageVersions> versions = new HashMap<>(copVersions);
        reports.values().forEach(v -> versions.put(v.work(), v));
        Assembly a = new Assembly(texts, request.fallback(), versions, new ArrayList<>());

        Map<Integer, List<Provision>> compendiumMeetings = compendium.map(c -> group(c, "A", Provision::meeting)).orElse(new TreeMap<>());
        Map<Integer, List<Provision>> compendiumSessions = compendium.map(c -> group(c, "B", Provision::session)).orElse(new TreeMap<>());
        NumberRange meetings = request.meetings() != null ? request.meetings() : span(union(compendiumMeetings.keySet(), reports.keySet()));
        NumberRange sessions = request.sessions() != null ? request.sessions() : span(union(compendiumSessions.keySet(), instruments.keySet()));

        List<Meeting> partA = new ArrayList<>();
        for (int n = meetings.from(); n <= meetings.to(); n++) {
            int meeting = n;
            Optional<Meeting> m = compendiumMeetings.containsKey(n)
                    ? Optional.of(fromCompendium(compendium.get(), n, compendiumMeetings.get(n), links, a))
                    : Optional.ofNullable(reports.get(n)).map(r -> fromReport(r, meeting, a));
            m.ifPresentOrElse(partA::add, notesAdder(notes, "meeting " + n + " of " + body.code()
                    + ": neither in a stored compendium nor a stored meeting report"));
        }
        List<Session> partB = new ArrayList<>();
        for (int n = sessions.from(); n <= sessions.to(); n++) {
            if (compendiumSessions.containsKey(n)) {
                partB.add(session(compendium.get(), n, compendiumSessions.get(n), a));
            } else if (instruments.containsKey(n)) {
                partB.add(fromInstruments(n, instruments.get(n), a));
            } else {
                notes.add("session " + n + ": no stored COP resolution or decision concerns " + body.code()
                        + " (the rule: " + EditionSubjects.describe(body) + ")");
            }
        }
        boolean ownCompendium = compendium.isPresent() && compendium.get().metadata().language() == wanted;
        String title = ownCompendium ? title(compendium.get()) : texts.primaryTitle(body);
        List<String> introduction = ownCompendium ? introduction(compendium.get())
                : texts.primaryIntroduction(body, partA.stream().map(Meeting::number).toList(), partB.stream().map(Session::number).toList());
        Edition draft = new Edition(body, request.language(), meetings, sessions, title, introduction, partA, partB, List.of(), List.of(),
                List.of());
        List<IndexTheme> index = ThematicIndexAssembly.index(draft, themes, links, store.themes().decisions(), texts, notes);
        if (!a.missing().isEmpty()) {
            notes.add(a.missing().size() + " provisions are not stored in " + wanted.code() + (request.fallback() == null
                    ? " and are left out (--fallback fr|en shows them in French or English, marked)"
                    : "; they are shown in " + request.fallback().code() + ", marked " + texts.fallbackMarker(request.fallback())));
        }
        long frenchLabels = index.stream().filter(t -> t.labelShownIn() != null).count();
        if (frenchLabels > 0) {
            notes.add(frenchLabels + " of " + index.size() + " index themes have no label in " + wanted.code()
                    + ": their French label is shown, marked " + texts.text("marker.label"));
        }
        return new Edition(body, request.language(), meetings, sessions, draft.title(), draft.introduction(), partA, partB,
                index, notes, a.missing());
    }

    /**
     * What assembling one edition needs beside the documents: its texts, the fallback language, every work's stored
     * language versions, and the list of provisions missing in the edition's language (filled as entries are made).
     */
    private record Assembly(EditionTexts texts, Language fallback, Map<Work, LanguageVersions> versions, List<Edition.Missing> missing) {
        Language wanted() {
            return texts.language();
        }

        /**
         * The entry of a provision whose text in the edition's language is {@code own} (null when missing): that text,
         * else the fallback language's with its marker, else nothing (and, both ways, a missing provision recorded).
         */
        Optional<Entry> entry(String reference, Provision skeleton, Provision own, Optional<Provision> inFallback) {
            if (own != null) {
                return Optional.of(EditionBuilder.entry(reference, own, texts));
            }
            Optional<Provision> shown = fallback == null ? Optional.empty() : inFallback;
            missing.add(new Edition.Missing(reference, skeleton.citation(), shown.isPresent() ? fallback : null));
            return shown.map(p -> {
                Entry e = EditionBuilder.entry(reference, p, texts);
                return new Entry(e.reference(), e.citation(), e.number(), e.depth(), e.leadingVerb(), e.text(), fallback);
            });
        }

        /** The provision {@code p} (of any version) in language {@code l}, from the stored versions of its work. */
        Optional<Provision> in(Language l, Provision p) {
            if (p.citation() == null) {
                return Optional.empty();
            }
            LanguageVersions v = versions.get(p.citation().work());
            return v == null ? Optional.empty() : v.provision(l, p.citation().eId());
        }

        /** The aligned entries of one work's provisions kept by {@code keep}. */
        List<Entry> entries(LanguageVersions v, java.util.function.Predicate<Provision> keep, Function<Provision, String> reference) {
            List<Entry> out = new ArrayList<>();
            for (LanguageVersions.Aligned x : v.align(wanted(), keep)) {
                entry(reference.apply(x.skeleton()), x.skeleton(), x.wanted(),
                        fallback == null ? Optional.empty() : v.provision(fallback, x.skeleton().citation().eId())).ifPresent(out::add);
            }
            return out;
        }
    }

    private static java.util.SortedSet<Integer> union(java.util.Set<Integer> a, java.util.Set<Integer> b) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** A session of part B from the stored resolutions and decisions themselves (no compendium holds it). */
    private static Session fromInstruments(int n, List<LanguageVersions> works, Assembly a) {
        String roman = FrenchOrdinals.toRoman(n);
        List<Instrument> out = new ArrayList<>();
        for (LanguageVersions v : works) {
            List<Entry> entries = a.entries(v, p -> true, p -> sessionReference(roman, p, a.texts()));
            out.add(new Instrument(a.texts().instrumentName(v.work()), instrumentTitle(v, a), opening(v, a), entries));
        }
        return new Session(n, roman, a.texts().heading(n, EditionTexts.Noun.SESSION, works.getFirst().any().metadata().dates()), null, out);
    }

    /** The instrument's title in the edition's language, else in the fallback language with its marker, else empty. */
    private static String instrumentTitle(LanguageVersions v, Assembly a) {
        Optional<ParsedDocument> own = v.in(a.wanted());
        if (own.isPresent()) {
            return FrenchText.plain(own.get().metadata().title());
        }
        return a.fallback() == null ? "" : v.in(a.fallback())
                .map(d -> FrenchText.plain(d.metadata().title()) + " " + a.texts().fallbackMarker(a.fallback())).orElse("");
    }

    /** The opening formula ({@code The Conference of the Parties ...,}) of the version in the edition's language, or empty. */
    private static String opening(LanguageVersions v, Assembly a) {
        return v.in(a.wanted()).flatMap(d -> d.segments().stream()
                .filter(s -> s.kind() == SegmentKind.FRONT_MATTER && "opening".equals(s.label())).findFirst())
                .map(s -> FrenchText.plain(s.text())).orElse("");
    }

    /** {@code XI.al. 3}, {@code XI.4}, {@code XI.4.b}: how the index cites a COP instrument's paragraphs. */
    private static String sessionReference(String roman, Provision p, EditionTexts texts) {
        if (p.kind() == org.compendium.model.ProvisionKind.PREAMBULAR) {
            return roman + "." + texts.text("preambular", p.number());
        }
        return reference(roman, p);
    }

    /** A compendium label in the edition's language: {@code VI.al. 5} is {@code VI.PP 5} in English. */
    private static String localLabel(String label, EditionTexts texts) {
        int al = label.indexOf(".al. ");
        return al < 0 || texts.language() == Language.FRENCH ? label
                : label.substring(0, al + 1) + texts.text("preambular", label.substring(al + 5));
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

    /** The dates the compendium's heading of a meeting or session gives, or null. */
    private static DateRange compendiumDates(ParsedDocument compendium, String part, String roman) {
        return heading(compendium, part, roman).map(s -> headingDates(FrenchText.plain(s.text()))).orElse(null);
    }

    /** The dates of a heading such as {@code I. Première réunion, du 30 mai au 1er juin 2012}, or null. */
    static DateRange headingDates(String heading) {
        int comma = heading.indexOf(", ");
        return comma < 0 ? null : FrenchDates.parseRange(heading.substring(comma + 2)).orElse(null);
    }

    private Meeting fromCompendium(ParsedDocument compendium, int n, List<Provision> provisions, List<ThemeLink> links, Assembly a) {
        String roman = FrenchOrdinals.toRoman(n);
        String heading = compendiumHeading(compendium, "A", n, EditionTexts.Noun.MEETING, a);
        List<Entry> entries = compendiumEntries(compendium, roman, provisions, a);
        String symbol = links.stream().filter(l -> l.reportSymbol() != null && l.label() != null && l.label().startsWith(roman + ".")
                        && IndexPart.of(l.citation().work()) == IndexPart.A)
                .collect(Collectors.groupingBy(ThemeLink::reportSymbol, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new Meeting(n, roman, heading, compendiumDates(compendium, "A", roman), symbol, compendium.source(), entries);
    }

    /** A meeting no compendium holds, from its stored meeting report: its recommendations and their sub-paragraphs. */
    private static Meeting fromReport(LanguageVersions versions, int n, Assembly a) {
        String roman = FrenchOrdinals.toRoman(n);
        List<Entry> entries = a.entries(versions, p -> p.citation().eId().main().series() == Eid.Series.RECOMMENDATION, p -> reference(roman, p));
        ParsedDocument report = versions.in(a.wanted()).orElse(versions.any());
        DateRange dates = report.metadata().dates();
        String symbol = report.metadata().symbol() != null ? report.metadata().symbol().value()
                : report.work().toString();
        return new Meeting(n, roman, a.texts().heading(n, EditionTexts.Noun.MEETING, dates), dates, symbol, report.source(), entries);
    }

    /**
     * A meeting's or session's heading in the edition: the compendium's own when the edition is in its language,
     * else written in the edition's language from the compendium heading's dates.
     */
    private static String compendiumHeading(ParsedDocument compendium, String part, int n, EditionTexts.Noun noun, Assembly a) {
        Optional<String> own = heading(compendium, part, FrenchOrdinals.toRoman(n)).map(s -> FrenchText.plain(s.text()));
        if (compendium.metadata().language() == a.wanted()) {
            return own.orElse(a.texts().heading(n, noun, null));
        }
        return a.texts().heading(n, noun, own.map(EditionBuilder::headingDates).orElse(null));
    }

    /**
     * The entries of a compendium's provisions: as printed when the edition is in the compendium's language, else each
     * one's text from the stored version of its work in the edition's language (aligned by eId).
     */
    private static List<Entry> compendiumEntries(ParsedDocument compendium, String roman, List<Provision> provisions, Assembly a) {
        List<Entry> entries = new ArrayList<>();
        boolean own = compendium.metadata().language() == a.wanted();
        for (Provision p : provisions) {
            String reference = p.label() != null ? localLabel(p.label(), a.texts()) : reference(roman, p);
            if (own) {
                entries.add(entry(reference, p, a.texts()));
            } else {
                Optional<Provision> fallback = a.fallback() == compendium.metadata().language() ? Optional.of(p)
                        : a.fallback() == null ? Optional.empty() : a.in(a.fallback(), p);
                a.entry(reference, p, a.in(a.wanted(), p).orElse(null), fallback).ifPresent(entries::add);
            }
        }
        return entries;
    }

    /** {@code VIII.3}, {@code VIII.3.a}: the meeting's roman numeral, the number, the sub-paragraph labels. */
    private static String reference(String roman, Provision p) {
        StringBuilder sb = new StringBuilder(roman).append('.').append(p.citation().main().number());
        p.citation().subdivisions().forEach(s -> sb.append('.').append(s));
        return sb.toString();
    }

    private static Entry entry(String reference, Provision p, EditionTexts texts) {
        String number = texts.printedNumber(p);
        String text = FrenchText.plain(p.text());
        String verb = p.leadingVerb() != null && text.startsWith(p.leadingVerb()) ? p.leadingVerb() : null;
        return new Entry(reference, p.citation(), number, p.depth(), verb, text);
    }

    private static Session session(ParsedDocument compendium, int n, List<Provision> provisions, Assembly a) {
        String roman = FrenchOrdinals.toRoman(n);
        String heading = compendiumHeading(compendium, "B", n, EditionTexts.Noun.SESSION, a);
        boolean own = compendium.metadata().language() == a.wanted();
        Map<Work, List<Provision>> byWork = new LinkedHashMap<>();
        for (Provision p : provisions) {
            byWork.computeIfAbsent(p.citation().work(), k -> new ArrayList<>()).add(p);
        }
        List<Instrument> instruments = new ArrayList<>();
        for (Map.Entry<Work, List<Provision>> w : byWork.entrySet()) {
            String number = w.getKey() instanceof Work.CopInstrument i ? i.numberText() : w.getKey().toString();
            String name = a.texts().instrumentName(w.getKey());
            List<Segment> segments = instrumentSegments(compendium, roman, number);
            String title = segments.stream().filter(s -> s.label().equals("title")).map(s -> FrenchText.plain(s.text())).findFirst().orElse("");
            String opening = segments.stream().filter(s -> s.label().equals("opening")).map(s -> FrenchText.plain(s.text())).findFirst().orElse("");
            LanguageVersions stored = a.versions().get(w.getKey());
            if (!own) {
                String french = title;
                title = stored != null && stored.in(a.wanted()).isPresent() ? instrumentTitle(stored, a)
                        : a.fallback() == compendium.metadata().language() ? french + " " + a.texts().fallbackMarker(a.fallback())
                        : stored != null ? instrumentTitle(stored, a) : "";
                opening = stored != null ? opening(stored, a) : "";
            }
            instruments.add(new Instrument(name, title, opening, compendiumEntries(compendium, roman, w.getValue(), a)));
        }
        return new Session(n, roman, heading, compendiumDates(compendium, "B", roman), instruments);
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
}
