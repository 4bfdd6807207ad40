package org.compendium.themes;

import java.util.List;
import java.util.Map;

/**
 * The French tokeniser of theme classification: a Lucene chain of elision removal ({@code l'}, {@code d'}), lower
 * casing, French stop words, light stemming and accent folding, giving the stems of a text in order.
 *
 * <p>Folding comes after stemming because the light stemmer's rules are written for accented forms. Thread-safe:
 * Lucene analyzers reuse per-thread token streams.
 */
public final class FrenchTerms {
    private FrenchTerms() {
    }

    /**
     * A text's terms: its stems in order, and each stem with the word it first stands for there, as written
     * ({@code Échange} for {@code echang}), without an elided article ({@code d'}) — reasons show words a reader
     * recognises, not stems.
     *
     * @param stems   the stems, in order; digits-only tokens are dropped (paragraph numbers carry no theme)
     * @param written each stem's first word in the text
     */
    public record Terms(List<String> stems, Map<String, String> written) {
    }

    /** The stems of {@code text}, in order (see {@link Terms#stems()}). */
    public static List<String> stems(String text) {
        return analyse(text).stems();
    }

    /** The stems of {@code text} and the words they stand for, in one pass of the analyzer. */
    public static Terms analyse(String text) {
        return ThemeTerms.analyse(text, org.compendium.model.Language.FRENCH);
    }
}
