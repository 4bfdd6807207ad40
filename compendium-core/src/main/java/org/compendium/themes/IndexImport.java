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
import org.compendium.model.Language;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;
import org.compendium.parse.grammar.IndexWording;

/**
 * The import of a compendium's published thematic index: reads its {@code INDEX_TABLE} segments, resolves every
 * reference to a provision of the same compendium by its label, and stores the vocabulary and links as a new version.
 */
public final class IndexImport {
    private IndexImport() {
    }

    /**
     * What an import read and resolved.
     *
     * @param source     the compendium's source file
     * @param language   the language of the compendium and of its labels
     * @param themes     the vocabulary, in the index's order (labels in {@code language}; ids from them)
     * @param links      one link per distinct theme and provision, in the index's order
     * @param duplicates references that repeat a link already read for the same theme
     * @param problems   unreadable rows and unresolved references, each with its row text
     * @param table      the table as read (rows, skipped lines, unaligned numbers)
     */
    public record Result(String source, Language language, List<Theme> themes, List<ThemeLink> links, int duplicates,
                         List<String> problems, IndexTable.Result table) {
        public Result {
            themes = List.copyOf(themes);
            links = List.copyOf(links);
            problems = List.copyOf(problems);
        }

        /** This result with {@code problems} in place of its own. */
        Result withProblems(List<String> problems) {
            return new Result(source, language, themes, links, duplicates, problems, table);
        }

        /** How many distinct provisions the links point to. */
        public int distinctProvisions() {
            return (int) links.stream().map(ThemeLink::citation).distinct().count();
        }
    }

    /**
     * Resolves the index of {@code compendium} against its own provisions, read in the words of the compendium's
     * language (French when it is not known); stores nothing.
     */
    public static Result resolve(ParsedDocument compendium) {
        Body scope = scope(compendium);
        Language language = compendium.metadata().language() == Language.UNDETERMINED ? Language.FRENCH
                : compendium.metadata().language();
        List<String> lines = compendium.segments().stream()
                .filter(s -> s.kind() == SegmentKind.INDEX_TABLE).map(Segment::text).toList();
        IndexTable.Result table = IndexTable.read(lines, IndexWording.of(language));
        Map<String, Provision> byLabel = new HashMap<>();
        for (Provision p : compendium.provisions()) {
            if (p.label() != null) {
                byLabel.put((p.meeting() != null ? IndexPart.A : IndexPart.B) + p.label(), p);
            }
        }
        Map<String, Theme> themes = new LinkedHashMap<>();
        for (String label : table.themes()) {
            String parent = ThemeLabels.parent(label, table.themes());
            Theme t = new Theme(ThemeLabels.slug(label), Map.of(language.code(), label),
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
        return new Result(compendium.source(), language, List.copyOf(themes.values()), links, duplicates, problems, table);
    }

    /**
     * Imports the indexes of the stored compendiums, as one new vocabulary version per scope: a scope's compendiums in
     * several languages (or editions) give one vocabulary, the primary index's themes labelled in every language whose
     * index aligns with it ({@link IndexLanguages}). A theme id another scope already has takes the scope's slug before
     * it ({@code wg4-cooperation-internationale}): ids are unique across scopes.
     *
     * @return one result per compendium read, with its alignment problems; empty when the store holds no compendium
     *         with an index
     */
    public static List<Result> run(DocumentStore store, String author, Clock clock) {
        Map<Body, List<IndexLanguages.Resolved>> byScope = new LinkedHashMap<>();
        for (ParsedDocument doc : store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM))) {
            if (doc.segments().stream().noneMatch(s -> s.kind() == SegmentKind.INDEX_TABLE)) {
                continue;
            }
            Result r = resolve(doc);
            Set<Citation> citations = new HashSet<>();
            doc.provisions().forEach(p -> citations.add(p.citation()));
            byScope.computeIfAbsent(scope(doc), k -> new ArrayList<>()).add(new IndexLanguages.Resolved(r, citations));
        }
        List<Result> out = new ArrayList<>();
        Map<String, Body> scopeOfId = new HashMap<>();
        store.themes().themes().forEach(t -> scopeOfId.put(t.id(), t.scope()));
        for (Map.Entry<Body, List<IndexLanguages.Resolved>> e : byScope.entrySet()) {
            IndexLanguages.Merged merged = IndexLanguages.merge(e.getValue());
            Set<String> clashing = new HashSet<>();
            merged.themes().forEach(t -> {
                Body other = scopeOfId.get(t.id());
                if (other != null && other != e.getKey()) {
                    clashing.add(t.id());
                }
            });
            merged = merged.prefixed(clashing, e.getKey().slug() + "-");
            merged.themes().forEach(t -> scopeOfId.put(t.id(), t.scope()));
            String sources = String.join(", ", merged.results().stream().map(Result::source).toList());
            int problems = merged.results().stream().mapToInt(r -> r.problems().size()).sum();
            store.themes().importVocabulary(e.getKey(), merged.themes(), merged.links(), author, clock.instant(),
                    "import of the index of " + sources + ": " + merged.themes().size() + " themes, "
                            + merged.links().size() + " links, " + problems + " problems");
            out.addAll(merged.results());
        }
        return out;
    }

    private static Body scope(ParsedDocument compendium) {
        return compendium.metadata().body() == null ? Body.WG_SOM : compendium.metadata().body();
    }

    /** The citations of the provisions a set of links points to, in first-seen order. */
    static List<Citation> citations(List<ThemeLink> links) {
        return links.stream().map(ThemeLink::citation).distinct().toList();
    }
}
