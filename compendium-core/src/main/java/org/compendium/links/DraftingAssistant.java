package org.compendium.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.ProvisionSearch;
import org.compendium.index.SearchHit;

/**
 * The drafting assistant: for a paragraph a drafter pastes, the adopted provisions whose wording is closest, best
 * first, each with a word-level diff from the adopted text to the draft.
 *
 * <p>Candidates come from the search index ({@link ProvisionSearch#moreLikeText}: the draft's 40 most telling terms,
 * in every language's field), then are re-ranked by {@link WordDiff#alignment()}, the share of words kept in order:
 * more-like-this finds the provisions on the same subject, alignment puts first the one whose wording the draft
 * follows. A provision with exactly the draft's words is reported apart, as {@link DraftAnswer#identical()}: the draft
 * is already agreed language, and the ranking then shows the closest other wordings.
 */
public final class DraftingAssistant {
    /** How many candidates more-like-this proposes for re-ranking: enough to hold a reworded paragraph's source. */
    static final int CANDIDATES = 40;
    /** The longest draft read, in characters (a long paragraph is about 2,000). */
    public static final int MAX_DRAFT_CHARS = 20_000;
    /** The most matches one answer may ask for. */
    public static final int MAX_LIMIT = 50;

    private final ProvisionSearch search;

    public DraftingAssistant(ProvisionSearch search) {
        this.search = search;
    }

    /**
     * The provisions closest to {@code draft}, at most {@code limit}, best first.
     *
     * @throws IllegalArgumentException when the draft is blank or too long, or the limit is out of range; the message
     *                                  says what to change
     */
    public DraftAnswer closest(String draft, int limit) {
        if (draft == null || draft.isBlank()) {
            throw new IllegalArgumentException("the draft is empty: paste the paragraph to compare with adopted provisions");
        }
        if (draft.length() > MAX_DRAFT_CHARS) {
            throw new IllegalArgumentException("the draft has " + draft.length() + " characters; at most "
                    + MAX_DRAFT_CHARS + " are compared: paste one paragraph at a time");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("the number of matches must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        List<WordTokens.Token> tokens = WordTokens.of(draft);
        List<SearchHit> hits = search.moreLikeText(draft, Math.max(CANDIDATES, limit));
        List<List<WordTokens.Token>> texts = hits.stream().map(h -> WordTokens.of(h.provision().text())).toList();
        WordWeights weights = WordWeights.of(texts);
        Map<String, Integer> draftWords = bag(tokens);
        // Diff the candidates in order of an upper bound of their alignment (the weighted Dice of their bags of words,
        // which any common subsequence is inside), and stop once the next bound is below the limit-th alignment found:
        // the rest cannot enter the answer, and their diffs are the costly part.
        List<Integer> order = new ArrayList<>();
        double[] bound = new double[hits.size()];
        for (int i = 0; i < hits.size(); i++) {
            bound[i] = weights.bagDice(bag(texts.get(i)), draftWords);
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> bound[i]).reversed().thenComparingInt(i -> i));
        List<DraftMatch> identical = new ArrayList<>();
        List<DraftMatch> ranked = new ArrayList<>();
        for (int i : order) {
            if (ranked.size() >= limit && bound[i] < kth(ranked, limit)) {
                break;
            }
            WordDiff diff = WordDiff.between(texts.get(i), tokens);
            DraftMatch match = new DraftMatch(hits.get(i).provision(), diff.alignment(weights::weight), hits.get(i).score(), diff);
            (diff.identical() ? identical : ranked).add(match);
        }
        identical.sort(Comparator.comparingDouble(DraftMatch::searchScore).reversed());
        ranked.sort(Comparator.comparingDouble(DraftMatch::alignment).reversed()
                .thenComparing(Comparator.comparingDouble(DraftMatch::searchScore).reversed()));
        return new DraftAnswer(draft, identical, ranked.subList(0, Math.min(limit, ranked.size())));
    }

    /** The limit-th best alignment among {@code matches}. */
    private static double kth(List<DraftMatch> matches, int limit) {
        return matches.stream().mapToDouble(DraftMatch::alignment).boxed().sorted(Comparator.reverseOrder())
                .skip(limit - 1).findFirst().orElse(0.0);
    }

    /** How many times each word (lower-case key) occurs. */
    private static Map<String, Integer> bag(List<WordTokens.Token> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (WordTokens.Token t : tokens) {
            if (t.isWord()) {
                out.merge(t.key().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * What the assistant found for one draft.
     *
     * @param draft     the text as pasted
     * @param identical provisions with exactly the draft's words (its copies in several documents count once)
     * @param matches   the closest other provisions, best first
     */
    public record DraftAnswer(String draft, List<DraftMatch> identical, List<DraftMatch> matches) {
        public DraftAnswer {
            identical = List.copyOf(identical);
            matches = List.copyOf(matches);
        }
    }

    /**
     * One adopted provision close to the draft.
     *
     * @param provision   the provision as indexed: citation, body, year, leading verb, text
     * @param alignment   the share of words the draft keeps from it in order, 0 to 1 ({@link WordDiff#alignment()})
     * @param searchScore its more-like-this score, which orders matches of equal alignment
     * @param diff        the changes from the provision's text to the draft
     */
    public record DraftMatch(ProvisionEntry provision, double alignment, float searchScore, WordDiff diff) {
    }
}
