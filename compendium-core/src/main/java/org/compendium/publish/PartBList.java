package org.compendium.publish;

import java.time.Clock;
import java.util.List;
import org.compendium.model.Body;
import org.compendium.model.Work;
import org.compendium.store.DocumentStore;
import org.compendium.themes.AuthenticatedEditor;
import org.compendium.themes.EditorCredentials;
import org.compendium.themes.ThemeEditing;

/**
 * The editor-maintained list of COP resolutions and decisions that concern a working group, stored (V13): part B of
 * the group's compendium holds the instruments the documented rule finds ({@link EditionSubjects}: the title names
 * the subject) and those this list names — an instrument that concerns the subject under another title (a resolution
 * on the Convention's review mechanism that covers the Protocol) is added here by an editor.
 */
public final class PartBList {
    private final DocumentStore store;
    private final ThemeEditing editing;
    private final Clock clock;

    public PartBList(DocumentStore store, ThemeEditing editing, Clock clock) {
        this.store = store;
        this.editing = editing;
        this.clock = clock;
    }

    /**
     * Adds {@code work} to part B of {@code body}'s compendium, audited ({@code part-b-add}) in the store's one audit
     * log with the theme and link decisions.
     *
     * @return false when the list already names it
     * @throws IllegalArgumentException when {@code work} is not a COP resolution or decision, or {@code body} is the COP
     * @throws org.compendium.themes.NotAuthorizedException when the credentials are refused
     */
    public boolean add(EditorCredentials credentials, Body body, Work work) {
        check(body, work);
        AuthenticatedEditor editor = editing.authenticate(credentials);
        return store.editions().addToPartB(body.code(), work.toString(), editor.username(), clock.instant());
    }

    /**
     * Removes {@code work} from the list (the documented rule may still include it), audited ({@code part-b-remove}).
     *
     * @return false when the list does not name it
     */
    public boolean remove(EditorCredentials credentials, Body body, Work work) {
        check(body, work);
        AuthenticatedEditor editor = editing.authenticate(credentials);
        return store.editions().removeFromPartB(body.code(), work.toString(), editor.username(), clock.instant());
    }

    /** The works the list names for {@code body}, in the order they were added. */
    public static List<Work> of(DocumentStore store, Body body) {
        return store.editions().partB(body.code()).stream().map(Work::parse).toList();
    }

    private static void check(Body body, Work work) {
        if (body == null || body == Body.COP) {
            throw new IllegalArgumentException("part B belongs to a working group's compendium: WG.4 or WG.7");
        }
        if (!(work instanceof Work.CopInstrument)) {
            throw new IllegalArgumentException("part B holds COP resolutions and decisions (COP res. 11/5, COP dec. 2/4), not " + work);
        }
    }
}
