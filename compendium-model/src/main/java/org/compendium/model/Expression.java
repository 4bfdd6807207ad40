package org.compendium.model;

/**
 * A work in one language: what one stored document is a copy of. The six language versions of a resolution are six
 * expressions of one work, and their provisions share eIds.
 */
public record Expression(Work work, Language language) {
    public Expression {
        if (work == null || language == null) {
            throw new IllegalArgumentException("an expression needs a work and a language");
        }
    }

    /** The permalink path of this expression: {@code /works/cop-res-11-5/fr}. */
    public String path() {
        return "/works/" + work.slug() + "/" + language.code();
    }

    @Override
    public String toString() {
        return work + " [" + language.code() + "]";
    }
}
