package org.compendium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Recognises a damaged database among H2's and PostgreSQL's failures, to tell the user what to do instead of a bare
 * error; and looks at an embedded store's file before H2 opens it.
 */
final class Damage {
    private Damage() {
    }

    /**
     * Whether {@code e} (or a cause) says the database is corrupted: H2's own code for it, MVStore's exception,
     * a value of H2's own metadata that does not convert (what junk in the file's latest chunk gives at open), or
     * PostgreSQL's {@code data_corrupted} / {@code index_corrupted} (SQLSTATE XX001, XX002).
     */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("XX001") || sql.getSQLState().equals("XX002"))) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == ErrorCode.DATA_CONVERSION_ERROR_1)) {
                return true;
            }
            if (t instanceof MVStoreException) {
                return true;
            }
            // MVStore's own exception (org.h2.mvstore.MVStoreException) names the damage in its message.
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("corrupt")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Looks at an existing database file without writing to it, before H2 opens it for real: H2 takes a file whose
     * every chunk is unreadable for a new, empty database and would migrate a fresh schema over it, so that the
     * documents are gone without a word. Returns what is wrong, or empty when the file is absent, readable, or
     * locked by the process that has it open (the real open then says so).
     */
    static Optional<String> inspect(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // the real open reports what the file system says
        }
        try {
            MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            try {
                return store.getMapNames().isEmpty()
                        ? Optional.of("the file " + file.getFileName() + " holds no readable data") : Optional.empty();
            } finally {
                store.closeImmediately();
            }
        } catch (MVStoreException e) {
            return e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED ? Optional.empty() : Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Advice to append to a failure's message when it is damage, else nothing. */
    static String advice(Throwable e) {
        return isDamage(e) ? "; the store is damaged: restore it from a backup, or ingest the documents again into a new "
                + "store" : "";
    }
}
