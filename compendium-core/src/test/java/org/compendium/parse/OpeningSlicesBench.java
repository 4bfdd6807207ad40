package org.compendium.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.compendium.ingest.SourceText;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.Segment;
import org.compendium.model.SourceFormat;
import org.compendium.model.SourceSpan;

/**
 * The normalisation phase of the seeds' parse — the opening, then every provision's and segment's spans — timed in
 * thread CPU time with the nodes inside the opening sliced from it ({@link TextNormalizer#normalizedOpening}) and
 * normalised on their own, rounds alternated in one JVM; prints both medians, their paired ratio and how many nodes
 * and characters were sliced. Checks on the way that every slice is the node's own text.
 *
 * <p>{@code java -cp target/test-classes:target/classes:../compendium-model/target/classes:$(cat /tmp/cp.txt)
 * org.compendium.parse.OpeningSlicesBench ../../shared/corpus/fr 200}
 */
public final class OpeningSlicesBench {
    /** Each document's word counts, counted once: the parse counts them before the normalisation timed here. */
    private static final Map<String, Vocabulary> VOCABULARIES = new IdentityHashMap<>();

    private OpeningSlicesBench() {
    }

    private record Document(String raw, boolean markdown, int openingEnd, List<List<SourceSpan>> nodes) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[1]);
        List<Document> documents = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                ParsedDocument parsed = new DocumentParser().parse(new SourceText(p.getFileName().toString(), SourceFormat.TEXT,
                        text, "0".repeat(64), text.length()));
                boolean markdown = DocumentParser.looksLikeMarkdown(text);
                String raw = markdown ? MarkdownView.of(text) : text;
                List<List<SourceSpan>> nodes = new ArrayList<>();
                parsed.provisions().stream().map(Provision::spans).forEach(nodes::add);
                parsed.segments().stream().map(Segment::spans).forEach(nodes::add);
                int end = raw.length() <= 12_000 || raw.indexOf('\n', 12_000) < 0 ? raw.length() : raw.indexOf('\n', 12_000);
                documents.add(new Document(raw, markdown, end, nodes));
                chars += raw.length();
            }
        }
        long nodeChars = 0;
        long slicedChars = 0;
        int nodeCount = 0;
        int sliced = 0;
        for (Document d : documents) {
            Vocabulary vocabulary = Vocabulary.of(d.raw());
            TextNormalizer slicing = new TextNormalizer(vocabulary);
            TextNormalizer own = new TextNormalizer(vocabulary);
            slicing.normalizedOpening(d.raw(), d.openingEnd(), d.markdown());
            for (List<SourceSpan> spans : d.nodes()) {
                String text = slicing.normalizedText(d.raw(), spans, d.markdown());
                if (!text.equals(own.normalizedText(d.raw(), spans, d.markdown()))) {
                    throw new AssertionError("a slice differs from its node's own text: " + spans);
                }
                nodeChars += MappedText.cutLength(spans);
                nodeCount++;
            }
            sliced += slicing.slicedNodes();
            slicedChars += slicing.slicedChars();
        }
        System.out.printf(Locale.ROOT, "%d nodes (%d characters cut), %d sliced from the opening (%d characters kept)%n",
                nodeCount, nodeChars, sliced, slicedChars);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[2][rounds];
        for (int r = -rounds / 4; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int way = (Math.max(r, 0) + k) % 2;
                long start = threads.getCurrentThreadCpuTime();
                for (Document d : documents) {
                    normalise(d, way == 1);
                }
                if (r >= 0) {
                    nanos[way][r] = threads.getCurrentThreadCpuTime() - start;
                }
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = (double) nanos[1][r] / nanos[0][r];
        }
        Arrays.sort(ratio);
        for (int way = 0; way < 2; way++) {
            long[] sorted = nanos[way].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-32s median %.2f ns per source character, min %.2f%n",
                    way == 0 ? "each node on its own" : "nodes sliced from the opening", sorted[rounds / 2] / (double) chars,
                    sorted[0] / (double) chars);
        }
        System.out.printf(Locale.ROOT, "paired ratio (sliced / own), median %.3f%n", ratio[rounds / 2]);
    }

    /** The opening and every node of {@code d}, as the parse normalises them (the vocabulary is counted apart). */
    private static void normalise(Document d, boolean slice) {
        TextNormalizer normalizer = new TextNormalizer(VOCABULARIES.computeIfAbsent(d.raw(), Vocabulary::of));
        if (slice) {
            normalizer.normalizedOpening(d.raw(), d.openingEnd(), d.markdown());
        } else {
            normalizer.normalizedText(d.raw(), List.of(new SourceSpan(0, d.openingEnd())), d.markdown());
        }
        for (List<SourceSpan> spans : d.nodes()) {
            normalizer.normalizedText(d.raw(), spans, d.markdown());
        }
    }
}
