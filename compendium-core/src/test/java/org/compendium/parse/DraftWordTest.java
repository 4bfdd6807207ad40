package org.compendium.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.compendium.model.Language;
import org.compendium.parse.grammar.Grammar;
import org.compendium.parse.grammar.Grammars;
import org.junit.jupiter.api.Test;

/**
 * Every line a grammar's draft pattern matches holds its draft word, and loses its match without it: the classifier
 * tries the pattern only on lines holding the word ({@code DocumentClassifier.firstLineHolding}).
 */
class DraftWordTest {
    private static final Map<Language, List<String>> DRAFTS = Map.of(
            Language.FRENCH, List.of("Argentine, Canada et Mexique : projet de résolution", "PROJET DE DÉCISION",
                    "**Projet de résolution révisé II présenté par le Président**"),
            Language.ENGLISH, List.of("Argentina, Canada and Mexico: draft resolution", "Revised Draft decision",
                    "DRAFT RESOLUTION II submitted by the President"),
            Language.SPANISH, List.of("Argentina y México: proyecto de resolución", "Proyecto de decisión revisado"),
            Language.RUSSIAN, List.of("Аргентина и Мексика: проект резолюции", "Пересмотренный ПРОЕКТ решения"),
            Language.ARABIC, List.of("الأرجنتين والمكسيك: مشروع قرار", "مشروع مقرر"),
            Language.CHINESE, List.of("阿根廷、加拿大和墨西哥：决议草案", "主席提交的订正决定草案"));

    @Test
    void aDraftLineHoldsItsWordAndLosesItsMatchWithoutIt() throws IOException {
        List<String> corpusLines = corpusLines();
        int checked = 0;
        for (Map.Entry<Language, List<String>> e : DRAFTS.entrySet()) {
            Grammar.ResolutionShapes shapes = Grammars.of(e.getKey()).resolution();
            Pattern draft = shapes.draft();
            Pattern word = FindGate.literal(shapes.draftWord(), draft);
            List<String> lines = new ArrayList<>(e.getValue());
            for (String line : e.getValue()) {
                assertThat(draft.matcher(line).matches()).as(e.getKey() + " «" + line + "»").isTrue();
            }
            lines.addAll(corpusLines);
            for (String line : lines) {
                if (!draft.matcher(line).matches()) {
                    continue;
                }
                checked++;
                assertThat(word.matcher(line).find()).as(e.getKey() + " «" + line + "»").isTrue();
                String without = word.matcher(line).replaceAll(m -> "x".repeat(m.group().length()));
                assertThat(draft.matcher(without).matches()).as(e.getKey() + " «" + without + "»").isFalse();
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(14);
    }

    private static List<String> corpusLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String text : Corpus.seedAndFixtureTexts()) {
            lines.addAll(text.lines().toList());
        }
        return lines;
    }
}
