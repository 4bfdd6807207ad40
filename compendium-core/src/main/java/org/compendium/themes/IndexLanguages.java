package org.compendium.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Citation;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeLink;

/**
 * One vocabulary from the indexes of one scope's compendiums — the same compendium in several languages, or several
 * editions. The <em>primary</em> index (French when there is one, else the one with most links) gives the themes,
 * their ids and hierarchy and its links; each other index's theme is aligned with the primary theme that links to the
 * same provisions (citations are the same in every language: same work, same eId), and adds its label in its own
 * language.
 *
 * <p>Alignment compares what two themes link to among the provisions both compendiums hold (one compendium may cover
 * more meetings than the other): the pairs sharing the largest part of their links are taken first, one to one, ties
 * going to the closer position in the index; a pair sharing less than half is not an alignment. Nothing is merged
 * silently: a theme that aligns with none is reported and left out, and an aligned theme whose links differ on the
 * provisions both compendiums hold is reported with the difference. The other index's links to provisions the primary
 * compendium does not hold are kept (the primary says nothing about them).
 */
final class IndexLanguages {
    /** The least share of links two themes must have in common to be one theme in two languages. */
    static final double LEAST_SHARED = 0.5;

    private IndexLanguages() {
    }

    /**
     * One scope's vocabulary.
     *
     * @param themes  the primary index's themes, with every aligned index's label added
     * @param links   the primary index's links, then the others' links to provisions outside the primary compendium
     * @param results one per index read, in the order given, each with its alignment problems added
     */
    record Merged(List<Theme> themes, List<ThemeLink> links, List<IndexImport.Result> results) {
        /**
         * This vocabulary with {@code prefix} before each of the ids in {@code clashing} (and before the parent ids and
         * link theme ids that name them): a theme id is unique across scopes, and two working groups' indexes may both
         * have a theme {@code Coopération internationale}.
         */
        Merged prefixed(Set<String> clashing, String prefix) {
            java.util.function.UnaryOperator<String> id = i -> i != null && clashing.contains(i) ? prefix + i : i;
            return new Merged(themes.stream().map(t -> new Theme(id.apply(t.id()), t.labels(), id.apply(t.parentId()), t.scope())).toList(),
                    links.stream().map(l -> new ThemeLink(id.apply(l.themeId()), l.citation(), l.label(), l.reportSymbol(),
                            l.reportNumber(), l.instrument())).toList(), results);
        }
    }

    /**
     * Merges the indexes of one scope.
     *
     * @param indexes the indexes as resolved, with the citations of every provision of their compendium
     * @throws IllegalArgumentException when {@code indexes} is empty
     */
    static Merged merge(List<Resolved> indexes) {
        if (indexes.isEmpty()) {
            throw new IllegalArgumentException("no index to merge");
        }
        Resolved primary = indexes.stream().min(Comparator.comparingInt((Resolved r) -> r.language() == Language.FRENCH ? 0 : 1)
                .thenComparingInt(r -> -r.result().links().size())).orElseThrow();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        primary.result().themes().forEach(t -> labels.put(t.id(), new HashMap<>(t.labels())));
        List<ThemeLink> links = new ArrayList<>(primary.result().links());
        Set<String> seen = new HashSet<>();
        links.forEach(l -> seen.add(l.themeId() + "\n" + l.citation()));
        List<IndexImport.Result> results = new ArrayList<>();
        for (Resolved other : indexes) {
            if (other == primary) {
                results.add(other.result());
                continue;
            }
            List<String> problems = new ArrayList<>(other.result().problems());
            Map<String, String> aligned = align(primary, other, problems);
            for (Theme t : other.result().themes()) {
                String id = aligned.get(t.id());
                if (id == null) {
                    continue;
                }
                String label = t.labels().get(other.language().code());
                String own = labels.get(id).putIfAbsent(other.language().code(), label);
                if (own != null && !own.equals(label)) {
                    problems.add("theme '" + label + "' of " + other.result().source() + " aligns with '" + own + "' of "
                            + primary.result().source() + ", whose label in " + other.language().code() + " is kept");
                }
            }
            for (ThemeLink l : other.result().links()) {
                String id = aligned.get(l.themeId());
                if (id != null && !primary.citations().contains(l.citation()) && seen.add(id + "\n" + l.citation())) {
                    links.add(new ThemeLink(id, l.citation(), l.label(), l.reportSymbol(), l.reportNumber(), l.instrument()));
                }
            }
            results.add(other.result().withProblems(problems));
        }
        List<Theme> themes = primary.result().themes().stream()
                .map(t -> new Theme(t.id(), labels.get(t.id()), t.parentId(), t.scope())).toList();
        return new Merged(themes, links, results);
    }

    /**
     * An index as resolved against its compendium.
     *
     * @param result    the index
     * @param citations every provision of the compendium
     */
    record Resolved(IndexImport.Result result, Set<Citation> citations) {
        Resolved {
            citations = Set.copyOf(citations);
        }

        /** The compendium's language, which the index's labels are in. */
        Language language() {
            return result.language();
        }
    }

    private record Pair(String other, String primary, double shared, int distance) {
    }

    /** The other index's theme ids to the primary's, with a problem for every theme left out or differing. */
    private static Map<String, String> align(Resolved primary, Resolved other, List<String> problems) {
        Set<Citation> common = new HashSet<>(primary.citations());
        common.retainAll(other.citations());
        Map<String, Set<Citation>> mine = linked(other.result().links(), common);
        Map<String, Set<Citation>> theirs = linked(primary.result().links(), common);
        List<Theme> primaryThemes = primary.result().themes();
        List<Theme> otherThemes = other.result().themes();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < otherThemes.size(); i++) {
            Set<Citation> a = mine.getOrDefault(otherThemes.get(i).id(), Set.of());
            for (int j = 0; j < primaryThemes.size(); j++) {
                Set<Citation> b = theirs.getOrDefault(primaryThemes.get(j).id(), Set.of());
                double shared = jaccard(a, b);
                if (shared > 0) {
                    pairs.add(new Pair(otherThemes.get(i).id(), primaryThemes.get(j).id(), shared, Math.abs(i - j)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::shared).reversed().thenComparingInt(Pair::distance));
        Map<String, String> aligned = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            best.merge(p.other(), p.shared(), Math::max);
            if (p.shared() >= LEAST_SHARED && !aligned.containsKey(p.other()) && taken.add(p.primary())) {
                aligned.put(p.other(), p.primary());
            }
        }
        String lang = other.language().code();
        for (Theme t : otherThemes) {
            String id = aligned.get(t.id());
            if (id == null) {
                problems.add("theme '" + t.labels().get(lang) + "' of " + other.result().source() + " matches no theme of "
                        + primary.result().source() + " (at most " + Math.round(100 * best.getOrDefault(t.id(), 0.0))
                        + "% of its links in common): left out; an editor can create it (`themes create`)");
                continue;
            }
            Set<Citation> a = mine.getOrDefault(t.id(), Set.of());
            Set<Citation> b = theirs.getOrDefault(id, Set.of());
            if (!a.equals(b)) {
                String primaryLabel = primaryThemes.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow()
                        .label(primary.language().code());
                problems.add("theme '" + t.labels().get(lang) + "' of " + other.result().source() + " aligns with '"
                        + primaryLabel + "' but differs on provisions both compendiums hold: " + minus(a, b) + " only in "
                        + lang + ", " + minus(b, a) + " only in " + primary.language().code() + " (the primary index's links"
                        + " are kept; an editor settles each provision with `themes accept` or `themes reject`)");
            }
        }
        return aligned;
    }

    private static Map<String, Set<Citation>> linked(List<ThemeLink> links, Set<Citation> within) {
        Map<String, Set<Citation>> out = new HashMap<>();
        for (ThemeLink l : links) {
            if (within.contains(l.citation())) {
                out.computeIfAbsent(l.themeId(), k -> new HashSet<>()).add(l.citation());
            }
        }
        return out;
    }

    private static double jaccard(Set<Citation> a, Set<Citation> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int both = 0;
        for (Citation c : a) {
            if (b.contains(c)) {
                both++;
            }
        }
        return both / (double) (a.size() + b.size() - both);
    }

    private static List<String> minus(Set<Citation> a, Set<Citation> b) {
        return a.stream().filter(c -> !b.contains(c)).map(Citation::toString).sorted().toList();
    }
}
