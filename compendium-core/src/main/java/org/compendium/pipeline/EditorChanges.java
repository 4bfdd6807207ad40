package org.compendium.pipeline;

import java.nio.file.Path;
import org.compendium.index.IndexException;
import org.compendium.model.Citation;
import org.compendium.model.Supplied;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.compendium.store.DocumentSummary;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.ThemeEditing;

/**
 * An editor's change, then the search index brought in step: the one use case behind the CLI's and the web's theme
 * decisions and metadata corrections. The change goes through {@link ThemeEditing} (checked, audited, durable); the
 * documents it touches are then re-indexed with a writer opened for this update only. When the index cannot be
 * written (another process holds it), the change still stands and the outcome says what to run.
 */
public final class EditorChanges {
    private final ThemeEditing editing;
    private final DocumentStore store;
    private final Path indexDir;
    private final Runnable afterIndexing;

    /**
     * What a change did.
     *
     * @param result     the stored change
     * @param index      what the re-indexing did
     * @param indexError why the search index was not updated (the change stands), or null when it was (or there is
     *                   no index)
     */
    public record Outcome<T>(T result, ThemeReindex.Report index, String indexError) {
    }

    /**
     * @param indexDir      the search index folder (it may not exist: search is then off, nothing to update)
     * @param afterIndexing what to do once the index has the change (a server refreshes its searcher); may be a no-op
     */
    public EditorChanges(ThemeEditing editing, DocumentStore store, Path indexDir, Runnable afterIndexing) {
        this.editing = editing;
        this.store = store;
        this.indexDir = indexDir;
        this.afterIndexing = afterIndexing == null ? () -> { } : afterIndexing;
    }

    /** Records an editor's verdict on a provision's theme, then re-indexes the documents holding it. */
    public Outcome<ThemeDecision> decide(AuthenticatedEditor editor, Citation citation, String themeId, ThemeVerdict verdict) {
        return reindexed(editing.decide(editor, citation, themeId, verdict));
    }

    /** Corrects a document's metadata ({@link ThemeEditing#correctMetadata}), then re-indexes it. */
    public Outcome<DocumentSummary> correctMetadata(AuthenticatedEditor editor, long documentId, Supplied correction) {
        return reindexed(editing.correctMetadata(editor, documentId, correction));
    }

    /**
     * Re-indexes what the store changed since the index's last commit, whoever changed it: what another process
     * wrote while this one serves ({@link StoreFollower}).
     */
    public Outcome<Void> catchUp() {
        return reindexed(null);
    }

    /**
     * Re-indexes what the store changed since the index's last commit: the documents the change touched, which the
     * store recorded with the change's generation (and any an interrupted run left behind). One writer at a time from
     * this process: two edits at once must not meet Lucene's lock.
     */
    private synchronized <T> Outcome<T> reindexed(T result) {
        if (indexDir == null) {
            return new Outcome<>(result, new ThemeReindex.Report(false, 0, 0), null);
        }
        try {
            ThemeReindex.Report report = ThemeReindex.catchUp(store, indexDir);
            if (report.indexed()) {
                afterIndexing.run();
            }
            return new Outcome<>(result, report, null);
        } catch (IndexException e) {
            return new Outcome<>(result, new ThemeReindex.Report(false, 0, 0), e.getMessage());
        }
    }
}
