package org.compendium.app.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.compendium.app.Main;

/**
 * The command line in a child JVM (the test's own class path), its stdout and stderr collected line by line as they
 * come, so that a test can wait for a line and then kill the process with SIGKILL.
 */
final class ChildRun implements AutoCloseable {
    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    private ChildRun(Process process) {
        this.process = process;
        this.outReader = collect(process.getInputStream(), out);
        this.errReader = collect(process.getErrorStream(), err);
    }

    /** Starts {@code compendium ARGS...} with {@code env} added to the environment. */
    static ChildRun start(Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return new ChildRun(pb.start());
    }

    private static Thread collect(InputStream stream, List<String> into) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    into.add(line);
                }
            } catch (IOException e) {
                // The process died: what was read so far is what it printed.
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until some stdout line satisfies {@code test}, or the process ends, or {@code timeoutMs} pass. */
    boolean awaitOut(Predicate<List<String>> test, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (System.nanoTime() < end) {
            if (test.test(out)) {
                return true;
            }
            if (!process.isAlive()) {
                outReader.join(5000);
                return test.test(out);
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** Kills the process at once (SIGKILL on Unix) and waits for it and its output. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        outReader.join(5000);
        errReader.join(5000);
    }

    /** Sends SIGINT, what Ctrl+C sends: the JVM runs its shutdown hooks. */
    void interrupt() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            process.destroy(); // SIGTERM: the same shutdown hooks
        }
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not finish in " + timeoutSeconds + " s; stderr: " + err);
        }
        outReader.join(5000);
        errReader.join(5000);
        return process.exitValue();
    }

    /** The complete stdout lines read so far. */
    List<String> out() {
        return List.copyOf(out);
    }

    /** The complete stderr lines read so far. */
    List<String> err() {
        return List.copyOf(err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
