package org.compendium.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The project's expected figures, read from {@code regressions.properties} at the root of the checkout: the one place
 * golden tests and benchmarks take their numbers from, and the README quotes.
 *
 * <p>A figure is compared exactly, both ways: {@link #assertRatio} fails on a drop and on an unrecorded rise, so an
 * improvement is written down here in the same commit as the change that made it.
 */
public final class Regressions {
    /** Ratios are recorded to four decimals. */
    public static final double RATIO_TOLERANCE = 0.00005;
    private static final String FILE = "regressions.properties";
    private static volatile Properties loaded;

    private Regressions() {
    }

    /** The recorded value of {@code key}; fails naming the file when the key is missing. */
    public static String get(String key) {
        String value = properties().getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no figure '" + key + "' in " + location()
                    + "; record the expected value there (one 'key=value' line in its area's section)");
        }
        return value.strip();
    }

    /** Whether a figure is recorded for {@code key}. */
    public static boolean has(String key) {
        return properties().getProperty(key) != null;
    }

    public static long getLong(String key) {
        return Long.parseLong(get(key));
    }

    public static double getDouble(String key) {
        return Double.parseDouble(get(key));
    }

    /**
     * Checks a measured ratio against the recorded one, to four decimals.
     *
     * @throws AssertionError saying whether it dropped or rose, and what to record
     */
    public static void assertRatio(String key, double measured) {
        double expected = getDouble(key);
        if (Math.abs(measured - expected) > RATIO_TOLERANCE) {
            String way = measured < expected ? "dropped" : "rose";
            throw new AssertionError(String.format(java.util.Locale.ROOT,
                    "%s %s: measured %.4f, recorded %.4f in %s%s", key, way, measured, expected, location(),
                    measured > expected ? " (an improvement: record the new figure there and in the README)" : ""));
        }
    }

    /** Checks a measured count against the recorded one, exactly. */
    public static void assertCount(String key, long measured) {
        long expected = getLong(key);
        if (measured != expected) {
            throw new AssertionError(key + ": measured " + measured + ", recorded " + expected + " in " + location());
        }
    }

    /** The file, found in the working folder or the nearest parent folder that holds it (tests run in a module). */
    public static Path location() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(FILE + " not found in " + Path.of("").toAbsolutePath()
                + " or any parent folder; run from the checkout");
    }

    private static Properties properties() {
        Properties p = loaded;
        if (p == null) {
            p = new Properties();
            try (Reader r = Files.newBufferedReader(location(), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location(), e);
            }
            loaded = p;
        }
        return p;
    }
}
