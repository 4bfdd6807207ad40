package org.compendium.web.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compendium.index.ProvisionSearch;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Supplied;
import org.compendium.pipeline.EditorChanges;
import org.compendium.store.DocumentSummary;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeKeyword;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.ThemeEditing;

/**
 * The write path of themes in the web application: an editor's decision goes through {@link ThemeEditing} (so it
 * lands in the audit log), then the provision's documents are re-indexed with a writer opened for this update only
 * and the searcher refreshed, so search and its theme facet show the change at once. Vocabulary changes (a new
 * theme, a label) go through {@link ThemeEditing} too but touch no search document: the index holds theme ids, and
 * labels are read from the store when a page or facet shows them.
 */
public final class ThemeChanges {
    private final ThemeEditing editing;
    private final DocumentStore store;
    private final EditorChanges changes;

    /**
     * @param indexDir the search index folder, or null when the server runs without an index
     * @param search   the searcher over it, or null
     */
    public ThemeChanges(ThemeEditing editing, DocumentStore store, Path indexDir, ProvisionSearch search) {
        this.editing = Objects.requireNonNull(editing);
        this.store = Objects.requireNonNull(store);
        this.changes = new EditorChanges(editing, store, search == null ? null : indexDir, search == null ? null : search::refresh);
    }

    /** The index updates of this server's edits, which also bring in what other processes wrote to the store. */
    public EditorChanges indexing() {
        return changes;
    }

    /**
     * What a change did.
     *
     * @param decision   the stored decision
     * @param indexError why the search index could not be updated (the decision stands), or null when it was (or
     *                   there is no index)
     */
    public record Outcome(ThemeDecision decision, String indexError) {
    }

    /**
     * Records an editor's verdict and updates the search index.
     *
     * @throws org.compendium.themes.NotAuthorizedException when the editor no longer exists
     * @throws IllegalArgumentException for an unknown theme or provision (nothing changed)
     */
    public Outcome decide(AuthenticatedEditor editor, Citation citation, String themeId, ThemeVerdict verdict) {
        EditorChanges.Outcome<ThemeDecision> o = changes.decide(editor, citation, themeId, verdict);
        return new Outcome(o.result(), o.indexError());
    }

    /**
     * Adds a theme to the vocabulary of {@code scope}, as {@link ThemeEditing#createTheme(AuthenticatedEditor, Body,
     * Map, String)} does.
     *
     * @throws org.compendium.themes.NotAuthorizedException when the editor no longer exists
     * @throws IllegalArgumentException for no label, a language outside the six, an id that exists or a parent that
     *                                  is not a theme of the scope (nothing changed)
     */
    public Theme createTheme(AuthenticatedEditor editor, Body scope, Map<String, String> labels, String parentId) {
        return editing.createTheme(editor, scope, labels, parentId);
    }

    /**
     * Sets a theme's label in one of {@link ThemeEditing#LANGUAGES} and returns the theme as it now is.
     *
     * @throws org.compendium.themes.NotAuthorizedException when the editor no longer exists
     * @throws IllegalArgumentException for an unknown theme, another language or a blank label (nothing changed)
     */
    public Theme label(AuthenticatedEditor editor, String themeId, String language, String label) {
        editing.label(editor, themeId, language, label);
        return store.themes().themes().stream().filter(t -> t.id().equals(themeId)).findFirst().orElseThrow();
    }

    /**
     * Adds a keyword of a theme, as {@link ThemeEditing#addKeyword(AuthenticatedEditor, String, String, String)}
     * does, and returns the theme's keywords as they now are. No search document changes: suggestions read keywords
     * from the store (the vocabulary version they train on changes).
     *
     * @throws org.compendium.themes.NotAuthorizedException when the editor no longer exists
     * @throws IllegalArgumentException for an unknown theme or language, a blank keyword or one the theme has
     */
    public List<ThemeKeyword> addKeyword(AuthenticatedEditor editor, String themeId, String language, String keyword) {
        editing.addKeyword(editor, themeId, language, keyword);
        return keywords(themeId);
    }

    /**
     * Removes a keyword of a theme and returns the theme's keywords as they now are.
     *
     * @throws org.compendium.themes.NotAuthorizedException when the editor no longer exists
     * @throws IllegalArgumentException for an unknown theme or language, or a keyword the theme does not have
     */
    public List<ThemeKeyword> removeKeyword(AuthenticatedEditor editor, String themeId, String language, String keyword) {
        editing.removeKeyword(editor, themeId, language, keyword);
        return keywords(themeId);
    }

    /** A theme's keywords, by language and keyword. */
    public List<ThemeKeyword> keywords(String themeId) {
        return store.themes().keywords().stream().filter(k -> k.themeId().equals(themeId)).toList();
    }

    /**
     * Corrects a document's symbol, title or dates, audited, then re-indexes it.
     *
     * @throws org.compendium.themes.NotAuthorizedException when the editor no longer exists
     * @throws IllegalArgumentException for an unknown document or an empty correction (nothing changed)
     */
    public EditorChanges.Outcome<DocumentSummary> correctMetadata(AuthenticatedEditor editor, long documentId, Supplied correction) {
        return changes.correctMetadata(editor, documentId, correction);
    }
}
