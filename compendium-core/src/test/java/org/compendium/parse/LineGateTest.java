package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.parse.grammar.CompendiumGrammar;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Grammars;
import org.junit.jupiter.api.Test;

/**
 * A line pattern's gate ({@link LineGate}) never refuses a line the pattern matches at its start: for every line
 * pattern of the six grammars' resolution, report and compendium shapes and of the readers, on every line of the seeds and the
 * fixtures, those lines with their first characters changed, and random lines made of the patterns' own pieces.
 */
class LineGateTest {
    private static final List<Class<?>> READERS = List.of(ReportReader.class, ResolutionBodyReader.class,
            CompendiumReader.class, FootnoteBlock.class, LineRules.class, TreatyReader.class, FootnoteMarks.class);
    /** Pieces of lines: marks, numbers, letters and words the line patterns open with, blanks of every kind. */
    private static final String[] PIECES = {" ", "  ", "\t", "\u00A0", "\u2003", "*", "**", "_", "#", "-", "- ", "(", ")",
            "[", "]", ".", "1", "12", "١٢", "一", "二", "十", "I", "II", "IV", "X", "A", "B", "H", "a", "b", "iv", "x", "Ж", "ب",
            "Recommandation", "Recommendation", "Recomendación", "Рекомендация", "التوصية", "建议", "Résolution",
            "Resolution", "Décision", "Decision", "Annexe", "Annex", "La Conférence des Parties", "The Conference",
            "Al.", "al.", "e", "ème", "séance plénière", "plenary meeting", "/", "5", "11/5", "Article", "Artículo",
            "Статья", "المادة", "第", "条", "Chapter", "Chapitre", "CTOC/COP/2024/1", "\uD835\uDC00", "é", "É"};

    @Test
    void noLineThatAPatternMatchesIsRefusedByItsGate() throws IOException {
        Map<String, Pattern> patterns = linePatterns();
        List<String> lines = lines();
        int gated = 0;
        long refused = 0;
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Pattern pattern = e.getValue();
            LineGate gate = LineGate.of(pattern);
            gated += gate.isGated() ? 1 : 0;
            for (String line : lines) {
                boolean admitted = gate.admits(line);
                if (!admitted) {
                    refused++;
                    assertThat(pattern.matcher(line).lookingAt()).as(e.getKey() + " " + pattern + " on «" + line + "»").isFalse();
                }
            }
        }
        // Gates were read for most line patterns, and they refuse lines: the test is not of open gates only.
        assertThat(gated).as("gated patterns of " + patterns.size()).isGreaterThan(patterns.size() / 2);
        assertThat(refused).isGreaterThan(100_000);
    }

    @Test
    void patternsWhoseOpeningIsNotSimpleLetEveryLineThrough() {
        assertThat(LineGate.of(Pattern.compile("^a|b")).isGated()).isFalse();
        assertThat(LineGate.of(Pattern.compile("^-?\\s*[a-z]\\)")).isGated()).isFalse();
        assertThat(LineGate.of(Pattern.compile("(?i)^recommandation")).isGated()).isFalse();
        assertThat(LineGate.of(Pattern.compile("^[a\\s]*a")).isGated()).isFalse();
        assertThat(LineGate.of(Pattern.compile("^\\s*?x")).isGated()).isFalse();
        assertThat(LineGate.of(Pattern.compile("^\\s*(x)?y")).isGated()).isFalse();
        LineGate roman = LineGate.of(Pattern.compile("^\\s*([IVX]{1,5})\\.\\s+(\\S.*)$", Pattern.UNICODE_CHARACTER_CLASS));
        assertThat(roman.admits("\u2003 IV. Recommandations")).isTrue();
        assertThat(roman.admits("  Les États parties")).isFalse();
    }

    /** Every Pattern of the grammars' resolution and report shapes, and every static Pattern of the readers. */
    private static Map<String, Pattern> linePatterns() {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (Language language : List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.RUSSIAN,
                Language.ARABIC, Language.CHINESE)) {
            Grammar g = Grammars.of(language);
            for (Record shapes : List.<Record>of(g.resolution(), g.report(), CompendiumGrammar.of(language))) {
                for (RecordComponent c : shapes.getClass().getRecordComponents()) {
                    if (c.getType() == Pattern.class) {
                        try {
                            patterns.put(language + " " + c.getName(), (Pattern) c.getAccessor().invoke(shapes));
                        } catch (ReflectiveOperationException ex) {
                            throw new IllegalStateException(ex);
                        }
                    }
                }
            }
        }
        for (Class<?> reader : READERS) {
            for (Field f : reader.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
                    try {
                        f.setAccessible(true);
                        patterns.put(reader.getSimpleName() + "." + f.getName(), (Pattern) f.get(null));
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
        return patterns;
    }

    /** The lines of the seeds and fixtures, each also with its first visible character changed, and random lines. */
    private static List<String> lines() throws IOException {
        List<String> texts = new ArrayList<>(Corpus.seedAndFixtureTexts());
        List<String> lines = new ArrayList<>();
        Random random = new Random(20261205);
        for (String text : texts) {
            for (SourceLines.Line line : new SourceLines(text).lines()) {
                String s = line.text();
                lines.add(s);
                String stripped = s.stripLeading();
                if (!stripped.isEmpty()) {
                    lines.add(PIECES[random.nextInt(PIECES.length)] + stripped);
                    lines.add(s.substring(0, s.length() - stripped.length()) + stripped.substring(1));
                }
            }
        }
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    sb.append(' ');
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }
}
