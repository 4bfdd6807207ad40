package org.compendium.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The data files per language beside this package's classes ({@code titles/fr.txt}, {@code formulae/fr.txt}): lists
 * that editors edit, read as UTF-8; a language without a file has no list.
 */
final class LanguageLists {
    private LanguageLists() {
    }

    /** The text of {@code folder/language.txt}, empty when the language has no file. */
    static Optional<String> read(String folder, String language) {
        String resource = folder + "/" + language + ".txt";
        try (InputStream in = LanguageLists.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
