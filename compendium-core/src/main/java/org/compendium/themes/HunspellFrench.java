package org.compendium.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Experimental: the French chain with Hunspell's French dictionary (Debian hunspell-fr) before the light stemmer. */
final class HunspellFrench extends Analyzer {
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();
    private final Dictionary dictionary;
    private final boolean light;

    HunspellFrench(Path dir, boolean light) {
        this.light = light;
        try (InputStream aff = Files.newInputStream(dir.resolve("fr.aff"));
             InputStream dic = Files.newInputStream(dir.resolve("fr.dic"))) {
            this.dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, java.util.List.of(dic), true);
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("cannot read the Hunspell French dictionary in " + dir, e));
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new HunspellStemFilter(result, dictionary, true, true);
        if (light) {
            result = new FrenchLightStemFilter(result);
        }
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
