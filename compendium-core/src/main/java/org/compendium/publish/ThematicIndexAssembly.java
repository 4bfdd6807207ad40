package org.compendium.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.compendium.model.Citation;
import org.compendium.model.IndexPart;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeLink;
import org.compendium.model.ThemeVerdict;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexReference;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;

/**
 * The thematic index of an assembled edition (parts A and B already built): for each theme, the edition's entries its
 * imported links and editors' accepted or added decisions name, minus rejected ones (the latest decision per provision
 * and theme wins), grouped into the printed index's rows — one row per meeting report or instrument, with the
 * report's paragraph numbers or the recommendations' own numbers in their column.
 */
final class ThematicIndexAssembly {
    private ThematicIndexAssembly() {
    }

    private record Ref(Entry entry, int order, IndexPart part, int group, String symbol, String instrument, String number) {
    }

    /** An editor's latest verdict is kept per theme and provision. */
    private record Decided(String themeId, Citation citation) {
    }

    /** The index's themes with rows, in the themes' order; links to provisions outside the edition counted in {@code notes}. */
    static List<IndexTheme> index(Edition edition, List<Theme> themes, List<ThemeLink> links, List<ThemeDecision> decisions,
                                          EditionTexts texts, List<String> notes) {
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
        Map<Decided, ThemeVerdict> verdicts = new LinkedHashMap<>();
        for (ThemeDecision d : decisions) {
            verdicts.put(new Decided(d.themeId(), d.citation()), d.verdict());
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
                if (verdicts.get(new Decided(theme.id(), l.citation())) == ThemeVerdict.REJECTED) {
                    continue;
                }
                // The instrument's name in the edition's language: the imported link holds the index's own wording.
                String instrument = e.cop() && l.instrument() != null ? texts.instrumentName(l.citation().work()) : l.instrument();
                refs.putIfAbsent(l.citation(), new Ref(e, order.get(l.citation()), e.cop() ? IndexPart.B : IndexPart.A, groupOf.get(l.citation()),
                        l.reportSymbol(), instrument, l.reportNumber()));
            }
            for (Map.Entry<Decided, ThemeVerdict> v : verdicts.entrySet()) {
                if (!v.getKey().themeId().equals(theme.id()) || v.getValue() == ThemeVerdict.REJECTED) {
                    continue;
                }
                Citation c = v.getKey().citation();
                Entry e = entries.get(c);
                if (e == null || refs.containsKey(c)) {
                    continue;
                }
                int group = groupOf.get(c);
                ThemeLink known = anyLink.get(c);
                Ref r = e.cop()
                        ? new Ref(e, order.get(c), IndexPart.B, group, known != null ? known.reportSymbol() : sessionSymbols.get(group),
                                texts.instrumentName(c.work()), ownNumber(e.reference()))
                        : new Ref(e, order.get(c), IndexPart.A, group, meetingOf.get(c).reportSymbol(), null,
                                known != null ? known.reportNumber() : separate.getOrDefault(group, false) ? ownNumber(e.reference()) : null);
                refs.put(c, r);
            }
            List<Ref> sorted = refs.values().stream().sorted(Comparator.comparingInt(Ref::order)).toList();
            List<IndexRow> rows = new ArrayList<>();
            List<Ref> pending = new ArrayList<>();
            for (Ref r : sorted) {
                if (!pending.isEmpty() && !sameRow(pending.getFirst(), r)) {
                    rows.add(row(pending, separate, texts));
                    pending.clear();
                }
                pending.add(r);
            }
            if (!pending.isEmpty()) {
                rows.add(row(pending, separate, texts));
            }
            if (!rows.isEmpty()) {
                String code = texts.language().code();
                boolean own = theme.labels().containsKey(code);
                out.add(new IndexTheme(theme.id(), theme.label(code), rows,
                        own ? null : Language.fromCodeOrUndetermined(theme.labels().containsKey("fr") ? "fr" : theme.labels().keySet().iterator().next())));
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

    private static IndexRow row(List<Ref> refs, Map<Integer, Boolean> separate, EditionTexts texts) {
        Ref first = refs.getFirst();
        List<String> numbers = refs.stream().map(r -> r.number() == null ? "" : localNumber(r.number(), texts))
                .filter(s -> !s.isEmpty()).toList();
        String cell = texts.list(numbers);
        boolean recommendations = first.part() == IndexPart.A && separate.getOrDefault(first.group(), false);
        return new IndexRow(first.part(),
                refs.stream().map(r -> new IndexReference(r.entry().reference(), r.entry().citation(), r.number())).toList(),
                first.symbol(), first.instrument(), recommendations ? "" : cell, recommendations ? cell : "");
    }

    /** A number of the index in the edition's language: the preambular {@code al. 5} is {@code PP 5} in English. */
    private static String localNumber(String number, EditionTexts texts) {
        return number.startsWith("al. ") ? texts.text("preambular", number.substring(4)) : number;
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
            // Letters and roman numerals of sub-paragraphs take a parenthesis; numbers and preambular labels do not.
            sb.append(p.matches("\\p{L}+") ? p + ")" : p);
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
