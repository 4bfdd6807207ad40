package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.compendium.model.BodyCoverage;
import org.compendium.model.Citation;
import org.compendium.model.Coverage;
import org.compendium.model.Eid;
import org.compendium.model.ProvisionKind;
import org.compendium.model.SegmentKind;
import org.compendium.model.SourceSpan;
import org.compendium.model.Work;
import org.junit.jupiter.api.Test;

/**
 * The coverage figures counted from the nodes' span ends ({@link NodeCollector#measure}) are those of the long way,
 * one claim per character, on random texts and overlapping spans of every kind of node.
 */
class MeasureShortcutTest {
    private static final String CHARS = "ab  \n\t\u00A0\u202F\u3000,.1é中";

    @Test
    void countingByRangesBetweenSpanEndsGivesTheFiguresOfCountingEveryCharacter() {
        Random random = new Random(20261203);
        Work work = Work.Unidentified.ofFile("random.txt");
        int overlapping = 0;
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            String source = sb.toString();
            NodeCollector collector = new NodeCollector(new SourceLines(source), new TextNormalizer(Vocabulary.of(source)), false);
            int[] owners = new int[source.length()];
            int[] kinds = new int[source.length()];
            for (int node = 0, nodes = random.nextInt(8); node < nodes; node++) {
                List<SourceSpan> spans = randomSpans(random, source.length());
                int kind = random.nextInt(3);
                if (kind == 2) {
                    collector.addProvision(Citation.of(work, Eid.of(Eid.Series.PARAGRAPH, String.valueOf(node + 1))),
                            ProvisionKind.PARAGRAPH, String.valueOf(node + 1), List.of(), "", "", null, spans, null, null);
                } else {
                    collector.addSegment(kind == 0 ? SegmentKind.TEXT : SegmentKind.FOOTNOTE, "", List.of(), spans);
                }
                for (SourceSpan s : spans) {
                    for (int i = s.start(); i < s.end(); i++) {
                        owners[i]++;
                        overlapping += owners[i] == 2 ? 1 : 0;
                        kinds[i] = Math.max(kinds[i], kind);
                    }
                }
            }
            long nonBlank = 0;
            long[] byOwners = new long[3];
            long inProvision = 0;
            long setAside = 0;
            for (int i = 0; i < source.length(); i++) {
                if (!Blanks.isBlank(source.charAt(i))) {
                    nonBlank++;
                    byOwners[Math.min(owners[i], 2)]++;
                    inProvision += kinds[i] == 2 ? 1 : 0;
                    setAside += kinds[i] == 1 ? 1 : 0;
                }
            }
            NodeCollector.Measures measures = collector.measure();
            assertThat(measures.coverage()).as(source).isEqualTo(new Coverage(nonBlank, byOwners[1], byOwners[0], byOwners[2]));
            assertThat(measures.body()).as(source).isEqualTo(new BodyCoverage(nonBlank, inProvision, setAside));
        }
        // Characters claimed twice were counted: the overlaps were tried, not only side-by-side spans.
        assertThat(overlapping).isGreaterThan(1000);
    }

    private static List<SourceSpan> randomSpans(Random random, int length) {
        List<SourceSpan> spans = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n && length > 0; i++) {
            int start = random.nextInt(length);
            int end = start + 1 + random.nextInt(length - start);
            spans.add(new SourceSpan(start, end));
        }
        return spans;
    }
}
