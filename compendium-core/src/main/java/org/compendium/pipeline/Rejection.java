package org.compendium.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.compendium.ingest.RejectedInputException;
import org.compendium.store.StoreException;

/**
 * One file that was not ingested, and why: a message for people that names the file, the reason and what to do.
 *
 * @param file   the path as expanded (absolute)
 * @param name   the file name shown in messages
 * @param cause  which stage gave up, and so what the user should do about it
 * @param reason why it was not ingested, e.g. {@code the file is empty (0 bytes)}
 * @param advice what to do next, possibly empty
 */
public record Rejection(Path file, String name, Cause cause, String reason, String advice) {
    /** Which kind of failure stopped a file. */
    public enum Cause {
        /** The reader or parser rejected the input: the file is the problem. */
        REJECTED_INPUT,
        /** A bug in Compendium met this file: the file may be fine. */
        INTERNAL_ERROR,
        /** The store could not save the document: the data folder is the problem. */
        STORE_ERROR
    }

    public Rejection {
        if (file == null || name == null || cause == null || reason == null) {
            throw new IllegalArgumentException("a rejection needs a file, a name, a cause and a reason");
        }
        advice = advice == null ? "" : advice;
    }

    /** The one-line message: {@code name: reason. Advice} (internal errors: {@code ...; please report it}). */
    public String message() {
        if (advice.isEmpty()) {
            return name + ": " + reason;
        }
        return name + ": " + reason + (cause == Cause.INTERNAL_ERROR ? "; " : ". ") + advice;
    }

    static Rejection of(Path file, RejectedInputException e) {
        return new Rejection(file, nameOf(file), Cause.REJECTED_INPUT, e.reason(), e.advice());
    }

    static Rejection internal(Path file, String stage, RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new Rejection(file, nameOf(file), Cause.INTERNAL_ERROR,
                "internal error while " + stage + " " + nameOf(file) + ": " + detail, "please report it");
    }

    /** Another stored document already is this work in this language: the file is refused, not the store at fault. */
    static Rejection identityClash(Path file, org.compendium.store.IdentityClashException e) {
        String message = e.getMessage();
        int advice = message.indexOf("; nothing was changed. ");
        return new Rejection(file, nameOf(file), Cause.REJECTED_INPUT,
                advice < 0 ? message : message.substring(0, advice) + "; nothing was changed",
                advice < 0 ? "" : capitalised(message.substring(advice + "; nothing was changed. ".length())));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Rejection store(Path file, StoreException e) {
        return new Rejection(file, nameOf(file), Cause.STORE_ERROR, e.getMessage(),
                "Check the data folder (free space, permissions) and ingest this file again");
    }

    static Rejection unreadableFolder(Path folder, IOException e) {
        return new Rejection(folder, folder.toString(), Cause.REJECTED_INPUT,
                "could not list the folder (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                "Check the folder's permissions");
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
