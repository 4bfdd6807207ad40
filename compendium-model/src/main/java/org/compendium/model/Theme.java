package org.compendium.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A theme of a thematic index, such as {@code Coopération internationale (entraide judiciaire)}.
 *
 * @param id       a stable slug ({@code cooperation-internationale-entraide-judiciaire}), unique across scopes
 * @param labels   the label per ISO 639-1 language code ({@code fr} today)
 * @param parentId the theme it is a sub-theme of, or null for a top-level theme
 * @param scope    the body whose published index it belongs to (WG.7 for the smuggling of migrants compendium)
 */
public record Theme(String id, Map<String, String> labels, String parentId, Body scope) {
    public Theme {
        if (id == null || id.isBlank() || labels == null || labels.isEmpty() || scope == null) {
            throw new IllegalArgumentException("a theme needs an id, at least one label and a scope");
        }
        labels = Map.copyOf(new TreeMap<>(labels));
    }

    /** The label in {@code language}, else the French one, else any. */
    public String label(String language) {
        String label = labels.get(language);
        if (label == null) {
            label = labels.getOrDefault("fr", labels.values().iterator().next());
        }
        return label;
    }
}
