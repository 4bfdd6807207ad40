package org.compendium.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ThemeLink;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * The indexed provisions of a compendium as training examples, each with the group it is held out with in
 * evaluation: its meeting ({@code meeting 3}) for a recommendation, its session ({@code session 5}) for a COP
 * instrument.
 *
 * @param examples the examples, in compendium order
 * @param groups   each example's group, same order
 */
public record TrainingSet(List<ThemeClassifier.Example> examples, List<String> groups) {
    public TrainingSet {
        examples = List.copyOf(examples);
        groups = List.copyOf(groups);
    }

    /**
     * The indexed provisions of every compendium in {@code store}, by the store's imported index (editors' decisions
     * are not examples), compendium after compendium in store order; empty when no index was imported.
     */
    public static TrainingSet fromStore(DocumentStore store) {
        List<ThemeLink> links = store.themes().links();
        if (links.isEmpty()) {
            return new TrainingSet(List.of(), List.of());
        }
        List<ThemeClassifier.Example> examples = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (ParsedDocument compendium : store.loadAll(DocumentFilter.ALL.withType(DocumentType.COMPENDIUM))) {
            TrainingSet one = of(compendium, links);
            examples.addAll(one.examples());
            groups.addAll(one.groups());
        }
        return new TrainingSet(examples, groups);
    }

    /** The examples of {@code compendium}'s provisions that {@code links} index (other provisions are left out). */
    public static TrainingSet of(ParsedDocument compendium, List<ThemeLink> links) {
        Map<Citation, Set<String>> themes = new LinkedHashMap<>();
        for (ThemeLink l : links) {
            themes.computeIfAbsent(l.citation(), c -> new LinkedHashSet<>()).add(l.themeId());
        }
        List<ThemeClassifier.Example> examples = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Provision p : compendium.provisions()) {
            Set<String> t = themes.get(p.citation());
            if (t != null) {
                examples.add(new ThemeClassifier.Example(p.citation().toString(), p.label(), text(p, compendium), t,
                        group(p), neighbours(p, compendium)));
                groups.add(group(p));
            }
        }
        return new TrainingSet(examples, groups);
    }

    /**
     * The texts ({@link #text}) of the provisions just before and after {@code p} in {@code document} and in its
     * meeting or session ({@link #group}), those it has (none, one or two): a provision is read with its neighbours,
     * since a report treats a topic over several paragraphs ({@link ThemeKernel.Design#neighbours()}). Every provision
     * counts, whether an index row cites it or not. The one definition of a provision's neighbours: the suggester reads
     * a provision with them, and the training examples, hence the nested evaluation, are read with theirs
     * ({@link ThemeClassifier.Example#neighbours()}), so that the evaluation measures what the product does. A
     * compendium puts one meeting's last recommendation before the next meeting's first: they are no neighbours.
     */
    public static List<String> neighbours(Provision p, ParsedDocument document) {
        List<Provision> all = document.provisions();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).citation().equals(p.citation())) {
                for (int j : new int[] {i - 1, i + 1}) {
                    if (j >= 0 && j < all.size() && group(all.get(j)).equals(group(p))) {
                        out.add(text(all.get(j), document));
                    }
                }
                break;
            }
        }
        return out;
    }

    /**
     * The group a provision is held out with in evaluation and read with its neighbours in: its meeting
     * ({@code meeting 3}) for a recommendation, its session ({@code session 5}) for a COP instrument.
     */
    static String group(Provision p) {
        return p.meeting() != null ? "meeting " + p.meeting() : "session " + p.session();
    }

    /**
     * The text a provision is classified by: its own words, after its parents' chapeaux for a sub-paragraph, since a
     * sub-paragraph such as "(e) l'assistance consulaire" continues the sentence its chapeau starts.
     */
    public static String text(Provision p, ParsedDocument document) {
        Map<Citation, Provision> byCitation = new HashMap<>();
        for (Provision q : document.provisions()) {
            byCitation.putIfAbsent(q.citation(), q);
        }
        StringBuilder sb = new StringBuilder();
        Citation c = p.citation();
        while (!c.subdivisions().isEmpty()) {
            c = c.parent();
            Provision parent = byCitation.get(c);
            if (parent != null) {
                sb.insert(0, parent.text() + "\n");
            }
        }
        return sb.append(p.text()).toString();
    }
}
