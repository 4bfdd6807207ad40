package org.compendium.web.ops;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The access log: one line per request, {@code TIME ADDRESS METHOD PATH STATUS MS}, e.g.
 * {@code 2026-12-01T10:15:02.123Z 127.0.0.1 GET /api/search 200 4.1}. The path is logged without its query string,
 * which may carry what a visitor typed (searches, drafts), and with control characters and spaces escaped, so a line
 * is always one line of six fields. Appended to a file (the data folder's {@code access.log} by default) or written
 * to standard error; each line is flushed as it is written, so {@code tail -f} shows it at once.
 */
public final class AccessLog implements AutoCloseable {
    private final Writer out;
    private final String where;

    private AccessLog(Writer out, String where) {
        this.out = out;
        this.where = where;
    }

    /** A log appended to {@code file} (created with its folder when missing). */
    public static AccessLog toFile(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return new AccessLog(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), StandardCharsets.UTF_8)),
                    file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the access log " + file + ": " + e.getMessage()
                    + "; pick another file with --access-log, or --access-log - for standard error", e);
        }
    }

    /** A log on {@code stream} (standard error). */
    public static AccessLog to(PrintStream stream) {
        return new AccessLog(new OutputStreamWriter(stream, StandardCharsets.UTF_8), "standard error");
    }

    /** A log that writes nothing. */
    public static AccessLog off() {
        return new AccessLog(Writer.nullWriter(), "nowhere");
    }

    /** Where the lines go, for the start-up message. */
    public String where() {
        return where;
    }

    /** Writes the line of one answered request. */
    public void request(Instant at, String address, String method, String path, int status, double ms) {
        String line = at.truncatedTo(ChronoUnit.MILLIS) + " " + field(address) + " " + field(method) + " "
                + field(withoutQuery(path)) + " " + status + " " + String.format(Locale.ROOT, "%.1f", ms) + "\n";
        synchronized (this) {
            try {
                out.write(line);
                out.flush();
            } catch (IOException e) {
                // A full disk must not fail the request that was answered; the metrics still count it.
            }
        }
    }

    /** The path up to its query string. */
    static String withoutQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** One field: never empty, no space, no control character ({@code \xNN}), no backslash left ambiguous. */
    static String field(String s) {
        if (s == null || s.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\\') {
                b.append("\\\\");
            } else if (c <= ' ' || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    @Override
    public synchronized void close() {
        try {
            out.flush();
            if (!where.equals("standard error")) {
                out.close();
            }
        } catch (IOException e) {
            // Closing at shutdown: nothing left to report it to.
        }
    }
}
