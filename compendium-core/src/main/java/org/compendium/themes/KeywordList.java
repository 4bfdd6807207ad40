package org.compendium.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.compendium.model.Language;
import org.compendium.model.ThemeKeyword;

/**
 * A keyword list as a file: one keyword a line, {@code theme id<TAB>language<TAB>keyword}, UTF-8; blank lines and
 * lines starting with {@code #} are comments. The WG.7 list that ships with Compendium ({@value #BUILT_IN}) was written
 * from the themes' labels, in French, English and Spanish.
 */
public final class KeywordList {
    /** The class-path resource of the list that ships with Compendium. */
    public static final String BUILT_IN = "wg7-keywords.tsv";

    private KeywordList() {
    }

    /** The list that ships with Compendium. */
    public static List<ThemeKeyword> builtIn() {
        try (InputStream in = KeywordList.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in keyword list " + BUILT_IN + " is missing from the jar");
            }
            return parse(BUILT_IN, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in keyword list " + BUILT_IN, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the built-in keyword list is broken: " + e.getMessage(), e);
        }
    }

    /**
     * The keywords of a list's {@code text}, in file order, each once.
     *
     * @param name the file's name, for errors
     * @throws IllegalArgumentException naming the file, line and reason for a line that is not three tab-separated
     *                                  fields, a language outside the six or an invalid keyword; nothing is read then
     */
    public static List<ThemeKeyword> parse(String name, String text) {
        LinkedHashSet<ThemeKeyword> out = new LinkedHashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw rejected(name, i, "expected 3 tab-separated fields (theme id, language, keyword), found "
                        + fields.length);
            }
            try {
                out.add(new ThemeKeyword(fields[0].strip(), Language.fromCode(fields[1]), fields[2]));
            } catch (IllegalArgumentException e) {
                throw rejected(name, i, e.getMessage());
            }
        }
        return new ArrayList<>(out);
    }

    private static IllegalArgumentException rejected(String name, int line, String reason) {
        return new IllegalArgumentException(name + ":" + (line + 1) + ": " + reason + "; fix the line and load the list "
                + "again");
    }
}
