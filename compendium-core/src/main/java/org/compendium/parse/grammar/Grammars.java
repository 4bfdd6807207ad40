package org.compendium.parse.grammar;

import org.compendium.model.Language;

/** The grammar of each language. */
public final class Grammars {
    private Grammars() {
    }

    /**
     * The grammar of a language; French for {@link Language#UNDETERMINED}, the language the readers knew first and
     * the corpus is kept in.
     */
    public static Grammar of(Language language) {
        return switch (language) {
            case ARABIC -> ArabicGrammar.GRAMMAR;
            case CHINESE -> ChineseGrammar.GRAMMAR;
            case ENGLISH -> EnglishGrammar.GRAMMAR;
            case FRENCH, UNDETERMINED -> FrenchGrammar.GRAMMAR;
            case RUSSIAN -> RussianGrammar.GRAMMAR;
            case SPANISH -> SpanishGrammar.GRAMMAR;
        };
    }

    /** The French grammar: what a compendium (a French-only reader so far) is read with. */
    public static Grammar french() {
        return FrenchGrammar.GRAMMAR;
    }
}
