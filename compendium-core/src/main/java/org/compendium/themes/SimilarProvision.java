package org.compendium.themes;

import java.util.Objects;

/**
 * An indexed provision named as evidence for a suggestion: one of the most similar provisions that have the theme.
 * Interfaces show its label and may link to it by its citation.
 *
 * @param citation its citation, as {@link org.compendium.model.Citation#toString()} writes it
 *                 ({@code CTOC/COP/WG.7 meeting 1 rec. 22})
 * @param label    its label in the compendium ({@code I.22}, {@code VI.al. 1})
 */
public record SimilarProvision(String citation, String label) {
    public SimilarProvision {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(label, "label");
    }
}
