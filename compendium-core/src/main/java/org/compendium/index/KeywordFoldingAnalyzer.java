package org.compendium.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;

import java.util.regex.Pattern;

/**
 * The query-side analyzer of keyword fields ({@code body:WG.7}, {@code verb:"sont encouragés"}): the whole value as
 * one token, lower case, accents folded, typographic apostrophes and whitespace runs made plain — the same key
 * {@link TextFolding#key} indexes, so field queries ignore case and accents.
 */
final class KeywordFoldingAnalyzer extends Analyzer {
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2019\u2018\u02BC]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, fold(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
    }

    private static TokenStream fold(TokenStream in) {
        TokenStream t = new PatternReplaceFilter(in, APOSTROPHES, "'", true);
        t = new PatternReplaceFilter(t, SPACES, " ", true);
        return new ASCIIFoldingFilter(new LowerCaseFilter(t));
    }
}
