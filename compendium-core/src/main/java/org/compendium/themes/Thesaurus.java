package org.compendium.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.model.Language;

/**
 * A synonym thesaurus of one language read at the level of the classifier's stems: for each stem, the stems of the
 * one-word synonyms the thesaurus gives for the words it stands for ({@code migrant} → {@code emigr}, {@code immigr},
 * {@code expatri}…), in the thesaurus's order. Read from a LibreOffice (MyThes) data file, the format of Debian's
 * {@code mythes-*} packages: an encoding line, then entries {@code word|n} each followed by n lines
 * {@code (part of speech)|synonym|synonym…}.
 *
 * <p>A MyThes entry mixes every sense of a word ({@code traite}: {@code esclavage} but also {@code billet},
 * {@code trajet}), so {@link #mutual} keeps only the pairs that each side lists for the other.
 *
 * @param language the language of its words (and of the stemmer applied to them, {@link ThemeTerms})
 * @param synonyms each stem's synonyms' stems, never the stem itself
 */
public record Thesaurus(Language language, Map<String, List<String>> synonyms) {
    /** Where Debian's {@code mythes-*} packages put each language's thesaurus (none is packaged for Chinese). */
    private static final Map<Language, Path> SYSTEM = Map.of(
            Language.FRENCH, Path.of("/usr/share/mythes/th_fr_FR_v2.dat"),
            Language.ENGLISH, Path.of("/usr/share/mythes/th_en_US_v2.dat"),
            Language.SPANISH, Path.of("/usr/share/mythes/th_es_ES_v2.dat"),
            Language.RUSSIAN, Path.of("/usr/share/mythes/th_ru_RU_v2.dat"),
            Language.ARABIC, Path.of("/usr/share/mythes/th_ar.dat"));

    public Thesaurus {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        synonyms.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        synonyms = java.util.Collections.unmodifiableMap(copy);
    }

    /** The Debian package that installs {@code language}'s thesaurus, if one does. */
    public static Optional<String> debianPackage(Language language) {
        return switch (language) {
            case FRENCH -> Optional.of("mythes-fr");
            case ENGLISH -> Optional.of("mythes-en-us");
            case SPANISH -> Optional.of("mythes-es");
            case RUSSIAN -> Optional.of("mythes-ru");
            case ARABIC -> Optional.of("mythes-ar");
            case CHINESE, UNDETERMINED -> Optional.empty();
        };
    }

    /**
     * The thesaurus Debian installs for {@code language}; an {@link IllegalStateException} naming the file and the
     * package to install when it is absent.
     */
    public static Thesaurus system(Language language) {
        Path file = SYSTEM.get(language);
        if (file == null) {
            throw new IllegalStateException("no thesaurus is packaged for " + language.code());
        }
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("thesaurus " + file + " is missing: install the Debian package "
                    + debianPackage(language).orElseThrow() + " (.ci/install-deps does)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, language, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("thesaurus " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a MyThes data file ({@code source} names it in errors): its words stemmed with {@code language}'s
     * analyzer, multi-word synonyms left out (a stem has no place for a phrase).
     */
    static Thesaurus read(InputStream in, Language language, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        int eol = 0;
        while (eol < bytes.length && bytes[eol] != '\n') {
            eol++;
        }
        String encoding = new String(bytes, 0, eol, StandardCharsets.US_ASCII).trim();
        Charset charset;
        try {
            charset = Charset.forName(encoding.isEmpty() ? "UTF-8" : encoding);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": unknown encoding '" + encoding + "' on its first line", e);
        }
        Map<String, String> stemOf = new java.util.HashMap<>();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(
                new String(bytes, eol < bytes.length ? eol + 1 : eol, Math.max(0, bytes.length - eol - 1), charset)))) {
            String line;
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                int bar = line.lastIndexOf('|');
                if (line.isBlank()) {
                    continue;
                }
                if (bar <= 0) {
                    throw new IOException(source + " line " + number + ": expected 'word|count', found '" + line + "'");
                }
                int senses;
                try {
                    senses = Integer.parseInt(line.substring(bar + 1).trim());
                } catch (NumberFormatException e) {
                    throw new IOException(source + " line " + number + ": expected 'word|count', found '" + line + "'");
                }
                String head = single(line.substring(0, bar), language, stemOf);
                for (int s = 0; s < senses; s++) {
                    String sense = r.readLine();
                    number++;
                    if (sense == null) {
                        throw new IOException(source + " line " + number + ": the file ends inside an entry");
                    }
                    if (head == null) {
                        continue;
                    }
                    String[] cells = sense.split("\\|");
                    for (int c = 1; c < cells.length; c++) {
                        String syn = single(cells[c].replaceAll("\\(.*?\\)", ""), language, stemOf);
                        if (syn != null && !syn.equals(head)) {
                            out.computeIfAbsent(head, x -> new LinkedHashSet<>()).add(syn);
                        }
                    }
                }
            }
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        out.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        return new Thesaurus(language, lists);
    }

    /** The one stem of a one-word {@code word}, or null for a phrase, a stop word or a number. */
    private static String single(String word, Language language, Map<String, String> stemOf) {
        String w = word.trim();
        if (w.isEmpty() || w.indexOf(' ') >= 0) {
            return null;
        }
        return stemOf.computeIfAbsent(w, x -> {
            List<String> stems = ThemeTerms.stems(x, language);
            return stems.size() == 1 ? stems.getFirst() : "";
        }).transform(s -> s.isEmpty() ? null : s);
    }

    /** The same thesaurus, keeping only the pairs listed both ways ({@code a} among b's synonyms and b among a's). */
    public Thesaurus mutual() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        synonyms.forEach((k, v) -> {
            List<String> both = v.stream().filter(s -> synonyms.getOrDefault(s, List.of()).contains(k)).toList();
            if (!both.isEmpty()) {
                out.put(k, both);
            }
        });
        return new Thesaurus(language, out);
    }

    /** The synonyms of {@code stem} (none when the thesaurus lacks it), at most {@code max}, first listed first. */
    public List<String> of(String stem, int max) {
        List<String> all = synonyms.getOrDefault(stem, List.of());
        return all.size() <= max ? all : all.subList(0, max);
    }

    /** {@code stems} followed by each one's synonyms (at most {@code max} a stem), for a text's features. */
    public List<String> expanded(List<String> stems, int max) {
        List<String> out = new ArrayList<>(stems);
        for (String s : stems) {
            out.addAll(of(s, max));
        }
        return out;
    }
}
