package org.compendium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.ingest.SourceReader;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store keeps every acknowledged save when the process is killed in the middle of the next write: after
 * each save, the file a kill during that save's write would leave — the file as the previous save left it, plus the
 * pages this save appended, the last of them cut halfway (a write cut short by SIGKILL stops at a page) — opens with
 * every earlier save in it. H2 alone, which reused freed space at once, lost acknowledged saves this way (the next
 * chunk written over one the last state still needed): see {@link H2Space}.
 *
 * <p>{@code RETENTION_TIME 0} lets freed space be reused at once, as it is anyway in a run longer than 45 s.
 */
class TornWriteTest {
    private static final int SAVES = 45;
    private static final int PAGE = 4096;

    @Test
    void aWriteCutByAKillNeverCostsASaveAlreadyAcknowledged(@TempDir Path dir) throws Exception {
        SourceReader reader = new SourceReader();
        DocumentParser parser = new DocumentParser();
        List<ParsedDocument> seeds = new ArrayList<>();
        for (String name : List.of(Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021,
                Corpus.SECRETARIAT_2024)) {
            seeds.add(parser.parse(reader.read(Corpus.file(name))));
        }
        Path data = dir.resolve("data");
        StoreLocation.Embedded location = new StoreLocation.Embedded(data);
        Map<String, Long> acknowledged = new HashMap<>();
        int torn = 0;
        try (DocumentStore store = DocumentStore.open(location)) {
            try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
                 Statement s = c.createStatement()) {
                s.execute("SET RETENTION_TIME 0");
            }
            byte[] before = Files.readAllBytes(location.file());
            for (int i = 0; i < SAVES; i++) {
                ParsedDocument doc = seeds.get(i % seeds.size());
                long id = store.save(doc).summary().id();
                byte[] after = Files.readAllBytes(location.file());
                byte[] cut = cutShort(before, after);
                if (cut != null) {
                    torn++;
                    Path copy = dir.resolve("torn-" + i);
                    Files.createDirectories(copy);
                    Files.write(copy.resolve(StoreLocation.Embedded.FILE_NAME + ".mv.db"), cut);
                    try (DocumentStore recovered = DocumentStore.open(copy)) {
                        Map<String, Long> stored = new HashMap<>();
                        recovered.list(DocumentFilter.ALL).forEach(d -> stored.put(d.source(), d.id()));
                        int save = i;
                        acknowledged.forEach((source, ackedId) -> assertThat(stored.get(source))
                                .as("%s, acknowledged as id %d before save %d was cut", source, ackedId, save)
                                .isNotNull().isGreaterThanOrEqualTo(ackedId));
                    }
                }
                acknowledged.put(doc.source(), id);
                before = after;
            }
        }
        assertThat(torn).as("saves whose write was cut").isGreaterThan(SAVES / 2);
    }

    /**
     * {@code before} with the pages that {@code after} changed past the two header blocks, the last run of them cut
     * halfway; null when the save changed no such page.
     */
    private static byte[] cutShort(byte[] before, byte[] after) {
        int pages = (Math.max(before.length, after.length) + PAGE - 1) / PAGE;
        List<int[]> runs = new ArrayList<>();
        for (int p = 2; p < pages; p++) {
            if (!samePage(before, after, p)) {
                if (!runs.isEmpty() && runs.getLast()[1] == p) {
                    runs.getLast()[1] = p + 1;
                } else {
                    runs.add(new int[] {p, p + 1});
                }
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        int[] last = runs.getLast();
        int end = last[0] + Math.max(1, (last[1] - last[0]) / 2);
        byte[] cut = Arrays.copyOf(before, Math.max(before.length, Math.min(after.length, end * PAGE)));
        for (int[] run : runs) {
            for (int p = run[0]; p < (run == last ? end : run[1]); p++) {
                int from = p * PAGE;
                System.arraycopy(after, from, cut, from, Math.max(0, Math.min(PAGE, Math.min(after.length, cut.length) - from)));
            }
        }
        return cut;
    }

    private static boolean samePage(byte[] a, byte[] b, int page) {
        int from = page * PAGE;
        int to = from + PAGE;
        if (Math.min(a.length, to) != Math.min(b.length, to)) {
            return false;
        }
        return Arrays.equals(a, Math.min(from, a.length), Math.min(to, a.length), b, Math.min(from, b.length), Math.min(to, b.length));
    }
}
