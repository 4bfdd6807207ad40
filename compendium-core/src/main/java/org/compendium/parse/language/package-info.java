/**
 * The language of a document or paragraph among the six UN languages: by script first (Arabic, Han and Cyrillic
 * letters decide Arabic, Chinese and Russian), then, for Latin-script text, by Lingua's n-gram models restricted to
 * English, French and Spanish.
 *
 * <p>Owns: {@link org.compendium.parse.language.LanguageDetector}.
 *
 * <p>Must not import: {@code org.compendium.parse} or any other stage; only the JDK, Lingua and {@code org.compendium.model}.
 */
package org.compendium.parse.language;
