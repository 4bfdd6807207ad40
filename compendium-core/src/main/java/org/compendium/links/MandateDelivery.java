package org.compendium.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.model.Citation;
import org.compendium.model.Provision;
import org.compendium.model.TextFolding;
import org.compendium.model.Work;

/**
 * What reports say of a resolution's mandates: each report paragraph linked to the mandates it reports on, and each
 * mandate's status — reported, reported as not done, not reported.
 *
 * <p>A paragraph is linked to a mandate when one of its sentences or clauses says what the mandate asks: the
 * IDF-weighted Dice overlap of their words (folded: lower case, no accents, no plural ending; weights from the report's
 * sentences and the mandates) reaches {@link #EXPLICIT_THRESHOLD} in a paragraph that cites the resolution ({@code Dans sa résolution 11/5, la Conférence … a prié …}), or the stricter
 * {@link #IMPLICIT_THRESHOLD} in any other. A mandate is reported as not done when a linked paragraph has a sentence
 * saying a task was not carried out ({@link MandateLanguage#notDone}) that shares at least {@link #NOT_DONE_THRESHOLD}
 * of its words with the mandate ({@code … n'a pas encore reçu les ressources extrabudgétaires nécessaires à la
 * réalisation de ces études} and the two studies asked "sous réserve … de ressources extrabudgétaires").
 */
public final class MandateDelivery {
    /**
     * The overlap a sentence or clause of a paragraph citing the resolution needs: on the seeds the two studies 11/5
     * asks for are reported at 0.73 and 0.63, while the clauses reporting other requests score below 0.21.
     */
    static final double EXPLICIT_THRESHOLD = 0.30;
    /**
     * The overlap a sentence of any other paragraph needs. Set so high that on the seeds no paragraph qualifies: the
     * paragraphs that do report on 11/5's other requests (technical assistance, measuring prevalence) share at most
     * 0.24 of their words with them, while unrelated paragraphs of the same report reach 0.37 (`États parties`,
     * `assistance technique`). Word overlap cannot tell these apart; see the README.
     */
    static final double IMPLICIT_THRESHOLD = 0.40;
    static final double NOT_DONE_THRESHOLD = 0.10;

    private final MandateLanguage language;
    private final ReferenceReader references;

    public MandateDelivery(MandateLanguage language, ReferenceLanguage referenceLanguage) {
        this.language = language;
        this.references = new ReferenceReader(referenceLanguage);
    }

    /** A mandate's status in the reports. */
    public enum Status {
        REPORTED, REPORTED_NOT_DONE, NOT_REPORTED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A report paragraph linked to a mandate.
     *
     * @param paragraph  the report paragraph's citation
     * @param explicit   whether the paragraph cites the resolution
     * @param similarity the overlap of its closest sentence with the mandate, 0 to 1
     * @param sentence   that sentence
     * @param notDone    whether it says the task was not carried out
     */
    public record Link(Citation paragraph, boolean explicit, double similarity, String sentence, boolean notDone) {
    }

    /** One mandate with what the reports say of it. */
    public record Delivery(Mandate mandate, Status status, List<Link> links) {
        public Delivery {
            links = List.copyOf(links);
        }
    }

    /**
     * The delivery of {@code mandates} (of the resolution {@code resolution}) in {@code paragraphs} (the provisions of
     * the reports that may report on them), in the mandates' order.
     */
    public List<Delivery> of(Work resolution, List<Mandate> mandates, List<Provision> paragraphs) {
        Map<Provision, List<String>> sentences = new LinkedHashMap<>();
        for (Provision p : paragraphs) {
            sentences.put(p, List.of(language.sentenceEnd().split(p.text())));
        }
        List<Set<String>> all = new ArrayList<>();
        sentences.values().forEach(list -> list.forEach(s -> all.add(words(s))));
        mandates.forEach(m -> all.add(words(m.task())));
        Map<String, Integer> df = new HashMap<>();
        all.forEach(set -> set.forEach(w -> df.merge(w, 1, Integer::sum)));
        int n = all.size();
        List<Delivery> out = new ArrayList<>();
        for (Mandate m : mandates) {
            Set<String> task = words(m.task());
            List<Link> links = new ArrayList<>();
            for (Map.Entry<Provision, List<String>> e : sentences.entrySet()) {
                boolean explicit = references.read(e.getKey().text(), null).stream()
                        .anyMatch(r -> resolution.equals(r.work()));
                String best = null;
                double bestSim = 0;
                boolean notDone = false;
                for (String s : e.getValue()) {
                    double sim = dice(task, words(s), df, n);
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = s;
                    }
                    if (language.notDone().matcher(s).find() && sim >= NOT_DONE_THRESHOLD) {
                        notDone = true;
                    }
                }
                if (best != null && bestSim >= (explicit ? EXPLICIT_THRESHOLD : IMPLICIT_THRESHOLD)) {
                    links.add(new Link(e.getKey().citation(), explicit, bestSim, best, notDone));
                }
            }
            Status status = links.isEmpty() ? Status.NOT_REPORTED
                    : links.stream().anyMatch(Link::notDone) ? Status.REPORTED_NOT_DONE : Status.REPORTED;
            out.add(new Delivery(m, status, links));
        }
        return out;
    }

    private Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (WordTokens.Token t : WordTokens.of(text)) {
            if (t.isWord()) {
                String folded = TextFolding.fold(t.key()).replaceAll("['’]$", "");
                out.add(language.plural().matcher(folded).replaceFirst(""));
            }
        }
        return out;
    }

    private static double dice(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
        double shared = 0;
        double wa = 0;
        double wb = 0;
        for (String w : a) {
            double weight = Math.log(1 + (double) n / df.getOrDefault(w, 1));
            wa += weight;
            if (b.contains(w)) {
                shared += weight;
            }
        }
        for (String w : b) {
            wb += Math.log(1 + (double) n / df.getOrDefault(w, 1));
        }
        return wa + wb == 0 ? 0 : 2 * shared / (wa + wb);
    }
}
