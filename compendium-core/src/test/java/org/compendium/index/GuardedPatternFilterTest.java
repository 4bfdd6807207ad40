package org.compendium.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one filter that makes a language's rewrites ({@link GuardedPatternFilter}, as {@link LanguageAnalyzers} reads a
 * text for search) gives the text and the offsets that every pattern's replacement run one after the other over the
 * whole text gives: its guards only skip patterns that cannot match, and one filter for all of them reads the same
 * as their chain.
 */
class GuardedPatternFilterTest {
    private static final String[] FILLER = {"Les", "États", "parties", "(a)", "résolution 11/5 (2022)", "cas", "lieu",
            "milieu", "air", "mer", "terre", "protocole", "Protocol", "as", "appropriate", "the", "de", "migrants", ",",
            ".", "Women", "Children", "женщин", "协议", "الأمم", "проток", "·", "e", "(e)", "s", "l'", "qu'il", "\n", "  "};

    /** The pieces a text of {@code language} is made of: its titles (enumeration in), formulae, marks and filler. */
    private static List<String> pieces(String language) {
        List<String> out = new ArrayList<>(List.of(FILLER));
        LanguageLists.read("titles", language).ifPresent(t -> t.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                    out.add(l.replace("[", "").replace("]", ""));
                    out.add(l.substring(0, l.indexOf('[')));
                    out.add(l.toUpperCase(java.util.Locale.ROOT).replace("[", "").replace("]", ""));
                }));
        LanguageLists.read("formulae", language).ifPresent(t -> t.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add));
        out.addAll(List.of("attaché(e)s", "observateur·rice·s", "certain(e)s", "État(s)"));
        return out;
    }

    private static List<GuardedPatternFilter.Rewrite> rewrites(String language) {
        List<GuardedPatternFilter.Rewrite> out = new ArrayList<>(TitleEnumerations.of(language).rewrites());
        out.addAll(Formulae.of(language).rewrites());
        if (language.equals("fr")) {
            out.add(FrenchInclusiveWriting.REWRITE);
        }
        return out;
    }

    /** Every pattern of {@code rewrites} replaced over the whole text, one filter per pattern, no guard. */
    private static Reader unguarded(String text, List<GuardedPatternFilter.Rewrite> rewrites) {
        Reader r = new StringReader(text);
        for (GuardedPatternFilter.Rewrite rewrite : rewrites) {
            for (int i = 0; i < rewrite.patterns().size(); i++) {
                r = new PatternReplaceCharFilter(rewrite.patterns().get(i), rewrite.replacements().get(i), r);
            }
        }
        return r;
    }

    private static String readAll(Reader r) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[37];
        for (int n = r.read(buffer); n != -1; n = r.read(buffer)) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar", "en", "es", "fr", "ru", "zh"})
    void oneGuardedFilterReadsAsEveryPatternRunOverTheWholeText(String language) throws IOException {
        List<GuardedPatternFilter.Rewrite> rewrites = rewrites(language);
        assertThat(rewrites).isNotEmpty();
        List<String> pieces = pieces(language);
        Random random = new Random(20261204L + language.hashCode());
        int rewritten = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String original = text.toString();
            CharFilter guarded = new GuardedPatternFilter(new StringReader(original), rewrites);
            CharFilter reference = (CharFilter) unguarded(original, rewrites);
            String read = readAll(guarded);
            assertThat(read).as(original).isEqualTo(readAll(reference));
            for (int offset = 0; offset <= read.length(); offset++) {
                assertThat(guarded.correctOffset(offset)).as(original + " @" + offset).isEqualTo(reference.correctOffset(offset));
            }
            rewritten += read.equals(original) ? 0 : 1;
        }
        assertThat(rewritten).as("texts some rewrite changed").isGreaterThan(100);
    }
}
