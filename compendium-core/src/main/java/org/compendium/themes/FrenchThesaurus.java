package org.compendium.themes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonyms of French words from the LibreOffice thesaurus that Debian ships ({@code mythes-fr},
 * {@code /usr/share/mythes/thes_fr.dat}: a line {@code word|meanings}, then per meaning {@code (pos)|syn|syn…}), kept
 * as stems: a stem's synonyms are the first {@code closest} single-word synonyms of a head word with that stem
 * whose own entry lists the head word back. The thesaurus is general French, so most synonyms stray from our texts
 * ({@code corruption} lists {@code trafic}); keeping only mutual, closest synonyms keeps what still says the same
 * thing.
 *
 * @param synonyms per stem, the stems of its synonyms
 */
record FrenchThesaurus(Map<String, Set<String>> synonyms) {
    /** Where Debian's {@code mythes-fr} puts the thesaurus. */
    static final Path DEBIAN = Path.of("/usr/share/mythes/thes_fr.dat");

    /** No synonyms. */
    static final FrenchThesaurus NONE = new FrenchThesaurus(Map.of());

    /** The stems of {@code stem}'s synonyms (none when it has none). */
    Set<String> of(String stem) {
        return synonyms.getOrDefault(stem, Set.of());
    }

    /** Reads a thesaurus in the mythes format, keeping the {@code closest} first synonyms of each head word. */
    static FrenchThesaurus read(Path file, int closest) {
        Map<String, List<String>> entries = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String[] head = lines.get(i).split("\\|");
                if (head.length != 2 || !head[1].matches("\\d+")) {
                    continue;
                }
                int meanings = Integer.parseInt(head[1]);
                List<String> own = new ArrayList<>();
                for (int m = 0; m < meanings && i + 1 < lines.size(); m++) {
                    String[] syn = lines.get(++i).split("\\|");
                    for (int s = 1; s < syn.length; s++) {
                        if (!syn[s].contains(" ") && !syn[s].contains("(")) {
                            own.add(syn[s]);
                        }
                    }
                }
                entries.put(head[0], own);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the French thesaurus " + file + ": " + e.getMessage()
                    + " (install the Debian package mythes-fr)", e);
        }
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, String> stemOf = new HashMap<>();
        for (Map.Entry<String, List<String>> e : entries.entrySet()) {
            String head = e.getKey();
            List<String> mutual = e.getValue().stream()
                    .filter(s -> entries.getOrDefault(s, List.of()).contains(head)).limit(closest).toList();
            if (mutual.isEmpty()) {
                continue;
            }
            String h = stemOf.computeIfAbsent(head, FrenchThesaurus::stem);
            if (h == null) {
                continue;
            }
            for (String s : mutual) {
                String st = stemOf.computeIfAbsent(s, FrenchThesaurus::stem);
                if (st != null && !st.equals(h)) {
                    out.computeIfAbsent(h, x -> new LinkedHashSet<>()).add(st);
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(new HashSet<>(v))));
        return new FrenchThesaurus(Map.copyOf(frozen));
    }

    /** A single word's stem, or null when it is a stop word or several stems. */
    private static String stem(String word) {
        List<String> s = FrenchTerms.stems(word);
        return s.size() == 1 ? s.getFirst() : null;
    }
}
