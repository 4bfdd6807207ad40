package org.compendium.index;

import java.util.List;

/**
 * The field names of the search service's contract: what a filter, a field query ({@code body:WG.7}) or a facet can
 * name. Values are matched without regard to case or accents.
 */
public final class SearchFields {
    public static final String CITATION = "citation";
    public static final String BODY = "body";
    public static final String TYPE = "type";
    public static final String MEETING = "meeting";
    public static final String SESSION = "session";
    public static final String YEAR = "year";
    public static final String KIND = "kind";
    public static final String VERB = "verb";
    /** The leading verb's step on the strength scale ({@link org.compendium.parse.grammar.VerbStrength}): {@code decides} … {@code may-wish}. */
    public static final String STRENGTH = "strength";
    public static final String ADDRESSEE = "addressee";
    public static final String THEME = "theme";
    /** A State that took part in the provision's meeting or session, by identifier ({@code FRA}, {@code EUE}). */
    public static final String PARTICIPANT = "participant";
    /** An item of the meeting's agenda the provision is about, where its report says so ({@code 2. Mesures de prévention …}). */
    public static final String AGENDA = "agenda";
    public static final String LANGUAGE = "language";
    public static final String SOURCE = "source";
    /** The provision's words; a query term without a field searches it. */
    public static final String TEXT = "text";

    /** The fields with facet counts, in the order results list them. */
    public static final List<String> FACETS = List.of(BODY, TYPE, MEETING, SESSION, YEAR, KIND, STRENGTH, VERB, ADDRESSEE,
            THEME, AGENDA, LANGUAGE, PARTICIPANT);
    /** The fields a filter or a field query can name (besides {@link #TEXT}). */
    public static final List<String> FILTERS = List.of(CITATION, BODY, TYPE, MEETING, SESSION, YEAR, KIND, STRENGTH, VERB,
            ADDRESSEE, THEME, AGENDA, LANGUAGE, PARTICIPANT, SOURCE);
    /** The facet fields that can hold several values per provision. */
    static final List<String> MULTI_VALUED = List.of(ADDRESSEE, THEME, AGENDA, PARTICIPANT);

    private SearchFields() {
    }
}
