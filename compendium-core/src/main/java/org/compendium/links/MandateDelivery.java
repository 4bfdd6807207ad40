package org.compendium.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 *
 * <p>Two more rules find what the overlap misses. In a paragraph that cites the resolution, each account of a request
 * ({@link MandateLanguage#reported}: {@code la Conférence a demandé à l'ONUDC de poursuivre les travaux …}) is linked
 * to the mandate given by the same verb ({@code Demande à l'Office … de continuer de s'acquitter de son mandat …})
 * whose words it shares most, however few: the report restates each request in its own words. And any paragraph that
 * names what the mandate names — a run of {@link #NAMED_RUN} words with {@link #NAMED_CAPITALS} capitalised ones,
 * outside the addressee's name, found in no other paragraph ({@code Plan d'action mondial des Nations Unies pour la
 * lutte contre la traite des personnes}) — reports on it.
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
    /** How many consecutive words a named thing shared by a mandate and a paragraph has at least. */
    static final int NAMED_RUN = 8;
    /** How many of them are capitalised at least: a name (a plan, a programme, a fund), not a phrase. */
    static final int NAMED_CAPITALS = 3;

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
     * @param confirmed  whether an editor confirmed the link
     */
    public record Link(Citation paragraph, boolean explicit, double similarity, String sentence, boolean notDone,
                       boolean confirmed) {
        Link(Citation paragraph, boolean explicit, double similarity, String sentence, boolean notDone) {
            this(paragraph, explicit, similarity, sentence, notDone, false);
        }
    }

    /** One mandate with what the reports say of it. */
    public record Delivery(Mandate mandate, Status status, List<Link> links) {
        public Delivery {
            links = List.copyOf(links);
        }

        /** The delivery with these links instead, its status read from them again. */
        Delivery with(List<Link> settled) {
            return new Delivery(mandate, MandateDelivery.status(settled), settled);
        }
    }

    /** The status a mandate's links give it: not reported without links, not done when one says so. */
    static Status status(List<Link> links) {
        return links.isEmpty() ? Status.NOT_REPORTED
                : links.stream().anyMatch(Link::notDone) ? Status.REPORTED_NOT_DONE : Status.REPORTED;
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
        Map<Mandate, Map<Provision, Link>> accounts = accounts(resolution, mandates, paragraphs, df, n);
        Map<String, Integer> runs = new HashMap<>();
        Map<Provision, Set<String>> paragraphRuns = new LinkedHashMap<>();
        for (Provision p : paragraphs) {
            Set<String> own = new HashSet<>(runs(WordTokens.of(p.text()), false));
            paragraphRuns.put(p, own);
            own.forEach(r -> runs.merge(r, 1, Integer::sum));
        }
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
                } else if (accounts.getOrDefault(m, Map.of()).containsKey(e.getKey())) {
                    links.add(accounts.get(m).get(e.getKey()));
                } else {
                    Optional<String> run = named(m, paragraphRuns.get(e.getKey()), runs);
                    if (run.isPresent()) {
                        String sentence = e.getValue().stream()
                                .filter(x -> runs(WordTokens.of(x), false).contains(run.get())).findFirst().orElse(run.get());
                        links.add(new Link(e.getKey().citation(), explicit, dice(task, words(sentence), df, n), sentence, false));
                    }
                }
            }
            out.add(new Delivery(m, status(links), links));
        }
        return out;
    }

    /**
     * The accounts of requests in the paragraphs citing the resolution, each linked to the mandate of the same verb
     * whose task shares most of its words: mandate → paragraph → link.
     */
    private Map<Mandate, Map<Provision, Link>> accounts(Work resolution, List<Mandate> mandates, List<Provision> paragraphs,
                                                        Map<String, Integer> df, int n) {
        Map<Mandate, Map<Provision, Link>> out = new HashMap<>();
        for (Provision p : paragraphs) {
            if (references.read(p.text(), null).stream().noneMatch(r -> resolution.equals(r.work()))) {
                continue;
            }
            java.util.regex.Matcher m = language.reported().matcher(p.text());
            List<int[]> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start(), m.start("verb"), m.end("verb")});
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : p.text().length();
                java.util.regex.Matcher stop = language.sentenceEnd().matcher(p.text()).region(starts.get(i)[2], end);
                if (stop.find() && !stop.group().contains(",")) {
                    end = stop.start();
                }
                String clause = p.text().substring(starts.get(i)[0], end).strip().replaceFirst("[,;]?\\s+et$|[,;]$", "");
                String family = family(p.text().substring(starts.get(i)[1], starts.get(i)[2]));
                Set<String> clauseWords = words(clause);
                Mandate best = null;
                double bestSim = 0;
                for (Mandate candidate : mandates) {
                    double sim = dice(words(candidate.task()), clauseWords, df, n);
                    if (family(candidate.verb()).equals(family) && sim > bestSim) {
                        best = candidate;
                        bestSim = sim;
                    }
                }
                if (best != null) {
                    boolean notDone = language.notDone().matcher(clause).find();
                    out.computeIfAbsent(best, k -> new LinkedHashMap<>())
                            .putIfAbsent(p, new Link(p.citation(), true, bestSim, clause, notDone));
                }
            }
        }
        return out;
    }

    /** A verb's family, present or past, folded: {@code prie}, {@code prié} → {@code prie}; {@code l'invitation} → {@code invit}. */
    private static String family(String verb) {
        String first = TextFolding.fold(verb.strip().split("\\s+")[0]).replaceFirst("^l['’]", "");
        return first.startsWith("invit") || first.startsWith("renouvel") ? "invit" : first.substring(0, Math.min(4, first.length()));
    }

    /** The run of words naming a thing that the mandate and this paragraph alone share, if any. */
    private Optional<String> named(Mandate m, Set<String> paragraphRuns, Map<String, Integer> runs) {
        String task = m.task();
        for (Pattern addressee : language.addressees().values()) {
            task = addressee.matcher(task).replaceAll(" | ");
        }
        for (String run : runs(WordTokens.of(task), true)) {
            if (paragraphRuns.contains(run) && runs.getOrDefault(run, 0) == 1) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    /**
     * The runs of {@link #NAMED_RUN} consecutive words of a text, lower case, joined by spaces; with {@code named},
     * only those with {@link #NAMED_CAPITALS} capitalised words or more. Punctuation ends a run.
     */
    private static List<String> runs(List<WordTokens.Token> tokens, boolean named) {
        List<String> out = new ArrayList<>();
        List<WordTokens.Token> words = new ArrayList<>();
        for (WordTokens.Token t : tokens) {
            if (!t.isWord() && !t.text().equals("'") && !t.text().equals("’")) {
                words.clear();
                continue;
            }
            words.add(t);
            if (words.size() > NAMED_RUN) {
                words.removeFirst();
            }
            if (words.size() == NAMED_RUN) {
                long capitals = words.stream().filter(w -> Character.isUpperCase(w.text().codePointAt(0))).count();
                if (!named || capitals >= NAMED_CAPITALS) {
                    out.add(String.join(" ", words.stream().map(w -> w.key().toLowerCase(Locale.ROOT)).toList()));
                }
            }
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
