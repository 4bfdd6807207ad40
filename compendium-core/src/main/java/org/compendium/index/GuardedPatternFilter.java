package org.compendium.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * A char filter that makes several {@link Rewrite}s of a text, as {@link PatternReplaceCharFilter}s one after the
 * other do, but each only when a cheap test of the text says one of its patterns may match: most texts and queries
 * hold no bracket and no title, and a pattern replacement costs a copy and a scan of the whole text at every
 * position, once per analysis (a query is analyzed a dozen times, once per text field and reading).
 *
 * <p>The text is read whole on the first read (a provision or a query: short), once for all the rewrites, and put in
 * lower case at most once for all their tests: a chain of one such filter per rewrite had read and copied the text
 * once each, and lower-cased it twice, which doubled the French index analysis's time. Offsets are corrected through
 * the replacements when they were made and passed to the input's corrections as a {@link CharFilter} does, so the
 * highlighter's offsets still point into the original text.
 */
final class GuardedPatternFilter extends CharFilter {
    /**
     * One rewrite: patterns applied in order, each to the text the ones before left, the matches of each replaced by
     * its replacement ({@code $1} for its first group), tried only when {@code mayMatch} says the text may hold a
     * match.
     */
    record Rewrite(Guard mayMatch, List<Pattern> patterns, List<String> replacements) {
        Rewrite {
            patterns = List.copyOf(patterns);
            replacements = List.copyOf(replacements);
            if (replacements.size() != patterns.size()) {
                throw new IllegalArgumentException(patterns.size() + " patterns but " + replacements.size() + " replacements");
            }
        }

        /** Every pattern's matches replaced by the same {@code replacement}. */
        Rewrite(Guard mayMatch, List<Pattern> patterns, String replacement) {
            this(mayMatch, patterns, java.util.Collections.nCopies(patterns.size(), replacement));
        }
    }

    /** False only when no pattern of a rewrite can match the text (a bracket, a title's first word is missing). */
    @FunctionalInterface
    interface Guard {
        boolean mayMatch(Sample text);
    }

    /** The text a guard tests, as read and in lower case (made once, when a guard first asks for it). */
    static final class Sample {
        private final String text;
        private String lower;

        Sample(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }

        String lower() {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower;
        }
    }

    private final List<Rewrite> rewrites;
    /** The text to read: the input's, or the replacements' filter over it; null until the first read. */
    private Reader text;
    /** The replacements' last filter when a pattern may match, else null (offsets unchanged). */
    private CharFilter replaced;

    /** {@code input} with each of {@code rewrites} made in order (those whose guard says they may match). */
    GuardedPatternFilter(Reader input, List<Rewrite> rewrites) {
        super(input);
        this.rewrites = List.copyOf(rewrites);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (text == null) {
            StringBuilder all = new StringBuilder();
            char[] chunk = new char[1024];
            for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
                all.append(chunk, 0, n);
            }
            Sample sample = new Sample(all.toString());
            Reader r = new StringReader(sample.text());
            for (Rewrite rewrite : rewrites) {
                if (rewrite.mayMatch().mayMatch(sample)) {
                    for (int i = 0; i < rewrite.patterns().size(); i++) {
                        r = new PatternReplaceCharFilter(rewrite.patterns().get(i), rewrite.replacements().get(i), r);
                    }
                }
            }
            replaced = r instanceof CharFilter filter ? filter : null;
            text = r;
        }
        return text.read(buffer, offset, length);
    }

    @Override
    protected int correct(int offset) {
        return replaced == null ? offset : replaced.correctOffset(offset);
    }
}
