package org.compendium.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The token filter of a pair field: turns a field's words into its word pairs ({@link WordPairs#pair}) — each word
 * with every later word at most {@value WordPairs#MAX_DISTANCE} positions after it, the distance in the pair — each
 * pair at the position of its first word. Distances count the positions the stop words left empty, so
 * {@code traite des personnes} gives the pair {@code trait _ person}, as the query's phrase does.
 *
 * <p>It reads its input whole before emitting (a provision is a paragraph), since the pairs of a word are known only
 * once the words {@value WordPairs#MAX_DISTANCE} positions after it are read. Input words at the same position
 * (synonyms) pair like any others; {@link WordPairs#exact} does not read a phrase holding them.
 */
final class WordPairFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<String> words = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private boolean read;
    /** The word whose pairs are being emitted, and the next later word to pair it with. */
    private int first;
    private int second;
    private int lastPosition;

    WordPairFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
        }
        while (first < words.size()) {
            if (second < words.size() && positions.get(second) - positions.get(first) <= WordPairs.MAX_DISTANCE) {
                int distance = positions.get(second) - positions.get(first);
                int j = second++;
                if (distance == 0) {
                    continue;
                }
                clearAttributes();
                term.setEmpty().append(WordPairs.pair(words.get(first), words.get(j), distance));
                increment.setPositionIncrement(positions.get(first) - lastPosition);
                lastPosition = positions.get(first);
                return true;
            }
            first++;
            second = first + 1;
        }
        return false;
    }

    private void readAll() throws IOException {
        int position = -1;
        while (input.incrementToken()) {
            position += increment.getPositionIncrement();
            words.add(term.toString());
            positions.add(Math.max(position, 0));
        }
        read = true;
        first = 0;
        second = 1;
        lastPosition = -1;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words.clear();
        positions.clear();
        read = false;
    }
}
