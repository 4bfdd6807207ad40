package org.compendium.themes;

import java.time.Clock;
import java.util.Optional;
import org.compendium.model.Citation;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.compendium.store.StoredEditor;
import org.compendium.store.ThemeStore;

/**
 * The editing service: authenticated editors accept, reject or add a theme for a provision; every change is stored
 * with its audit entry (who, when, what, before and after) and a new vocabulary version. Reads need no credentials.
 *
 * <p>Usable as is by a web layer: every method takes the credentials and throws {@link NotAuthorizedException}
 * (nothing changed) or {@link IllegalArgumentException} (unknown theme or provision) before touching the store.
 */
public final class ThemeEditing {
    private final DocumentStore store;
    private final ThemeStore themes;
    private final Clock clock;
    private final int iterations;

    public ThemeEditing(DocumentStore store, Clock clock) {
        this(store, clock, PasswordHashing.ITERATIONS);
    }

    /** With a given PBKDF2 iteration count for new editors (tests use a small one to stay fast). */
    public ThemeEditing(DocumentStore store, Clock clock, int iterations) {
        this.store = store;
        this.themes = store.themes();
        this.clock = clock;
        this.iterations = iterations;
    }

    /** Adds an editor; the password is hashed (salted PBKDF2), never stored. */
    public void addEditor(String username, char[] password) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("an editor name is 1 to 100 letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
        themes.addEditor(PasswordHashing.hash(username, password, iterations), clock.instant());
    }

    /** Confirms a theme for a provision. */
    public ThemeDecision accept(EditorCredentials editor, Citation citation, String themeId) {
        return decide(authenticate(editor), citation, themeId, ThemeVerdict.ACCEPTED);
    }

    /** Refuses a theme for a provision: it is never suggested for it again. */
    public ThemeDecision reject(EditorCredentials editor, Citation citation, String themeId) {
        return decide(authenticate(editor), citation, themeId, ThemeVerdict.REJECTED);
    }

    /** Adds a theme to a provision. */
    public ThemeDecision add(EditorCredentials editor, Citation citation, String themeId) {
        return decide(authenticate(editor), citation, themeId, ThemeVerdict.ADDED);
    }

    /**
     * Records {@code verdict} for a provision's theme on behalf of an editor authenticated earlier (a web session),
     * after checking that the editor still exists.
     *
     * @throws NotAuthorizedException when the editor no longer exists
     */
    public ThemeDecision decide(AuthenticatedEditor editor, Citation citation, String themeId, ThemeVerdict verdict) {
        if (editor == null || themes.editor(editor.username()).isEmpty()) {
            throw new NotAuthorizedException("not authorised: this editor no longer exists; nothing was changed");
        }
        return record(editor.username(), citation, themeId, verdict);
    }

    /**
     * The editor, once the password is checked: what a web session keeps instead of the password.
     *
     * @throws NotAuthorizedException for an unknown editor or a wrong password
     */
    public AuthenticatedEditor authenticate(EditorCredentials credentials) {
        char[] password = credentials == null ? new char[0] : credentials.password();
        Optional<StoredEditor> editor = credentials == null || credentials.username() == null ? Optional.empty()
                : themes.editor(credentials.username());
        if (editor.isEmpty() || !PasswordHashing.verify(editor.get(), password)) {
            throw new NotAuthorizedException("not authorised: unknown editor or wrong password; nothing was changed");
        }
        return new AuthenticatedEditor(editor.get().username());
    }

    private ThemeDecision record(String editor, Citation citation, String themeId, ThemeVerdict verdict) {
        String action = switch (verdict) {
            case ACCEPTED -> "accept";
            case REJECTED -> "reject";
            case ADDED -> "add";
        };
        if (themes.themes().stream().noneMatch(t -> t.id().equals(themeId))) {
            throw new IllegalArgumentException("no theme '" + themeId + "'; see `compendium themes list`");
        }
        if (store.findByCitation(citation).isEmpty()) {
            throw new IllegalArgumentException("no stored provision cited as " + citation);
        }
        String before = themes.decisions().stream()
                .filter(d -> d.citation().equals(citation) && d.themeId().equals(themeId))
                .map(d -> d.verdict().code() + " by " + d.editor()).findFirst()
                .orElse(themes.links().stream().anyMatch(l -> l.citation().equals(citation) && l.themeId().equals(themeId))
                        ? "indexed" : "none");
        ThemeDecision d = new ThemeDecision(citation, themeId, verdict, editor, clock.instant());
        themes.decide(d, action, before);
        return d;
    }
}
