package org.compendium.parse.grammar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.model.Language;

/**
 * The words each language writes as parts of a compound joined by a hyphen, so that a line that ends with the first
 * part and a hyphen is read as a compound broken at its hyphen ({@code государств-\nчленов}: the hyphen stays), not as
 * a word hyphenated at the line end ({@code recom-\nmandation}: the hyphen goes).
 *
 * <p>Why a table: a document that writes the compound only once, at a line break, gives no evidence of its own
 * (the normaliser first asks the document: a first part it also writes before a hyphen inside a line, or a joined word
 * it also writes whole, decides). The entries are stems, matched at the start of the lower-cased part, so that one
 * entry covers a word's case forms ({@code государства, государств, государствам}). Scripts keep the languages apart,
 * so the parts of all languages are looked up together, before a document's language is known.
 */
public final class HyphenatedCompounds {
    /** A language's stems: of the first part of a compound, and of the second. */
    private record Parts(List<String> heads, List<String> tails) {
    }

    private static final Map<Language, Parts> PARTS = Map.of(
            // «государства-члены», «государства-участники» (Member States, States parties): UN Russian's commonest compounds.
            Language.RUSSIAN, new Parts(List.of("государств"), List.of("член", "участни")));

    private HyphenatedCompounds() {
    }

    /** Whether {@code head} (before the hyphen) or {@code tail} (after it) is, in some language, a part of a compound. */
    public static boolean eitherIsPart(String head, String tail) {
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        for (Parts parts : PARTS.values()) {
            if (parts.heads().stream().anyMatch(h::startsWith) || parts.tails().stream().anyMatch(t::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
