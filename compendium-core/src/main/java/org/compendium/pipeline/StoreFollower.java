package org.compendium.pipeline;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.ThemeNames;
import org.compendium.store.DocumentStore;

/**
 * Keeps a long-running process's search in step with a store that other processes write: every period it compares
 * the store generation with the generation of the index its searcher reads; when they differ (another process
 * ingested, decided or imported through the server's share of the store), it brings the index up to date through
 * {@link EditorChanges#catchUp} (one writer at a time, with this process's own edits) and refreshes the searcher and
 * the theme labels it matches ({@link ThemeNames}), so that pages and API answers show the new documents, decisions
 * and themes within about one period.
 *
 * <p>A catch-up that fails (another process holds the index's write lock, e.g. {@code index rebuild}) is tried again
 * at the next period; {@link #problem} says what went wrong meanwhile.
 */
public final class StoreFollower implements AutoCloseable {
    private final DocumentStore store;
    private final ProvisionSearch search;
    private final EditorChanges changes;
    private final ScheduledExecutorService timer;
    private final AtomicReference<String> problem = new AtomicReference<>();
    private final AtomicLong catchUps = new AtomicLong();

    private StoreFollower(DocumentStore store, ProvisionSearch search, EditorChanges changes) {
        this.store = store;
        this.search = search;
        this.changes = changes;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "compendium-store-follower");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts following {@code store} for {@code search}, checking every {@code period}. */
    public static StoreFollower start(DocumentStore store, ProvisionSearch search, EditorChanges changes, Duration period) {
        StoreFollower follower = new StoreFollower(store, search, changes);
        long ms = Math.max(1, period.toMillis());
        follower.timer.scheduleWithFixedDelay(follower::check, ms, ms, TimeUnit.MILLISECONDS);
        return follower;
    }

    /** One check: catch up when the searcher's index does not reflect the store's generation. */
    void check() {
        try {
            long generation = store.generation();
            OptionalLong indexed = search.generation();
            if (indexed.isPresent() && indexed.getAsLong() == generation) {
                problem.set(null);
                return;
            }
            EditorChanges.Outcome<Void> o = changes.catchUp();
            search.refresh(); // also when another process wrote the index itself
            search.useThemes(ThemeNames.of(store.themes().themes())); // an import may have brought new labels
            catchUps.incrementAndGet();
            problem.set(o.indexError());
        } catch (RuntimeException e) {
            problem.set(String.valueOf(e.getMessage())); // the store or index failed now; the next check tries again
        }
    }

    /** Why the last check could not bring the search in step, or null when it could (or had nothing to do). */
    public String problem() {
        return problem.get();
    }

    /** How many times the follower brought the search up to date with changes from elsewhere. */
    public long catchUps() {
        return catchUps.get();
    }

    /** Stops following (waits for a check under way). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
