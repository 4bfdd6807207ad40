package org.compendium.themes;

import java.util.ArrayList;
import java.util.List;
import org.compendium.model.Language;
import org.compendium.model.Theme;
import org.compendium.model.ThemeKeyword;

/**
 * How the themes of a vocabulary are worded in one language: each theme's label and its editors' keywords, in
 * vocabulary order. The label match reads both ({@link LabelTerms}); a theme's label document, a training document
 * whose only target is the theme, is its label alone (with the keywords too, nested micro-F1 fell from 0.6546 to
 * 0.6457: a keyword's few words make a label document that resembles many provisions).
 *
 * @param language the language they are written in
 * @param labels   each theme's label in the language; for a language other than French, blank when the theme has
 *                 none in it (a French label says nothing to an English text)
 * @param keywords each theme's keywords in the language, in the store's order
 * @param keywordDocuments whether the keywords join the label documents too, not only the label match
 */
record ThemeWords(Language language, List<String> labels, List<List<String>> keywords, boolean keywordDocuments) {
    ThemeWords {
        labels = List.copyOf(labels);
        keywords = keywords.stream().map(List::copyOf).toList();
        if (labels.size() != keywords.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but keywords for " + keywords.size() + " themes");
        }
    }

    /** The labels of {@code vocabulary} in {@code language} and the keywords of {@code all} in it. */
    static ThemeWords of(List<Theme> vocabulary, List<ThemeKeyword> all, Language language) {
        List<String> labels = new ArrayList<>();
        List<List<String>> keywords = new ArrayList<>();
        for (Theme t : vocabulary) {
            labels.add(language == Language.FRENCH ? t.label(language.code())
                    : t.labels().getOrDefault(language.code(), ""));
            keywords.add(all.stream().filter(k -> k.themeId().equals(t.id()) && k.language() == language)
                    .map(ThemeKeyword::keyword).toList());
        }
        return new ThemeWords(language, labels, keywords, false);
    }

    /** The same wordings, the keywords joining the label documents too (a variant measured in the README). */
    ThemeWords withKeywordDocuments() {
        return new ThemeWords(language, labels, keywords, true);
    }

    /** The French labels of {@code vocabulary}, no keywords. */
    static ThemeWords labelsOf(List<Theme> vocabulary) {
        return of(vocabulary, List.of(), Language.FRENCH);
    }

    /** The text of theme {@code t}'s label document: its label, then (in the variant) its keywords, one per line. */
    String document(int t) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.get(t));
        if (keywordDocuments) {
            lines.addAll(keywords.get(t));
        }
        return String.join("\n", lines);
    }

    /** The label match over these wordings, its IDF from {@code texts}. */
    LabelTerms labelTerms(List<java.util.Set<String>> texts) {
        return new LabelTerms(labels, keywords, texts, language);
    }
}
