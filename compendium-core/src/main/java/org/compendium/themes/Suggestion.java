package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.compendium.model.ThemeDecision;

/**
 * A theme suggested for a provision, or decided for it by an editor; a decision always wins over a score.
 *
 * <p>Why the theme is there is data, not text: the classifier's evidence in {@link #reason()} and the editor's
 * {@link #decision()}. Each interface words it in its own language (the web pages through their message bundles);
 * {@link #reasonText()} is the English wording the command line and the API's {@code reasonText} use.
 *
 * @param themeId  the theme
 * @param label    the theme's label
 * @param score    the classifier's score (0 to 1), or NaN when the theme is only there by decision
 * @param reason   the classifier's evidence for it (empty when there is none, e.g. for a theme only decided)
 * @param decision the editor's decision about it, or null
 */
public record Suggestion(String themeId, String label, double score, Reason reason, ThemeDecision decision) {
    public Suggestion {
        Objects.requireNonNull(themeId, "themeId");
        Objects.requireNonNull(reason, "reason (Reason.NONE when there is no evidence)");
    }

    /** The evidence of a classifier score of the provision's own text: its similar indexed provisions and its words. */
    static Reason reason(ThemeClassifier.Score s) {
        return reason(s, Basis.OWN_TEXT);
    }

    /** The evidence of a classifier score of the text {@code basis} says. */
    static Reason reason(ThemeClassifier.Score s, Basis basis) {
        return new Reason(s.similar(), s.words(), s.meetingWith(), s.meetingDecided(), basis);
    }

    /** Which text a provision's suggestions were computed from. */
    public enum Basis {
        /** Its own text (French, the language the index and its examples are in). */
        OWN_TEXT,
        /** The French version of the same provision (same work and eId), for a provision in another language. */
        FRENCH_VERSION,
        /** Its own text, against the themes' labels and keywords in its language: it has no French version. */
        OWN_LANGUAGE_LABELS
    }

    /**
     * Why the theme is there, in English: {@code accepted by alice} for a decided theme, else the evidence,
     * {@code similar to I.22, V.7; words: corruption, cooperation} (either part left out when empty, so possibly
     * empty).
     */
    public String reasonText() {
        if (decision != null) {
            return decision.verdict().code() + " by " + decision.editor();
        }
        List<String> parts = new ArrayList<>(2);
        if (!reason.similar().isEmpty()) {
            parts.add("similar to " + String.join(", ", reason.similar().stream().map(SimilarProvision::label).toList()));
        }
        if (!reason.words().isEmpty()) {
            parts.add("words: " + String.join(", ", reason.words()));
        }
        if (reason.meetingWith() > 0) {
            parts.add("decided for " + reason.meetingWith() + " of this meeting's " + reason.meetingDecided()
                    + " earlier decided provisions");
        }
        switch (reason.basis()) {
            case OWN_TEXT -> { }
            case FRENCH_VERSION -> parts.add("from the French version");
            case OWN_LANGUAGE_LABELS -> parts.add("no French version: its language's labels and keywords");
        }
        return String.join("; ", parts);
    }

    /**
     * The classifier's evidence for a theme: which indexed provisions with this theme the text is most like, and which
     * words weighed most. Citations, labels and words are data from the index and the text, never markup.
     *
     * @param similar the most similar indexed provisions with this theme (citation and compendium label, {@code I.22}),
     *                most similar first
     * @param words   the theme's label words the text says, then the words that pushed the model most towards the
     *                theme, as the text writes them
     * @param meetingWith    how many of the meeting's earlier decided provisions editors gave this theme (0: none, or
     *                       nothing decided yet)
     * @param meetingDecided how many earlier provisions of the meeting have a decided theme
     * @param basis          which text the classifier read
     */
    public record Reason(List<SimilarProvision> similar, List<String> words, int meetingWith, int meetingDecided,
                         Basis basis) {
        /** No evidence. */
        public static final Reason NONE = new Reason(List.of(), List.of());

        public Reason {
            similar = List.copyOf(similar);
            words = List.copyOf(words);
            java.util.Objects.requireNonNull(basis, "basis");
            if (meetingWith < 0 || meetingWith > meetingDecided) {
                throw new IllegalArgumentException("theme on " + meetingWith + " of " + meetingDecided
                        + " earlier decided provisions");
            }
        }

        /** The evidence of the text alone, nothing decided in its meeting yet. */
        public Reason(List<SimilarProvision> similar, List<String> words) {
            this(similar, words, 0, 0, Basis.OWN_TEXT);
        }

        /** Whether there is no evidence at all. */
        public boolean isEmpty() {
            return similar.isEmpty() && words.isEmpty() && meetingWith == 0;
        }
    }
}
