package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.model.Citation;
import org.compendium.model.Work;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Provision;
import org.compendium.model.ProvisionKind;
import org.compendium.model.Segment;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random documents: whatever text, labels and paths a parser produces must come back from the store unchanged,
 * on each store.
 */
class RandomRoundTripTest extends BothStores {
    /** Characters that break naive encodings: separators, quotes, JSON escapes, line breaks, accents, non-BMP. */
    private static final String[] PIECES = {"a", "é", "É", " ", ",", ";", "/", "-", "\"", "'", "’", "\\", "\n", "\r\n",
            "\t", "[", "]", "{", "}", "«", "»", "\u00a0", "𝔄", "中", "ا", "0", "12"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2021})
    void randomDocumentsRoundTripExactly(long seed) {
        Random random = new Random(seed);
        List<ParsedDocument> docs = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            ParsedDocument base = StoreFixtures.wg7Report("doc-" + d + "-" + text(random, 8) + ".pdf", "sha-" + seed + "-" + d);
            List<Provision> provisions = new ArrayList<>();
            int count = random.nextInt(20);
            for (int i = 0; i < count; i++) {
                List<String> path = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    path.add(text(random, 3));
                }
                provisions.add(new Provision(Citation.parse("doc:random-" + d + " rec. " + (i + 1) + "(a)"),
                        ProvisionKind.values()[random.nextInt(ProvisionKind.values().length)], text(random, 3), path,
                        random.nextBoolean() ? null : text(random, 10), text(random, 200),
                        random.nextBoolean() ? null : text(random, 5), spans(random),
                        random.nextBoolean() ? null : random.nextInt(20), random.nextBoolean() ? null : random.nextInt(20)));
            }
            List<Segment> segments = List.of(new Segment(SegmentKind.TEXT, text(random, 5), text(random, 300),
                    List.of(text(random, 4)), spans(random)));
            docs.add(new ParsedDocument(base.source(), base.format(), base.sha256(), random.nextInt(100_000), base.metadata(), Work.parse("doc:random-" + d),
                    provisions, segments, base.coverage()));
        }
        try (DocumentStore store = open()) {
            docs.forEach(store::save);
            assertThat(store.loadAll(DocumentFilter.ALL)).containsExactlyElementsOf(docs);
        }
    }

    private static String text(Random random, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(maxPieces + 1); n > 0; n--) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static List<SourceSpan> spans(Random random) {
        List<SourceSpan> spans = new ArrayList<>();
        int at = 0;
        for (int n = random.nextInt(4); n > 0; n--) {
            int start = at + random.nextInt(50);
            at = start + random.nextInt(100);
            spans.add(new SourceSpan(start, at));
        }
        return spans;
    }
}
