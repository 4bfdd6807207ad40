package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A search that counts its matches on another core while it ranks ({@link ProvisionSearch#countAlongside}, as the
 * server searches) gives the very results of one that does both in turn: the same hits, snippets, total and facets,
 * filters counted sideways included, from one thread or many at once.
 */
class CountAlongsideTest {
    private static final List<SearchRequest> REQUESTS = requests();

    private static List<SearchRequest> requests() {
        List<SearchRequest> out = new ArrayList<>();
        for (String q : List.of("traite des personnes", "trafic de migrants", "\"coopération internationale\"",
                "États parties", "prie l'ONUDC", "victimes", "migr*", "protection des témoins", "")) {
            out.add(SearchRequest.of(q).withPage(0, 10));
            out.add(SearchRequest.of(q).withFilter(SearchFields.BODY, "WG.7").withPage(0, 5));
            out.add(SearchRequest.of(q).withFilter(SearchFields.KIND, "recommendation").withFilter(SearchFields.YEAR, "2021").withPage(5, 10));
        }
        return out;
    }

    @Test
    void theResultsAreThoseOfASearchCountingInTurn() throws Exception {
        try (ProvisionSearch inTurn = ProvisionSearch.open(SeedIndex.folder());
                ProvisionSearch alongside = ProvisionSearch.open(SeedIndex.folder())) {
            alongside.countAlongside(true);
            long matched = 0;
            for (SearchRequest r : REQUESTS) {
                SearchResult expected = inTurn.search(r);
                assertThat(alongside.search(r)).as(r.query() + " " + r.filters()).isEqualTo(expected);
                matched += expected.total();
            }
            assertThat(matched).as("the requests find provisions").isGreaterThan(100);
        }
    }

    @Test
    void manySearchesAtOnceGetTheirOwnCounts() throws Exception {
        try (ProvisionSearch inTurn = ProvisionSearch.open(SeedIndex.folder());
                ProvisionSearch alongside = ProvisionSearch.open(SeedIndex.folder())) {
            alongside.countAlongside(true);
            List<SearchResult> expected = new ArrayList<>();
            for (SearchRequest r : REQUESTS) {
                expected.add(inTurn.search(r));
            }
            ExecutorService clients = Executors.newFixedThreadPool(8);
            AtomicInteger wrong = new AtomicInteger();
            for (int c = 0; c < 8; c++) {
                int offset = c;
                clients.execute(() -> {
                    for (int i = 0; i < REQUESTS.size(); i++) {
                        int k = (i + offset * 5) % REQUESTS.size();
                        try {
                            if (!alongside.search(REQUESTS.get(k)).equals(expected.get(k))) {
                                wrong.incrementAndGet();
                            }
                        } catch (QuerySyntaxException | RuntimeException e) {
                            wrong.incrementAndGet();
                        }
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(wrong.get()).isZero();
        }
    }

    @Test
    void aFailureOfTheCountingPartIsTheSearchsOwn() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Alongside<String> failing = Alongside.start(pool, () -> {
                throw new IOException("index file gone");
            });
            assertThatThrownBy(failing::join).isInstanceOf(IOException.class).hasMessage("index file gone");
            Alongside<String> syntax = Alongside.start(null, () -> {
                throw new QuerySyntaxException("x:y", "no field x", null);
            });
            assertThatThrownBy(syntax::join).isInstanceOf(QuerySyntaxException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAFreeThreadTheCallerCountsItself() throws Exception {
        ExecutorService busy = Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try {
            busy.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread caller = Thread.currentThread();
            Alongside<Thread> part = Alongside.start(busy, Thread::currentThread);
            // The pool's one thread is held: the part runs on the joining thread, not after the blocker.
            assertThat(part.join()).isSameAs(caller);
        } finally {
            release.countDown();
            busy.shutdownNow();
        }
    }
}
