package org.compendium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.compendium.parse.Corpus;
import org.junit.jupiter.api.Test;

/** Runs the benchmark's loop on about 1 MB of the seed corpus so that it keeps working; no timing is asserted. */
class IngestLoopTest {
    private static final long ONE_MB = 1_000_000L;

    @Test
    void loopReadsAndParsesTheReplicatedCorpusUpToTheTargetVolume() throws Exception {
        HeapProbe heap = new HeapProbe();
        IngestLoop loop = new IngestLoop(heap);
        List<IngestLoop.Seed> all = IngestLoop.seeds(Corpus.dir());
        List<String> notes = new ArrayList<>();
        List<IngestLoop.Seed> seeds = loop.warmUp(all, 1, notes);
        heap.reset();

        IngestLoop.Pass read = loop.readPass(seeds, ONE_MB);
        IngestLoop.Pass parse = loop.parsePass(seeds, ONE_MB);

        assertThat(seeds).isNotEmpty();
        assertThat(read.bytes()).isGreaterThanOrEqualTo(ONE_MB);
        assertThat(parse.bytes()).isEqualTo(read.bytes());
        assertThat(parse.documents()).isPositive();
        assertThat(parse.provisions()).isPositive();
        assertThat(parse.documents() + parse.rejected()).isEqualTo(read.documents());
        assertThat(heap.sampledPeak()).isPositive();
    }
}
