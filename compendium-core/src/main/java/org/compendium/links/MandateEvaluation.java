package org.compendium.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Citation;
import org.compendium.model.Work;
import org.compendium.store.DocumentStore;

/**
 * Mandates and their delivery measured against the hand-made gold ({@code mandates-gold.tsv} beside this class): the
 * precision and recall of the mandates found (citation and addressee), of the report paragraphs linked to them, and
 * the share of gold mandates given their gold status.
 */
public final class MandateEvaluation {
    private static final String GOLD = "mandates-gold.tsv";

    private MandateEvaluation() {
    }

    /** Precision and recall of one kind of item. */
    public record Score(int gold, int found, int correct) {
        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }
    }

    /**
     * The figures of one run.
     *
     * @param resolution the resolution evaluated
     * @param mandates   mandates found, by citation and addressee
     * @param links      (mandate, report paragraph) pairs
     * @param statuses   gold mandates with their gold status / all gold mandates
     * @param statusRight how many gold mandates were given their gold status
     */
    public record Figures(Work resolution, Score mandates, Score links, int statuses, int statusRight) {
        public double statusAccuracy() {
            return statuses == 0 ? 0 : (double) statusRight / statuses;
        }
    }

    /** Runs the evaluation on the store (which must hold the seeds: res. 11/5 and the 2024 Secretariat report). */
    public static Figures run(DocumentStore store) {
        Work resolution = null;
        Map<String, String> goldMandates = new LinkedHashMap<>();
        Set<String> goldLinks = new HashSet<>();
        for (String line : gold()) {
            String[] c = line.split("\t");
            switch (c[0]) {
                case "resolution" -> resolution = Citation.parse(c[1] + " op. 1").work();
                case "report" -> { }
                case "mandate" -> goldMandates.put(Citation.parse(c[1]) + "\t" + c[2], c[3]);
                case "link" -> goldLinks.add(Citation.parse(c[1]) + "\t" + Citation.parse(c[2]));
                default -> throw new IllegalStateException("unknown line in " + GOLD + ": " + line);
            }
        }
        if (resolution == null) {
            throw new IllegalStateException(GOLD + " names no resolution");
        }
        List<MandateDelivery.Delivery> found = new ResolutionMandates(store).computed(resolution);
        Map<String, String> foundMandates = new LinkedHashMap<>();
        Set<String> foundLinks = new HashSet<>();
        for (MandateDelivery.Delivery d : found) {
            foundMandates.put(d.mandate().citation() + "\t" + d.mandate().addressee().code(), d.status().code());
            d.links().forEach(l -> foundLinks.add(d.mandate().citation() + "\t" + l.paragraph()));
        }
        int statusRight = 0;
        for (Map.Entry<String, String> g : goldMandates.entrySet()) {
            if (g.getValue().equals(foundMandates.get(g.getKey()))) {
                statusRight++;
            }
        }
        return new Figures(resolution, score(goldMandates.keySet(), foundMandates.keySet()), score(goldLinks, foundLinks),
                goldMandates.size(), statusRight);
    }

    private static Score score(Set<String> gold, Set<String> found) {
        Set<String> correct = new HashSet<>(found);
        correct.retainAll(gold);
        return new Score(gold.size(), found.size(), correct.size());
    }

    private static List<String> gold() {
        try (InputStream in = MandateEvaluation.class.getResourceAsStream(GOLD)) {
            if (in == null) {
                throw new IllegalStateException(GOLD + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
