package org.compendium.index;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * A part of a search handed to another core while the searching thread does the rest: a search's counts (total and
 * facets) need nothing of its ranking, and at a million provisions each is about a third of its time, so one client
 * waits for the longer of the two instead of their sum. The searching thread runs the part itself when no thread of
 * the pool has started it by the time it is wanted (every core busy): never a wait in a queue behind other searches,
 * and no more CPU time than doing both in turn.
 *
 * @param <T> what the part gives
 */
final class Alongside<T> {
    /** A part that can fail as a search does. */
    @FunctionalInterface
    interface Part<T> {
        T run() throws IOException, QuerySyntaxException;
    }

    private final FutureTask<T> task;

    private Alongside(FutureTask<T> task) {
        this.task = task;
    }

    /** {@code part} started on {@code pool} (null: it will run on the thread that joins it). */
    static <T> Alongside<T> start(Executor pool, Part<T> part) {
        Callable<T> work = part::run;
        Alongside<T> out = new Alongside<>(new FutureTask<>(work));
        if (pool != null) {
            try {
                pool.execute(out.task);
            } catch (RejectedExecutionException e) {
                // A pool shutting down (the search is closing): the joining thread runs it.
            }
        }
        return out;
    }

    /** What the part gave: run here if no other thread started it, else waited for; its failure rethrown as its own. */
    T join() throws IOException, QuerySyntaxException {
        task.run(); // a no-op when a thread of the pool started it (or it is done)
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The part reads an index the caller still holds: it must end before the caller goes on.
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof QuerySyntaxException syntax) {
                        throw syntax;
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for the part to end, whatever it gives: the caller failed and is about to release what the part reads. */
    void awaitQuietly() {
        try {
            join();
        } catch (IOException | QuerySyntaxException | RuntimeException e) {
            // The caller's own failure is the one reported.
        }
    }
}
