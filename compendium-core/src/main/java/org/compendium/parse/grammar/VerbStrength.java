package org.compendium.parse.grammar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compendium.model.Language;
import org.compendium.model.TextFolding;

/**
 * The strength of a provision's leading verb or modal phrase, on one ordered scale for the six languages, strongest
 * first: <em>décide</em> &gt; <em>prie instamment</em> &gt; <em>prie</em> &gt; <em>engage</em> &gt; <em>invite</em>
 * &gt; <em>devraient</em> &gt; <em>voudront peut-être</em>, and the same steps in each language ({@code decides},
 * {@code urges}, {@code requests}, {@code encourages}, {@code invites}, {@code should}, {@code may wish to}).
 *
 * <p>The phrases are data, per language, folded as {@link TextFolding#foldKeepingLength} folds (lower case, no
 * accents); a verb is read by the longest phrase it holds as whole words ({@code also requests},
 * {@code prie également}, {@code настоятельно призывает}), so {@code prie instamment} is an urge, not a request.
 * Preambular verbs ({@code rappelant}, {@code noting}) and verbs that adopt or take note have no strength.
 */
public enum VerbStrength {
    DECIDES, URGES, REQUESTS, ENCOURAGES, INVITES, SHOULD, MAY_WISH;

    private static final Map<Language, Map<VerbStrength, List<String>>> PHRASES = new EnumMap<>(Language.class);

    static {
        PHRASES.put(Language.FRENCH, table(
                List.of("decide", "decident"),
                List.of("prie instamment", "exhorte", "demande instamment"),
                List.of("prie", "demande", "charge", "sont pries", "est prie"),
                List.of("engage", "encourage", "sont encourages", "sont vivement encourages", "est encourage"),
                List.of("invite", "sont invites", "est invite"),
                List.of("devraient", "devrait", "doivent", "doit"),
                List.of("voudront peut-etre", "voudra peut-etre", "pourraient", "pourrait")));
        PHRASES.put(Language.ENGLISH, table(
                List.of("decides", "decide"),
                List.of("urges", "strongly urges", "calls upon", "are urged"),
                List.of("requests", "are requested", "is requested", "directs"),
                List.of("encourages", "are encouraged", "are strongly encouraged", "is encouraged"),
                List.of("invites", "are invited", "is invited"),
                List.of("should", "must", "should consider"),
                List.of("may wish to", "may wish to consider", "could", "could consider")));
        PHRASES.put(Language.SPANISH, table(
                List.of("decide", "deciden"),
                List.of("insta", "exhorta", "se insta"),
                List.of("solicita", "pide", "encarga"),
                List.of("alienta", "se alienta", "se alienta encarecidamente"),
                List.of("invita", "se invita"),
                List.of("deberian", "deberia", "deben", "debe"),
                List.of("tal vez deseen", "tal vez desee", "podrian", "podria")));
        PHRASES.put(Language.RUSSIAN, table(
                List.of("постановляет", "постановляют"),
                List.of("настоятельно призывает", "призываются"),
                List.of("просит", "поручает"),
                List.of("рекомендует", "призывает", "рекомендуется", "настоятельно рекомендуется"),
                List.of("предлагает", "предлагается"),
                List.of("следует", "должны", "должно"),
                List.of("возможно, пожелают", "возможно, пожелает", "могли бы")));
        PHRASES.put(Language.ARABIC, table(
                List.of("يقرر", "تقرر", "قرر"),
                List.of("يحث", "تحث"),
                List.of("يطلب", "تطلب"),
                List.of("يشجع", "تشجع", "تشجع بقوة"),
                List.of("يدعو", "تدعو", "تدعى"),
                List.of("ينبغي", "يجب"),
                List.of("قد ترغب", "قد ترغب في", "يمكن")));
        PHRASES.put(Language.CHINESE, table(
                List.of("决定"),
                List.of("敦促", "促请"),
                List.of("请"),
                List.of("鼓励", "大力鼓励"),
                List.of("邀请"),
                List.of("应", "应当", "应该", "必须"),
                List.of("不妨", "不妨考虑", "可")));
    }

    @SafeVarargs
    private static Map<VerbStrength, List<String>> table(List<String>... byStrength) {
        Map<VerbStrength, List<String>> out = new EnumMap<>(VerbStrength.class);
        for (VerbStrength s : values()) {
            out.put(s, List.copyOf(byStrength[s.ordinal()]));
        }
        return out;
    }

    /** The facet code: {@code decides}, {@code may-wish}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The strength with this {@link #code}, or empty. */
    public static Optional<VerbStrength> fromCode(String code) {
        for (VerbStrength s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The strength of a leading verb or modal phrase of {@code language} ({@code prie instamment}, {@code should}), or
     * empty when it is not one of the scale's (a preambular verb, {@code adopts}) or the language has no table.
     */
    public static Optional<VerbStrength> of(String verb, Language language) {
        Map<VerbStrength, List<String>> table = PHRASES.get(language);
        if (verb == null || table == null) {
            return Optional.empty();
        }
        String folded = TextFolding.keyword(verb);
        boolean spaced = Modals.spacedWords(language);
        VerbStrength best = null;
        int bestLength = 0;
        for (var entry : table.entrySet()) {
            for (String phrase : entry.getValue()) {
                if (phrase.length() > bestLength && holds(folded, phrase, spaced)) {
                    best = entry.getKey();
                    bestLength = phrase.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@code text} holds {@code phrase} as whole words; in a language written without spaces, anywhere
     * ({@code 还请}, {@code 进一步请} are requests; the longest phrase wins, so {@code 邀请} stays an invitation).
     */
    private static boolean holds(String text, String phrase, boolean spaced) {
        if (!spaced) {
            return text.contains(phrase);
        }
        int at = (" " + text + " ").indexOf(" " + phrase + " ");
        return at >= 0;
    }

    /** Every phrase of {@code language}'s table, strongest first (for documentation and tests). */
    public static List<String> phrases(Language language, VerbStrength strength) {
        Map<VerbStrength, List<String>> table = PHRASES.get(language);
        return table == null ? List.of() : new ArrayList<>(table.get(strength));
    }
}
