package org.compendium.themes;

import org.compendium.model.IndexPart;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The import of a compendium's published thematic index: reads its {@code INDEX_TABLE} segments, resolves every
 * reference to a provision of the same compendium by its label, and stores the vocabulary and links as a new version.
 */
public final class IndexImport {
    /** The language of the seed compendium's labels. */
    static final String LANGUAGE = "fr";

    private IndexImport() {
    }

    /**
     * What an import read and resolved.
     *
     * @param source     the compendium's source file
     * @param themes     the vocabulary, in the index's order
     * @param links      one link per distinct theme and provision, in the index's order
     * @param duplicates references that repeat a link already read for the same theme
     * @param problems   unreadable rows and unresolved references, each with its row text
     * @param table      the table as read (rows, skipped lines, unaligned numbers)
     */
    public record Result(String source, List<Theme> themes, List<ThemeLink> links, int duplicates, List<String> problems,
                         IndexTable.Result table) {
        public Result {
            themes = List.copyOf(themes);
            links = List.copyOf(links);
            problems = List.copyOf(problems);
        }

        /** How many distinct provisions the links point to. */
        public int distinctProvisions() {
            return (int) links.stream().map(ThemeLink::citation).distinct().count();
        }
    }

    /** Resolves the index of {@code compendium} against its own provisions; stores nothing. */
    public static Result resolve(ParsedDocument compendium) {
        Body scope = compendium.metadata().body() == null ? Body.WG_SOM : compendium.metadata().body();
        List<String> lines = compendium.segments().stream()
                .filter(s -> s.kind() == SegmentKind.INDEX_TABLE).map(Segment::text).toList();
        IndexTable.Result table = IndexTable.read(lines);
        Map<String, Provision> byLabel = new HashMap<>();
        for (Provision p : compendium.provisions()) {
            if (p.label() != null) {
                byLabel.put((p.meeting() != null ? IndexPart.A : IndexPart.B) + p.label(), p);
            }
        }
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (String label : table.themes()) {
            String parent = ThemeLabels.parent(label, table.themes());
            Theme t = new Theme(ThemeLabels.slug(label), Map.of(LANGUAGE, label),
                    parent == null ? null : ThemeLabels.slug(parent), scope);
            themes.put(label, t);
        }
        List<String> problems = new ArrayList<>(table.problems());
        List<ThemeLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (IndexEntry e : table.entries()) {
            Provision p = byLabel.get(e.reference().part() + e.reference().label());
            if (p == null) {
                problems.add("unresolved reference " + e.reference().label() + " (part " + e.reference().part()
                        + ") of theme '" + e.theme() + "': no provision of " + compendium.source()
                        + " has that label; row: " + e.row());
                continue;
            }
            String id = themes.get(e.theme()).id();
            if (!seen.add(id + "\n" + p.citation())) {
                duplicates++;
                continue;
            }
            links.add(new ThemeLink(id, p.citation(), e.reference().label(), e.reportSymbol(), e.reportNumber(),
                    e.instrument()));
        }
        return new Result(compendium.source(), List.copyOf(themes.values()), links, duplicates, problems, table);
    }

    /**
     * Imports the index of every stored compendium that has one, as a new vocabulary version per compendium.
     *
     * @return one result per compendium read; empty when the store holds no compendium with an index
     */
    public static List<Result> run(DocumentStore store, String author, Clock clock) {
        List<Result> out = new ArrayList<>();
        for (ParsedDocument doc : store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM))) {
            if (doc.segments().stream().noneMatch(s -> s.kind() == SegmentKind.INDEX_TABLE)) {
                continue;
            }
            Result r = resolve(doc);
            Body scope = r.themes().isEmpty() ? Body.WG_SOM : r.themes().getFirst().scope();
            store.themes().importVocabulary(scope, r.themes(), r.links(), author, clock.instant(),
                    "import of the index of " + doc.source() + ": " + r.themes().size() + " themes, " + r.links().size()
                            + " links, " + r.problems().size() + " problems");
            out.add(r);
        }
        return out;
    }

    /** The citations of the provisions a set of links points to, in first-seen order. */
    static List<Citation> citations(List<ThemeLink> links) {
        return links.stream().map(ThemeLink::citation).distinct().toList();
    }
}
