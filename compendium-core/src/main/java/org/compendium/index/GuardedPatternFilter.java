package org.compendium.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * A char filter that replaces what its patterns match, as {@link PatternReplaceCharFilter}s one after the other do,
 * but only when a cheap test of the text says a pattern may match: most texts and queries hold no bracket and no
 * title, and a pattern replacement costs a copy and a scan of the whole text at every position, once per analysis
 * (a query is analyzed a dozen times, once per text field and reading).
 *
 * <p>The text is read whole on the first read (a provision or a query: short). Offsets are corrected through the
 * replacements when they were made and passed to the input's corrections as a {@link CharFilter} does, so a chain of
 * these filters keeps the highlighter's offsets pointing into the original text.
 */
final class GuardedPatternFilter extends CharFilter {
    private final Predicate<String> mayMatch;
    private final List<Pattern> patterns;
    /** What each pattern's matches become, by the pattern's place. */
    private final List<String> replacements;
    /** The text to read: the input's, or the replacements' filter over it; null until the first read. */
    private Reader text;
    /** The replacements' last filter when a pattern may match, else null (offsets unchanged). */
    private CharFilter replaced;

    /**
     * @param mayMatch    false only when no pattern can match the text (a bracket, a title's first word is missing)
     * @param patterns    applied in order, each to the text the ones before left
     * @param replacement what each match becomes ({@code $1} for its first group)
     */
    GuardedPatternFilter(Reader input, Predicate<String> mayMatch, List<Pattern> patterns, String replacement) {
        this(input, mayMatch, patterns, java.util.Collections.nCopies(patterns.size(), replacement));
    }

    /**
     * @param replacements what the matches of each of {@code patterns} become, by its place ({@code $1} for its first
     *                     group)
     */
    GuardedPatternFilter(Reader input, Predicate<String> mayMatch, List<Pattern> patterns, List<String> replacements) {
        super(input);
        if (replacements.size() != patterns.size()) {
            throw new IllegalArgumentException(patterns.size() + " patterns but " + replacements.size() + " replacements");
        }
        this.mayMatch = mayMatch;
        this.patterns = List.copyOf(patterns);
        this.replacements = List.copyOf(replacements);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (text == null) {
            StringBuilder all = new StringBuilder();
            char[] chunk = new char[1024];
            for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
                all.append(chunk, 0, n);
            }
            String s = all.toString();
            if (mayMatch.test(s)) {
                Reader r = new StringReader(s);
                for (int i = 0; i < patterns.size(); i++) {
                    r = new PatternReplaceCharFilter(patterns.get(i), replacements.get(i), r);
                }
                replaced = (CharFilter) r;
                text = r;
            } else {
                text = new StringReader(s);
            }
        }
        return text.read(buffer, offset, length);
    }

    @Override
    protected int correct(int offset) {
        return replaced == null ? offset : replaced.correctOffset(offset);
    }
}
