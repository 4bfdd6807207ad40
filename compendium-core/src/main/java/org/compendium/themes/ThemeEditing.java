package org.compendium.themes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.Supplied;
import org.compendium.store.DocumentSummary;
import org.compendium.model.Theme;
import org.compendium.model.ThemeDecision;
import org.compendium.model.ThemeKeyword;
import org.compendium.model.Language;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentStore;
import org.compendium.store.EditorStore;
import org.compendium.store.StoredEditor;
import org.compendium.store.ThemeStore;

/**
 * The editing service: authenticated editors accept, reject or add a theme for a provision, and extend the vocabulary
 * (a new theme, in any scope; a label in another UN language); every change is stored with its audit entry (who,
 * when, what, before and after) and a new vocabulary version. Reads need no credentials.
 *
 * <p>Usable as is by a web layer: every method takes the credentials and throws {@link NotAuthorizedException}
 * (nothing changed) or {@link IllegalArgumentException} (unknown theme or provision) before touching the store.
 */
public final class ThemeEditing {
    /** The six official languages of the United Nations: the languages a theme label can be written in. */
    public static final Set<String> LANGUAGES = org.compendium.model.Language.OFFICIAL.stream()
            .map(org.compendium.model.Language::code).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final DocumentStore store;
    private final ThemeStore themes;
    private final EditorStore editors;
    private final Clock clock;
    private final int iterations;

    public ThemeEditing(DocumentStore store, Clock clock) {
        this(store, clock, PasswordHashing.ITERATIONS);
    }

    /** With a given PBKDF2 iteration count for new editors (tests use a small one to stay fast). */
    public ThemeEditing(DocumentStore store, Clock clock, int iterations) {
        this.store = store;
        this.themes = store.themes();
        this.editors = store.editors();
        this.clock = clock;
        this.iterations = iterations;
    }

    /** Adds an editor; the password is hashed (salted PBKDF2), never stored. */
    public void addEditor(String username, char[] password) {
        requireName(username);
        requirePassword(password);
        editors.addEditor(PasswordHashing.hash(username, password, iterations), clock.instant());
    }

    /** The editors, by user name. */
    public List<org.compendium.store.EditorSummary> editors() {
        return editors.editors();
    }

    /**
     * Removes an editor (audited as done by {@code by}); they can no longer log in, and a login they have open no
     * longer stands ({@link #isCurrent}): the web ends its sessions at their next request. Their decisions stay.
     *
     * @return false when there is no such editor (nothing changed)
     */
    public boolean removeEditor(String username, String by) {
        requireName(username);
        return editors.removeEditor(username, by, clock.instant());
    }

    /**
     * Sets an editor's password (audited as done by {@code by}); hashed anew with a new salt, so that logins made with
     * the old one no longer stand ({@link #isCurrent}).
     *
     * @return false when there is no such editor (nothing changed)
     * @throws IllegalArgumentException for a malformed name or a password under 8 characters
     */
    public boolean changePassword(String username, char[] password, String by) {
        requireName(username);
        requirePassword(password);
        return editors.replacePassword(PasswordHashing.hash(username, password, iterations), by, clock.instant());
    }

    private static void requireName(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("an editor name is 1 to 100 letters, digits, '.', '_' or '-'");
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("a password needs at least 8 characters");
        }
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
        requireEditor(editor);
        return record(editor.username(), citation, themeId, verdict);
    }

    /** Adds a theme to the vocabulary of {@code scope}; see {@link #createTheme(AuthenticatedEditor, Body, Map, String)}. */
    public Theme createTheme(EditorCredentials editor, Body scope, Map<String, String> labels, String parentId) {
        return createTheme(authenticate(editor), scope, labels, parentId);
    }

    /**
     * Adds a theme to the vocabulary of {@code scope}, labelled in one or more UN languages; its id is the slug of its
     * French label (else English, else any), prefixed with the scope's code when another scope has that id already
     * ({@code wg-4-cooperation-internationale}). A label written {@code Parent (qualifier)} whose {@code Parent} is a
     * theme of the same scope makes it a sub-theme, as in the published index, unless {@code parentId} names one.
     *
     * @throws IllegalArgumentException for no label, a language outside the six, a blank label, an id that exists,
     *                                  or a parent that is not a theme of the same scope; nothing is changed
     */
    public Theme createTheme(AuthenticatedEditor editor, Body scope, Map<String, String> labels, String parentId) {
        requireEditor(editor);
        Map<String, String> clean = labels(labels);
        List<Theme> vocabulary = themes.themes();
        String base = clean.getOrDefault("fr", clean.getOrDefault("en", clean.values().iterator().next()));
        String slug = ThemeLabels.slug(base);
        String id = vocabulary.stream().anyMatch(t -> t.id().equals(slug) && t.scope() != scope)
                ? ThemeLabels.slug(scope.code() + " " + base) : slug;
        if (vocabulary.stream().anyMatch(t -> t.id().equals(id))) {
            throw new IllegalArgumentException("a theme '" + id + "' exists already; see `compendium themes list`");
        }
        List<Theme> sameScope = vocabulary.stream().filter(t -> t.scope() == scope).toList();
        String parent = parentId;
        if (parent == null) {
            String parentLabel = ThemeLabels.parent(base, sameScope.stream().map(t -> t.label("fr")).toList());
            parent = parentLabel == null ? null : sameScope.stream().filter(t -> t.label("fr").equals(parentLabel))
                    .findFirst().map(Theme::id).orElse(null);
        } else if (sameScope.stream().noneMatch(t -> t.id().equals(parentId))) {
            throw new IllegalArgumentException("no theme '" + parentId + "' in the " + scope.code()
                    + " vocabulary to be the parent; see `compendium themes list`");
        }
        Theme theme = new Theme(id, clean, parent, scope);
        themes.createTheme(theme, editor.username(), clock.instant());
        return theme;
    }

    /** Sets a theme's label in a language; see {@link #label(AuthenticatedEditor, String, String, String)}. */
    public void label(EditorCredentials editor, String themeId, String language, String label) {
        label(authenticate(editor), themeId, language, label);
    }

    /**
     * Sets (or corrects) a theme's label in one of the six UN languages; the label is kept across re-imports of the
     * published index, and wins over the index's label in the same language.
     *
     * @throws IllegalArgumentException for an unknown theme, a language outside the six or a blank label
     */
    public void label(AuthenticatedEditor editor, String themeId, String language, String label) {
        requireEditor(editor);
        Map<String, String> clean = labels(Map.of(language == null ? "" : language, label == null ? "" : label));
        if (themes.themes().stream().noneMatch(t -> t.id().equals(themeId))) {
            throw new IllegalArgumentException("no theme '" + themeId + "'; see `compendium themes list`");
        }
        Map.Entry<String, String> only = clean.entrySet().iterator().next();
        themes.label(themeId, only.getKey(), only.getValue(), editor.username(), clock.instant());
    }

    /** Adds a keyword of a theme; see {@link #addKeyword(AuthenticatedEditor, String, String, String)}. */
    public ThemeKeyword addKeyword(EditorCredentials editor, String themeId, String language, String keyword) {
        return addKeyword(authenticate(editor), themeId, language, keyword);
    }

    /**
     * Adds a keyword or synonym of a theme in one of the six UN languages, which suggestions then match like its label
     * (audited as {@code keyword-add}, a new vocabulary version).
     *
     * @throws IllegalArgumentException for an unknown theme, a language outside the six, a blank or overlong keyword,
     *                                  or one the theme has already; nothing is changed
     */
    public ThemeKeyword addKeyword(AuthenticatedEditor editor, String themeId, String language, String keyword) {
        requireEditor(editor);
        ThemeKeyword k = keyword(themeId, language, keyword);
        if (themes.keywords().contains(k)) {
            throw new IllegalArgumentException("theme '" + themeId + "' has the keyword '" + k.keyword() + "' in "
                    + k.language().code() + " already; see `compendium themes keywords list " + themeId + "`");
        }
        themes.addKeyword(k, editor.username(), clock.instant());
        return k;
    }

    /**
     * What loading a keyword list did: the keywords added, those the store had already, and those of themes the
     * vocabulary does not have (not added).
     */
    public record KeywordLoad(List<ThemeKeyword> added, List<ThemeKeyword> present, List<ThemeKeyword> unknownTheme) {
        public KeywordLoad {
            added = List.copyOf(added);
            present = List.copyOf(present);
            unknownTheme = List.copyOf(unknownTheme);
        }
    }

    /** Loads a keyword list; see {@link #loadKeywords(AuthenticatedEditor, List)}. */
    public KeywordLoad loadKeywords(EditorCredentials editor, List<ThemeKeyword> keywords) {
        return loadKeywords(authenticate(editor), keywords);
    }

    /**
     * Adds the keywords of a list that the store lacks, in one change (one vocabulary version, one audit entry per
     * keyword); keywords it has already, and those of a theme the vocabulary lacks, are counted and left.
     */
    public KeywordLoad loadKeywords(AuthenticatedEditor editor, List<ThemeKeyword> keywords) {
        requireEditor(editor);
        Set<String> ids = new java.util.HashSet<>(themes.themes().stream().map(Theme::id).toList());
        Set<ThemeKeyword> stored = new java.util.HashSet<>(themes.keywords());
        List<ThemeKeyword> added = new java.util.ArrayList<>();
        List<ThemeKeyword> present = new java.util.ArrayList<>();
        List<ThemeKeyword> unknown = new java.util.ArrayList<>();
        for (ThemeKeyword k : new java.util.LinkedHashSet<>(keywords)) {
            (!ids.contains(k.themeId()) ? unknown : stored.contains(k) ? present : added).add(k);
        }
        if (!added.isEmpty()) {
            themes.addKeywords(added, editor.username(), clock.instant());
        }
        return new KeywordLoad(added, present, unknown);
    }

    /** Removes a keyword of a theme; see {@link #removeKeyword(AuthenticatedEditor, String, String, String)}. */
    public ThemeKeyword removeKeyword(EditorCredentials editor, String themeId, String language, String keyword) {
        return removeKeyword(authenticate(editor), themeId, language, keyword);
    }

    /**
     * Removes a keyword of a theme (audited as {@code keyword-remove}, a new vocabulary version).
     *
     * @throws IllegalArgumentException for an unknown theme or language, or a keyword the theme does not have
     */
    public ThemeKeyword removeKeyword(AuthenticatedEditor editor, String themeId, String language, String keyword) {
        requireEditor(editor);
        ThemeKeyword k = keyword(themeId, language, keyword);
        if (!themes.keywords().contains(k)) {
            throw new IllegalArgumentException("theme '" + themeId + "' has no keyword '" + k.keyword() + "' in "
                    + k.language().code() + "; see `compendium themes keywords list " + themeId + "`");
        }
        themes.removeKeyword(k, editor.username(), clock.instant());
        return k;
    }

    /** A keyword of a theme of the vocabulary, checked. */
    private ThemeKeyword keyword(String themeId, String language, String keyword) {
        if (themes.themes().stream().noneMatch(t -> t.id().equals(themeId))) {
            throw new IllegalArgumentException("no theme '" + themeId + "'; see `compendium themes list`");
        }
        Language lang = Language.fromCode(language);
        return new ThemeKeyword(themeId, lang, keyword);
    }

    /** Corrects a stored document's metadata; see {@link #correctMetadata(AuthenticatedEditor, long, Supplied)}. */
    public DocumentSummary correctMetadata(EditorCredentials editor, long documentId, Supplied correction) {
        return correctMetadata(authenticate(editor), documentId, correction);
    }

    /**
     * Corrects what a stored document says about itself — symbol, title, dates — audited like theme decisions and
     * kept for its file across re-ingests ({@link DocumentStore#correct}).
     *
     * @throws IllegalArgumentException for an unknown document or an empty correction
     * @throws org.compendium.store.IdentityClashException when the corrected document would be another's identity
     */
    public DocumentSummary correctMetadata(AuthenticatedEditor editor, long documentId, Supplied correction) {
        requireEditor(editor);
        return store.correct(documentId, correction, editor.username(), clock.instant());
    }

    private void requireEditor(AuthenticatedEditor editor) {
        if (!isCurrent(editor)) {
            throw new NotAuthorizedException("not authorised: this editor was removed or their password changed since "
                    + "the login; nothing was changed");
        }
    }

    /**
     * Whether {@code editor}'s login still stands: the editor exists and has the password they logged in with (a
     * removed editor, or a changed password, ends every session opened before).
     */
    public boolean isCurrent(AuthenticatedEditor editor) {
        return editor != null && editors.editor(editor.username())
                .map(stored -> java.security.MessageDigest.isEqual(credentialsDigest(stored), editor.credentials()))
                .orElse(false);
    }

    /** A digest of an editor's stored hash, salt and iterations: changes with every new password (a new salt). */
    private static byte[] credentialsDigest(StoredEditor stored) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest((stored.username() + '\n' + stored.salt()
                    + '\n' + stored.hash() + '\n' + stored.iterations()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /** The labels trimmed, by language code in lower case, checked: at least one, UN languages only, none blank. */
    private static Map<String, String> labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("a theme needs a label, e.g. fr=\"Identification des victimes\"");
        }
        Map<String, String> out = new TreeMap<>();
        labels.forEach((language, label) -> {
            String code = language.strip().toLowerCase(java.util.Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                throw new IllegalArgumentException("'" + language + "' is not a UN language code; use one of "
                        + new java.util.TreeSet<>(LANGUAGES));
            }
            String text = label.strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || text.length() > 300) {
                throw new IllegalArgumentException("a " + code + " label needs 1 to 300 characters");
            }
            out.put(code, text);
        });
        return out;
    }

    /**
     * The editor, once the password is checked: what a web session keeps instead of the password.
     *
     * @throws NotAuthorizedException for an unknown editor or a wrong password
     */
    public AuthenticatedEditor authenticate(EditorCredentials credentials) {
        char[] password = credentials == null ? new char[0] : credentials.password();
        Optional<StoredEditor> editor = credentials == null || credentials.username() == null ? Optional.empty()
                : editors.editor(credentials.username());
        boolean valid = editor.isPresent() ? PasswordHashing.verify(editor.get(), password)
                : PasswordHashing.verifyNobody(password, iterations);
        if (!valid) {
            throw new NotAuthorizedException("not authorised: unknown editor or wrong password; nothing was changed");
        }
        return new AuthenticatedEditor(editor.get().username(), credentialsDigest(editor.get()));
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
