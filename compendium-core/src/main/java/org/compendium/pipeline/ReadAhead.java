package org.compendium.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The read and parse of one run's files, done ahead of their saves: on a pool of threads, at most two files per thread
 * ahead of the one being saved, each result handed over in input order by {@link #take}; or, with one thread or one
 * file, on the calling thread when it is taken.
 *
 * <p>The work must report its failures as a result (a rejected file is not an exception); only an {@link Error} from
 * it is thrown again by {@link #take}. {@link #close} drops whatever was read ahead and not taken (a stopped run leaves
 * those files as they were) and returns once no pool thread is still working on one, so nothing of the run outlives it.
 *
 * @param <T> what the work makes of one file
 */
final class ReadAhead<T> implements AutoCloseable {
    private static final int FILES_AHEAD_PER_THREAD = 2;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final List<Path> files;
    private final Function<Path, T> work;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private int submitted;
    private int taken;

    private ReadAhead(List<Path> files, Function<Path, T> work, int threads) {
        this.files = List.copyOf(files);
        this.work = work;
        // A pool only pays when there are two files to overlap; one file is read and parsed where it is saved.
        this.pool = threads > 1 && files.size() > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
        this.window = threads * FILES_AHEAD_PER_THREAD;
    }

    /** Reads ahead on {@code threads} threads (1: on the calling thread, nothing ahead). */
    static <T> ReadAhead<T> of(List<Path> files, int threads, Function<Path, T> work) {
        if (threads < 1) {
            throw new IllegalArgumentException("reading ahead takes at least one thread, not " + threads);
        }
        return new ReadAhead<>(files, work, threads);
    }

    /**
     * The result for the next file, in input order, waiting for it if it is still being read or parsed.
     *
     * @throws InterruptedException when the calling thread is interrupted while it waits
     */
    T take() throws InterruptedException {
        if (taken >= files.size()) {
            throw new IllegalStateException("all " + files.size() + " files were taken");
        }
        int index = taken++;
        if (pool == null) {
            return work.apply(files.get(index));
        }
        while (submitted < files.size() && submitted < taken + window) {
            Path file = files.get(submitted++);
            pending.addLast(pool.submit(() -> work.apply(file)));
        }
        try {
            return pending.removeFirst().get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        pool.shutdownNow();
        // A parse does not stop when interrupted: this waits for the few in flight, as one thread finishes its file.
        pool.close();
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException("reading ahead failed", cause);
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "compendium-ingest-" + pool + "-" + thread.incrementAndGet());
            // Never what keeps the JVM alive: the run that owns the pool closes it.
            t.setDaemon(true);
            return t;
        };
    }
}
