package org.compendium.parse.french;

import org.compendium.model.TextFolding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The French short names of the UN Member States, the observer States and the European Union, mapped to stable
 * identifiers.
 *
 * <p>An identifier is the ISO 3166-1 alpha-3 code, except {@code EUE} for the European Union (ISO reserves it for
 * that use); the Holy See is {@code VAT} and the State of Palestine {@code PSE}. Names are matched on their letters
 * and digits only, after folding case, accents and compatibility forms, so PDF artefacts ({@code États -Unis
 * d’Amérique}, {@code Iran (République islamique d ’)}), straight or typographic apostrophes, line breaks and
 * non-breaking spaces do not matter. The table is {@code states-fr.tsv} beside this class, read once.
 * Stateless for callers and thread-safe.
 */
public final class StateNames {
    private static final String RESOURCE = "states-fr.tsv";

    /** Identifier to canonical French short name, in table order. */
    private static final Map<String, String> CANONICAL;

    /** Matching key of every name and variant to its identifier. */
    private static final Map<String, String> BY_KEY;

    static {
        Map<String, String> canonical = new LinkedHashMap<>();
        Map<String, String> byKey = new HashMap<>();
        load(canonical, byKey);
        CANONICAL = Collections.unmodifiableMap(canonical);
        BY_KEY = Map.copyOf(byKey);
    }

    private StateNames() {}

    /**
     * Identifies a State (or the European Union) from its name as printed.
     *
     * @return the identifier, or empty when the name is not in the table
     */
    public static Optional<String> idOf(String printedName) {
        if (printedName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEY.get(TextFolding.key(printedName)));
    }

    /**
     * The canonical French short name of an identifier, as the UN prints it ({@code Bolivie (État plurinational de)}).
     *
     * @throws IllegalArgumentException when the identifier is not in the table
     */
    public static String canonicalName(String id) {
        String name = id == null ? null : CANONICAL.get(id);
        if (name == null) {
            throw new IllegalArgumentException("unknown State identifier " + id);
        }
        return name;
    }

    /** Every identifier in the table, in table order (the Member States first, then observers and the EU). */
    public static Set<String> ids() {
        return CANONICAL.keySet();
    }

    private static void load(Map<String, String> canonical, Map<String, String> byKey) {
        try (InputStream in = StateNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": want id<TAB>name, got " + line);
                }
                String id = cols[0].strip();
                if (canonical.putIfAbsent(id, cols[1].strip()) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": duplicate id " + id);
                }
                for (int i = 1; i < cols.length; i++) {
                    String key = TextFolding.key(cols[i]);
                    String before = byKey.putIfAbsent(key, id);
                    // Two States reading the same once folded would make idOf guess; refuse the table instead.
                    if (before != null && !before.equals(id)) {
                        throw new IllegalStateException(
                                RESOURCE + ":" + lineNo + ": " + cols[i] + " folds like a name of " + before);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
