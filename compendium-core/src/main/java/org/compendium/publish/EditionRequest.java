package org.compendium.publish;

import org.compendium.model.Body;
import org.compendium.model.Language;

/**
 * What to publish.
 *
 * @param body     the working group whose compendium it is ({@code WG.7})
 * @param meetings the meetings of part A, or null for those of the stored compendium
 * @param sessions the sessions of part B, or null for those of the stored compendium
 * @param language the ISO 639-1 code of the edition ({@code fr}), one of the six official languages
 * @param fallback the language ({@code fr} or {@code en}) a provision is shown in, with a marker, when the store lacks
 *                 it in {@code language}; null to leave such provisions out (both ways they are listed in
 *                 {@link Edition#missing()})
 */
public record EditionRequest(Body body, NumberRange meetings, NumberRange sessions, String language, Language fallback) {
    public EditionRequest {
        if (body == null || body == Body.COP) {
            throw new IllegalArgumentException("an edition is the compendium of a working group: WG.4 or WG.7");
        }
        language = language == null ? "fr" : language.strip().toLowerCase(java.util.Locale.ROOT);
        Language lang = Language.fromCodeOrUndetermined(language);
        if (!Language.OFFICIAL.contains(lang)) {
            throw new IllegalArgumentException("unknown edition language '" + language + "'; expected one of "
                    + Language.OFFICIAL.stream().map(Language::code).toList());
        }
        language = lang.code();
        if (fallback != null && fallback != Language.FRENCH && fallback != Language.ENGLISH) {
            throw new IllegalArgumentException("a fallback language is fr or en, not " + fallback.code());
        }
        if (fallback == lang) {
            fallback = null;
        }
    }

    /** A request without a fallback language. */
    public EditionRequest(Body body, NumberRange meetings, NumberRange sessions, String language) {
        this(body, meetings, sessions, language, null);
    }

    /** The edition's language. */
    public Language lang() {
        return Language.fromCode(language);
    }
}
