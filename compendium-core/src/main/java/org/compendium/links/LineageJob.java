package org.compendium.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The lineage step of a server, run off the request threads: one background thread finds the lineage of the
 * documents pending ({@link LineageAtIngest}) when asked — an upload indexed, a lineage page opened — and every
 * {@code period} on its own, so documents another process ingested while the server held the store are linked
 * without anyone asking. Requests made while a run goes on are folded into one more run after it. What it is doing
 * and what it last did is {@link #status()} (the server's {@code /health} shows it); what is pending is durable in the
 * store, so a server stopped mid-run loses nothing (the next run takes it up).
 */
public final class LineageJob implements AutoCloseable {
    /**
     * What the job is doing.
     *
     * @param running  whether a run goes on now
     * @param done     the pending documents the current run (or the last one) has looked at
     * @param of       how many were pending when that run started
     * @param runs     runs finished since the server started
     * @param last     what the last finished run did, empty before the first
     * @param finished when the last run finished, or null before the first
     * @param error    why the last run failed, or null when it did not
     */
    public record Status(boolean running, int done, int of, long runs, Optional<LineageAtIngest.Report> last,
                         Instant finished, String error) {
    }

    private final Function<LineageAtIngest.Progress, LineageAtIngest.Report> step;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "compendium-lineage");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // requests first: lineage can wait a moment
        return t;
    });
    /** Set by {@link #close}: a run stops before its next document (never interrupted: the store's files are NIO channels). */
    private volatile boolean closing;
    private boolean queued;
    private boolean running;
    private int done;
    private int of;
    private long runs;
    private LineageAtIngest.Report last;
    private Instant finished;
    private String error;

    private LineageJob(Function<LineageAtIngest.Progress, LineageAtIngest.Report> step, Clock clock) {
        this.step = step;
        this.clock = clock;
    }

    /**
     * Starts the job: a first run at once (what was left pending when the server started), then one every
     * {@code period} after the last ended and whenever {@link #request()} asks.
     *
     * @param step one run of the lineage step, telling its progress ({@code LineageAtIngest.run(store, search, p)},
     *             serialised by the caller with any other run over the same store)
     */
    public static LineageJob start(Function<LineageAtIngest.Progress, LineageAtIngest.Report> step, Duration period) {
        LineageJob job = new LineageJob(step, Clock.systemUTC());
        job.request();
        job.thread.scheduleWithFixedDelay(job::request, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return job;
    }

    /** Asks for a run soon, off the caller's thread; returns at once. Requests during a run give one more run. */
    public synchronized void request() {
        if (queued || thread.isShutdown()) {
            return;
        }
        queued = true;
        thread.execute(this::runOnce);
    }

    private void runOnce() {
        synchronized (this) {
            queued = false;
            running = true;
        }
        LineageAtIngest.Report report = null;
        String failure = null;
        try {
            report = step.apply(new LineageAtIngest.Progress() {
                @Override
                public void looked(int looked, int pending) {
                    progress(looked, pending);
                }

                @Override
                public boolean stop() {
                    return closing;
                }
            });
        } catch (RuntimeException e) {
            // Kept for the status and tried again at the next request or period: the documents stay pending.
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        synchronized (this) {
            running = false;
            runs++;
            finished = clock.instant();
            error = failure;
            if (report != null && (report.documents() > 0 || report.pending() > 0 || last == null)) {
                last = report; // an idle run (nothing pending) does not hide what the last real one did
            }
            notifyAll();
        }
    }

    private synchronized void progress(int looked, int pending) {
        done = looked;
        of = pending;
    }

    /** What the job is doing and what it last did. */
    public synchronized Status status() {
        return new Status(running, done, of, runs, Optional.ofNullable(last), finished, error);
    }

    /**
     * Waits until no run goes on and none is asked for, or {@code timeout} passes; for tests and a clean stop.
     *
     * @return whether the job is idle
     */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (running || queued) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * Stops the job: a run going on finishes the document it is on and stops (the rest stays pending); waits for it up
     * to 30 seconds. The thread is not interrupted: an interrupt closes the NIO channels of the store's files.
     */
    @Override
    public void close() {
        closing = true;
        thread.shutdown();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
