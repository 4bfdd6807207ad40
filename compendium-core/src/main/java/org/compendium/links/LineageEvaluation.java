package org.compendium.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.index.ProvisionSearch;
import org.compendium.links.MandateEvaluation.Score;
import org.compendium.model.Citation;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * Lineage measured against the hand-made gold ({@code lineage-gold.tsv} beside this class): the precision and recall
 * of the oriented pairs found over every stored provision, of each type, the share of pairs found with their gold
 * type, and the same precision and recall for other floors than {@link Lineage#ADAPTS} (how the floor was chosen).
 */
public final class LineageEvaluation {
    private static final String GOLD = "lineage-gold.tsv";
    /** The floors the sweep tries. */
    static final double[] FLOORS = {0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70};

    private LineageEvaluation() {
    }

    /** The floors the sweep tries, in order. */
    public static double[] floors() {
        return FLOORS.clone();
    }

    /**
     * The figures of one run.
     *
     * @param pairs       oriented pairs, any type
     * @param reproduces  pairs typed {@code reproduces}
     * @param adapts      pairs typed {@code adapts}
     * @param typed       gold pairs found / how many of them have the gold type
     * @param typeRight   how many pairs found and in the gold have the gold type
     * @param sweep       pairs at each floor of {@link #FLOORS}, in order
     * @param missed      gold pairs not found, with the alignment their texts have (or -1 when not oriented)
     * @param wrong       pairs found that the gold does not hold
     */
    public record Figures(Score pairs, Score reproduces, Score adapts, int typed, int typeRight, List<Score> sweep,
                          Map<Lineage.Pair, Double> missed, List<Lineage.Link> wrong) {
        public double typeAccuracy() {
            return typed == 0 ? 0 : (double) typeRight / typed;
        }
    }

    /** Runs the evaluation on the store and its index (which must hold the seeds). */
    public static Figures run(DocumentStore store, ProvisionSearch search) {
        Map<Lineage.Pair, Lineage.Type> gold = gold();
        Lineage lineage = new Lineage(search, WorkDates.of(store));
        Set<Citation> citations = new LinkedHashSet<>();
        store.forEach(DocumentFilter.ALL, doc -> doc.provisions().forEach(p -> citations.add(p.citation())));
        List<Citation> all = List.copyOf(citations);
        List<Lineage.Link> candidates = lineage.candidates(all, FLOORS[0]);
        List<Lineage.Link> found = lineage.direct(candidates, Lineage.ADAPTS);
        Map<Lineage.Pair, Lineage.Type> foundTypes = new LinkedHashMap<>();
        found.forEach(l -> foundTypes.put(l.pair(), l.type()));
        int typed = 0;
        int typeRight = 0;
        for (Map.Entry<Lineage.Pair, Lineage.Type> f : foundTypes.entrySet()) {
            if (gold.containsKey(f.getKey())) {
                typed++;
                typeRight += gold.get(f.getKey()) == f.getValue() ? 1 : 0;
            }
        }
        List<Score> sweep = new ArrayList<>();
        for (double floor : FLOORS) {
            sweep.add(score(gold.keySet(), lineage.direct(candidates, floor).stream().map(Lineage.Link::pair).toList()));
        }
        Map<Lineage.Pair, Double> missed = new LinkedHashMap<>();
        for (Lineage.Pair g : gold.keySet()) {
            if (!foundTypes.containsKey(g)) {
                var a = search.get(g.ancestor());
                var d = search.get(g.descendant());
                missed.put(g, a.isEmpty() || d.isEmpty() ? -1.0
                        : WordDiff.betweenIgnoringCase(a.getFirst().text(), d.getFirst().text()).alignment());
            }
        }
        return new Figures(score(gold.keySet(), foundTypes.keySet()), typed(gold, foundTypes, Lineage.Type.REPRODUCES),
                typed(gold, foundTypes, Lineage.Type.ADAPTS), typed, typeRight, sweep, missed,
                found.stream().filter(l -> !gold.containsKey(l.pair())).toList());
    }

    private static Score typed(Map<Lineage.Pair, Lineage.Type> gold, Map<Lineage.Pair, Lineage.Type> found, Lineage.Type type) {
        return score(gold.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).toList(),
                found.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).toList());
    }

    private static Score score(java.util.Collection<Lineage.Pair> gold, java.util.Collection<Lineage.Pair> found) {
        Set<Lineage.Pair> correct = new HashSet<>(found);
        correct.retainAll(new HashSet<>(gold));
        return new Score(new HashSet<>(gold).size(), new HashSet<>(found).size(), correct.size());
    }

    /** The gold pairs with their types, in file order. */
    static Map<Lineage.Pair, Lineage.Type> gold() {
        try (InputStream in = LineageEvaluation.class.getResourceAsStream(GOLD)) {
            if (in == null) {
                throw new IllegalStateException(GOLD + " is missing from the class path");
            }
            Map<Lineage.Pair, Lineage.Type> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
                String[] c = line.split("\t");
                if (c.length != 3) {
                    throw new IllegalStateException(GOLD + ": a line needs ANCESTOR, DESCENDANT and TYPE: " + line);
                }
                out.put(new Lineage.Pair(Citation.parse(c[0]), Citation.parse(c[1])),
                        Lineage.Type.valueOf(c[2].toUpperCase(java.util.Locale.ROOT)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
