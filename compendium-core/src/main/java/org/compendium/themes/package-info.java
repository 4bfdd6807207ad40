/**
 * Themes: the thematic vocabulary of a compendium, the import of its published index, theme suggestions for
 * provisions the index does not cover, their evaluation, and editors' decisions.
 *
 * <p>Owns: reading the index table in any of the six languages ({@link org.compendium.themes.IndexTable},
 * {@link org.compendium.themes.IndexReferences}, {@link org.compendium.themes.ReportNumbers}, with the words of
 * {@link org.compendium.parse.grammar.IndexWording}), resolving it to stored provisions
 * ({@link org.compendium.themes.IndexImport}) and aligning one scope's indexes in several languages into one vocabulary
 * ({@code IndexLanguages}),
 * French tokenisation for classification ({@link org.compendium.themes.FrenchTerms}), the suggester
 * ({@link org.compendium.themes.ThemeSuggester}) and its classifier ({@link org.compendium.themes.ThemeClassifier}:
 * kernel ridge regression, {@code ThemeKernel}, {@code Calibration}, {@code Matrices}), nested leave-one-meeting-out
 * evaluation ({@link org.compendium.themes.NestedEvaluation}), editor authentication and audited edits
 * ({@link org.compendium.themes.ThemeEditing}). Persistence goes through {@link org.compendium.store.ThemeStore}.
 *
 * <p>Must not import: JDBC ({@code java.sql}), {@code org.compendium.parse} internals (the grammar's data tables are allowed), any CLI or web framework
 * (picocli, Javalin); a web layer maps {@link org.compendium.themes.NotAuthorizedException} to 401/403 itself.
 */
package org.compendium.themes;
