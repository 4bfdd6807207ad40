package org.compendium.index;

import java.util.List;
import org.compendium.model.Language;

/**
 * One provision found — one hit for all its language versions (the same citation) — with its score and the passages
 * of its text that matched.
 *
 * @param provision the version shown: the reader's language when the provision has it, else the version that matched
 *                  best
 * @param score     its BM25 score for the query (NaN when sorted by something else and not scored)
 * @param snippet   the best passages with the matches marked; the whole text, unmarked, when nothing in it matched
 *                  (as when the query matched another language's version)
 * @param versions  the languages the provision is indexed in, in the UN's order (the shown one included)
 */
public record SearchHit(ProvisionEntry provision, float score, Snippet snippet, List<Language> versions) {
    public SearchHit {
        versions = List.copyOf(versions);
    }

    /** A hit whose only version is the one shown. */
    public SearchHit(ProvisionEntry provision, float score, Snippet snippet) {
        this(provision, score, snippet, List.of(Language.fromCodeOrUndetermined(provision.language())));
    }
}
