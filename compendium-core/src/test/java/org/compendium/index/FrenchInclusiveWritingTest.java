package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word of French inclusive writing is the word itself ({@link FrenchInclusiveWriting}): the feminine ending in
 * brackets or between median dots is not a word, and the words around it stay in a row.
 */
class FrenchInclusiveWritingTest {
    private static final Analyzer FRENCH = LanguageAnalyzers.defaults().textAnalyzer("text.fr");

    private static List<String> terms(String text) {
        return WordsQuery.analyze(FRENCH, "text.fr", text).stream().map(WordsQuery.Token::term).toList();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "Attaché(e)s de liaison; attachés de liaison",
            "attaché·e·s de liaison; attachés de liaison",
            "attaché·es; attachés",
            "observateur·rice·s; observateurs",
            "certain(e)s participant(e)s; certains participants",
            "conseiller(ère)s; conseillers",
            "État(s) partie(s); État partie",
            "praticien(ne)s; praticiens"})
    void aWordWithItsFeminineMarkedIsTheWord(String marked, String plain) {
        assertThat(terms(marked)).isEqualTo(terms(plain));
    }

    @Test
    void theWordsAroundTheMarkStayInARow() {
        List<WordsQuery.Token> tokens = WordsQuery.analyze(FRENCH, "text.fr", "Attaché(e)s de liaison");
        assertThat(tokens).extracting(WordsQuery.Token::position).containsExactly(0, 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"rec. 17(e); e", "alinéa (e); e", "point e); e"})
    void aLetterInBracketsAfterANumberOrASpaceStays(String text, String letter) {
        assertThat(terms(text)).contains(letter);
    }

    @Test
    void offsetsPointIntoTheTextAsWritten() throws IOException {
        String text = "Les attaché(e)s de liaison";
        try (TokenStream ts = FRENCH.tokenStream("text.fr", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> spans = new ArrayList<>();
            while (ts.incrementToken()) {
                spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
            assertThat(spans).containsExactly("attach=attaché(e)s", "liaison=liaison");
        }
    }

    @Test
    void randomTextWithBracketsAndDotsIsReadWithOffsetsInsideIt() throws IOException {
        Random random = new Random(11);
        String alphabet = "ae()·.s lné";
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            try (TokenStream ts = FRENCH.tokenStream("text.fr", text)) {
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    assertThat(offset.startOffset()).as(text).isBetween(0, offset.endOffset());
                    assertThat(offset.endOffset()).as(text).isLessThanOrEqualTo(text.length());
                }
                ts.end();
            }
        }
    }
}
