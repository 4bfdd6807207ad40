package org.compendium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.compendium.index.ProvisionIndex;
import org.compendium.index.ProvisionSearch;
import org.compendium.ingest.SourceReader;
import org.compendium.links.DraftingAssistant;
import org.compendium.links.DraftingAssistant.DraftAnswer;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.parse.DocumentParser;
import org.compendium.pipeline.IndexRebuild;
import org.compendium.pipeline.IngestListener;
import org.compendium.pipeline.Ingestion;
import org.compendium.store.DocumentFilter;
import org.compendium.store.DocumentStore;

/**
 * Times the drafting assistant on the seeds: every provision of at least 12 words, with three of its words replaced
 * (at a quarter, half and three quarters of its length), pasted as a draft; prints the latency of
 * {@link DraftingAssistant#closest} (p50, p99, max) next to the more-like-this query alone (the baseline, same run),
 * and how often the provision the draft was made from comes back first.
 * Usage: {@code DraftBenchmark CORPUS_DIR [ROUNDS]} (default 3 rounds, the first one a warm-up).
 */
public final class DraftBenchmark {
    private static final String[] REPLACEMENTS = {"notamment", "dûment", "également"};

    private DraftBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/corpus/fr");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Files.createTempDirectory("compendium-draft-bench-");
        List<Provision> sources = new ArrayList<>();
        try (DocumentStore store = DocumentStore.open(data)) {
            new Ingestion(new SourceReader(), new DocumentParser(), store).ingest(List.of(corpus), IngestListener.NONE);
            try (ProvisionIndex index = ProvisionIndex.open(ProvisionIndex.folder(data))) {
                IndexRebuild.run(store, index, (i, n, doc, p) -> { });
            }
            for (ParsedDocument doc : store.loadAll(DocumentFilter.ALL)) {
                doc.provisions().stream().filter(p -> p.text().split("\\s+").length >= 12).forEach(sources::add);
            }
        }
        List<String> drafts = sources.stream().map(p -> mutate(p.text())).toList();
        try (ProvisionSearch search = ProvisionSearch.open(ProvisionIndex.folder(data))) {
            DraftingAssistant assistant = new DraftingAssistant(search);
            long[] assist = new long[drafts.size()];
            long[] mlt = new long[drafts.size()];
            int first = 0;
            List<String> misses = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                first = 0;
                misses.clear();
                for (int i = 0; i < drafts.size(); i++) {
                    long t0 = System.nanoTime();
                    search.moreLikeText(drafts.get(i), 40);
                    long t1 = System.nanoTime();
                    DraftAnswer answer = assistant.closest(drafts.get(i), 10);
                    long t2 = System.nanoTime();
                    mlt[i] = t1 - t0;
                    assist[i] = t2 - t1;
                    if (!answer.matches().isEmpty()
                            && answer.matches().getFirst().provision().citation().equals(sources.get(i).citation())) {
                        first++;
                    } else {
                        misses.add(sources.get(i).citation() + " → " + (answer.matches().isEmpty() ? "nothing"
                                : answer.matches().getFirst().provision().citation()));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%d drafts (seed provisions of 12 words or more, 3 words replaced), %d rounds, "
                    + "last round timed%n", drafts.size(), rounds);
            System.out.println("drafting assistant (more-like-this 40 + alignment re-rank + diffs): " + figures(assist));
            System.out.println("baseline, more-like-this alone:                                 " + figures(mlt));
            System.out.printf(Locale.ROOT, "the provision drafted from comes back first: %d of %d (%.4f)%n", first,
                    drafts.size(), (double) first / drafts.size());
            misses.forEach(m -> System.out.println("  not first: " + m));
        }
    }

    /** The text with three words replaced, at a quarter, a half and three quarters of its words. */
    static String mutate(String text) {
        String[] words = text.split(" ");
        for (int k = 1; k <= 3; k++) {
            int at = words.length * k / 4;
            words[at] = REPLACEMENTS[k - 1];
        }
        return String.join(" ", words);
    }

    private static String figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms",
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }
}
