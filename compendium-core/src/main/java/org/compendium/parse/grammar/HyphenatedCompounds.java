package org.compendium.parse.grammar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.model.Language;

/**
 * The words each language writes as parts of a compound joined by a hyphen, so that a line that ends with the first
 * part and a hyphen is read as a compound broken at its hyphen ({@code государств-\nчленов}, {@code non-\ngovernmental},
 * {@code lui-\nmême}: the hyphen stays), not as a word hyphenated at the line end ({@code recom-\nmandation}: the
 * hyphen goes).
 *
 * <p>Why a table: a document that writes the compound only once, at a line break, gives no evidence of its own
 * (the normaliser first asks the document: a first part it also writes before a hyphen inside a line, or a joined word
 * it also writes whole, decides). An entry ending in {@code *} is a stem, matched at the start of the lower-cased
 * part, so that one entry covers a word's case forms ({@code государства, государств, государствам}); any other
 * entry is a whole word ({@code non} is the head of {@code non-governmental}, not of {@code none-\ntheless}). The
 * parts of all languages are looked up together, before a document's language is known: Cyrillic keeps Russian apart,
 * and the Latin entries are words that only head or end a compound in English or French.
 *
 * <p>Entries are what UN style writes with a hyphen: English {@code non-governmental}, {@code follow-up},
 * {@code decision-making}, {@code capacity-building}, {@code long-term}, {@code gender-sensitive},
 * {@code evidence-based}; French {@code lui-même}, {@code c'est-à-dire}, {@code ci-dessous}, {@code celle-ci},
 * {@code sous-régional}, {@code non-refoulement}, {@code peut-être}, {@code au-delà}. Spanish has no entry: UN Spanish
 * writes such compounds as one word or two ({@code organizaciones no gubernamentales}, {@code socioeconómico}), so a
 * hyphen at a Spanish line end is hyphenation. A compound whose second part starts in upper case
 * ({@code États-\nUnis}, {@code Member-\nState}) keeps its hyphen without any entry.
 */
public final class HyphenatedCompounds {
    /** A language's entries: of the first part of a compound, and of the second. */
    private record Parts(List<String> heads, List<String> tails) {
        boolean eitherIsPart(String head, String tail) {
            return heads.stream().anyMatch(e -> matches(e, head)) || tails.stream().anyMatch(e -> matches(e, tail));
        }

        private static boolean matches(String entry, String part) {
            return entry.endsWith("*") ? part.startsWith(entry.substring(0, entry.length() - 1)) : part.equals(entry);
        }
    }

    private static final Map<Language, Parts> PARTS = Map.of(
            // «государства-члены», «государства-участники» (Member States, States parties): UN Russian's commonest compounds.
            // «по-прежнему», «по-новому» and «какой-либо»: the adverbs' and pronouns' tails, never a hyphenated word's
            // (the head «по» would be: «по-литики» is a line break).
            Language.RUSSIAN, new Parts(List.of("государств*"), List.of("член*", "участни*", "прежнему", "видимому",
                    "новому", "другому", "своему", "либо", "нибудь")),
            Language.ENGLISH, new Parts(
                    // Heads only where no common word starts so and is hyphenated there: not "follow" (follow-ing),
                    // "high" (high-lighted), "short" (short-comings), "anti" (anti-cipate); their tails say it instead.
                    List.of("non", "self", "well"),
                    List.of("up", "based", "related", "term", "making", "building", "sensitive", "level", "friendly",
                            "specific", "oriented", "centred", "centered", "border", "corruption")),
            Language.FRENCH, new Parts(
                    // Not "ci" (ci-vile: société civile) nor "au" (au-torités): "dessous", "delà" say it.
                    List.of("sous", "à"),
                    List.of("même*", "ci", "là", "à", "delà", "être", "dessus", "dessous", "après")),
            Language.SPANISH, new Parts(List.of(), List.of()));

    private HyphenatedCompounds() {
    }

    /** Whether {@code head} (before the hyphen) or {@code tail} (after it) is, in some language, a part of a compound. */
    public static boolean eitherIsPart(String head, String tail) {
        String h = head.toLowerCase(Locale.ROOT);
        String t = tail.toLowerCase(Locale.ROOT);
        for (Parts parts : PARTS.values()) {
            if (parts.eitherIsPart(h, t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code head} or {@code tail} is a part of a compound in {@code language} (what the table says of it alone). */
    public static boolean eitherIsPart(Language language, String head, String tail) {
        Parts parts = PARTS.get(language);
        return parts != null && parts.eitherIsPart(head.toLowerCase(Locale.ROOT), tail.toLowerCase(Locale.ROOT));
    }
}
