package org.compendium.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C (or SIGTERM) during a long command: instead of the JVM exiting under the work, a shutdown hook asks the
 * work to stop at its next safe point ({@link #onStop}) and waits until the command has wound down (the current
 * document saved or not, the index committed, the store closed: everything inside the try-with-resources that
 * opened this first) before the JVM exits.
 */
final class StopOnInterrupt implements AutoCloseable {
    /** How long the hook waits for the command to wind down before letting the JVM exit anyway. */
    private static final long GRACE_SECONDS = 60;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    private volatile Runnable stop = () -> { };

    private StopOnInterrupt() {
        hook = new Thread(() -> {
            stop.run();
            try {
                done.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "compendium-stop");
    }

    /** Installs the hook; close it last, after the resources the command opened. */
    static StopOnInterrupt install() {
        StopOnInterrupt s = new StopOnInterrupt();
        Runtime.getRuntime().addShutdownHook(s.hook);
        return s;
    }

    /** What to call when a shutdown begins, e.g. {@code ingestion::stop}. */
    void onStop(Runnable action) {
        stop = action;
    }

    /** Releases the hook: removed when no shutdown has begun, else let go, so that the JVM exits. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and waits for this.
        } finally {
            done.countDown();
        }
    }
}
