package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Grammars;
import org.junit.jupiter.api.Test;

/**
 * A pattern sought through its {@link FindGate} finds what {@code find()} finds, match after match (start, end and
 * groups): for every wording pattern of the six grammars, over the seeds, the fixtures, and random texts made of the
 * patterns' own words cut and recased.
 */
class FindGateTest {
    @Test
    void everyWordingPatternFindsWhatFindFinds() throws IOException {
        Map<String, Pattern> patterns = wordingPatterns();
        List<String> texts = texts(patterns);
        int gated = 0;
        long matches = 0;
        for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
            Pattern p = e.getValue();
            FindGate gate = FindGate.of(p);
            gated += gate.isOpen() ? 0 : 1;
            for (String text : texts) {
                Matcher expected = p.matcher(text);
                Matcher gatedMatcher = p.matcher(text);
                int from = 0;
                while (true) {
                    boolean found = expected.find();
                    int at = gate.find(gatedMatcher, text, from);
                    assertThat(at >= 0).as(e.getKey() + " on «" + excerpt(text, from) + "»").isEqualTo(found);
                    if (!found) {
                        break;
                    }
                    matches++;
                    assertThat(at).as(e.getKey()).isEqualTo(expected.start());
                    assertThat(gatedMatcher.end()).as(e.getKey()).isEqualTo(expected.end());
                    for (int g = 1; g <= expected.groupCount(); g++) {
                        assertThat(gatedMatcher.group(g)).as(e.getKey() + " group " + g).isEqualTo(expected.group(g));
                    }
                    from = expected.end() == expected.start() ? expected.end() + 1 : expected.end();
                    if (from > text.length()) {
                        break;
                    }
                }
            }
        }
        // Most wording patterns are gated, and they match: the test is neither of open gates nor of no matches.
        assertThat(gated).as("gated patterns of " + patterns.size()).isGreaterThan(patterns.size() / 2);
        assertThat(matches).isGreaterThan(1_000);
    }

    @Test
    void aPatternThatReadsBeforeWhereItIsTriedIsSoughtEverywhere() {
        for (String regex : List.of("(?<=a)b", "(?<!a)b", "\\bword", "\\Bx", "^x", "(?m)^x", "x$", "\\Gx", "\\Ax", "(?x) a # c", "a?\\b", "x\\by", "(?:x|)\\b", "y*")) {
            assertThat(FindGate.of(Pattern.compile(regex)).isOpen()).as(regex).isTrue();
        }
        // A class's own ^ and an escaped one are no anchors; a named group is no look-behind.
        for (String regex : List.of("a[^.]{0,3}b", "\\^\\{", "(?<name>ab)c", "(?i)recueil", "(?i)(?:résolution|décision)s?\\b")) {
            assertThat(FindGate.of(Pattern.compile(regex)).isOpen()).as(regex).isFalse();
        }
    }

    @Test
    void aCaseInsensitiveLiteralIsTriedOnlyAtItsTwoCases() {
        Pattern p = Pattern.compile("(?i)recueil des");
        FindGate gate = FindGate.of(p);
        String text = "Le RECUEIL des recommandations; le recueil des";
        assertThat(gate.find(p.matcher(text), text, 0)).isEqualTo(3);
        assertThat(gate.find(p.matcher(text), text, 4)).isEqualTo(text.lastIndexOf("recueil"));
        assertThat(gate.find(p.matcher(text), text, text.length())).isEqualTo(-1);
        // An optional opening widens the chars tried, and a surrogate is always tried.
        Pattern optional = Pattern.compile("x?\uD835\uDC00");
        String math = "a\uD835\uDC00";
        assertThat(FindGate.of(optional).find(optional.matcher(math), math, 0)).isEqualTo(1);
    }

    /** Every Pattern of the six grammars' wording, and the pattern of each meeting keyword. */
    private static Map<String, Pattern> wordingPatterns() {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (Language language : List.of(Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.RUSSIAN,
                Language.ARABIC, Language.CHINESE)) {
            Grammar.Wording w = Grammars.of(language).wording();
            for (RecordComponent c : w.getClass().getRecordComponents()) {
                if (c.getType() == Pattern.class) {
                    try {
                        Pattern p = (Pattern) c.getAccessor().invoke(w);
                        if (p != null) {
                            patterns.put(language + " " + c.getName(), p);
                        }
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
            patterns.put(language + " meeting", w.meeting().pattern());
        }
        return patterns;
    }

    /** The seeds and fixtures, and random texts of the patterns' words, cut, recased, glued to blanks and marks. */
    private static List<String> texts(Map<String, Pattern> patterns) throws IOException {
        List<String> texts = new ArrayList<>(Corpus.seedAndFixtureTexts());
        List<String> words = new ArrayList<>(List.of(" ", "  ", "\n", "\t", "\u00A0", ".", ",", "’", "'", "s", "1",
                "12", "(", ")", "\uD835\uDC00", "É", "é", "İ", "K", "\u212A"));
        for (Pattern p : patterns.values()) {
            for (String piece : p.pattern().split("[^\\p{L}’' ]+")) {
                for (String w : piece.split(" ")) {
                    if (!w.isBlank()) {
                        words.add(w);
                    }
                }
                if (!piece.isBlank()) {
                    words.add(piece);
                }
            }
        }
        Random random = new Random(20261203);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(30); k < n; k++) {
                String w = words.get(random.nextInt(words.size()));
                switch (random.nextInt(6)) {
                    case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> w = w.substring(random.nextInt(w.length()));
                    default -> {
                    }
                }
                sb.append(w).append(random.nextInt(4) == 0 ? "" : " ");
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    private static String excerpt(String text, int from) {
        return text.substring(from, Math.min(text.length(), from + 120));
    }
}
