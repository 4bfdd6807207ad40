package org.compendium.parse.grammar;

import java.util.List;
import java.util.Map;
import org.compendium.model.Language;

/**
 * The modal phrases that carry a recommendation in each language ({@code devraient}, {@code should}, {@code deberían},
 * {@code следует}, {@code ينبغي}, {@code 应}), folded as {@link org.compendium.model.TextFolding#foldKeepingLength}
 * folds text, longest alternatives first so that the longest phrase wins: the recommendations' half of the leading-verb
 * table, whose resolutions' half is each grammar's verb table. The search index reads them for the {@code verb} facet.
 */
public final class Modals {
    private static final Map<Language, List<String>> MODALS = Map.of(
            Language.FRENCH, List.of("voudront peut-etre", "voudra peut-etre", "sont vivement encourages", "sont encourages",
                    "est encourage", "sont invites", "est invite", "sont pries", "devraient", "devrait", "pourraient",
                    "pourrait", "doivent", "doit"),
            Language.ENGLISH, List.of("may wish to consider", "may wish to", "are strongly encouraged", "are encouraged",
                    "is encouraged", "are invited", "is invited", "are requested", "are urged", "should consider", "should",
                    "could consider", "could", "must"),
            Language.SPANISH, List.of("tal vez deseen", "tal vez desee", "se alienta encarecidamente", "se alienta",
                    "se invita", "se insta", "deberian", "deberia", "podrian", "podria", "deben", "debe"),
            Language.RUSSIAN, List.of("возможно, пожелают", "возможно, пожелает", "настоятельно рекомендуется",
                    "рекомендуется", "предлагается", "призываются", "следует", "могли бы", "должны", "должно"),
            Language.ARABIC, List.of("قد ترغب في", "قد ترغب", "تشجع بقوة", "تشجع", "تدعى", "ينبغي", "يمكن", "يجب"),
            Language.CHINESE, List.of("不妨考虑", "不妨", "大力鼓励", "鼓励", "请", "应当", "应该", "应", "可", "必须"));

    private Modals() {
    }

    /** The modal phrases of {@code language}, longest first; empty when it has none recorded (undetermined). */
    public static List<String> of(Language language) {
        return MODALS.getOrDefault(language, List.of()).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Whether words of the language are separated by spaces, so a phrase must stand between word boundaries. */
    public static boolean spacedWords(Language language) {
        return language != Language.CHINESE;
    }
}
