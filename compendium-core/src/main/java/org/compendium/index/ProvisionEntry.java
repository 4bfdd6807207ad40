package org.compendium.index;

import java.time.LocalDate;
import java.util.List;
import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;
import org.compendium.model.ProvisionKind;
import org.compendium.parse.grammar.VerbStrength;

/**
 * One provision as the search index sees it: its text and every field it can be filtered, faceted or sorted on. A
 * source-side record, explicitly not a Lucene document ({@link ProvisionDocuments} maps one to the other).
 *
 * @param citation     the provision's citation
 * @param text         its normalised text
 * @param language     the ISO 639-1 code of the text, which picks the analyzer
 * @param kind         its role
 * @param label        how its source designates it, or null
 * @param path         its place in the structure, outermost first
 * @param verb         its leading verb or modal phrase, lower case ({@code prie instamment}, {@code devraient},
 *                     {@code sont encouragés}), or null
 * @param addressees   who it is addressed to, as {@link Addressees} codes, possibly empty
 * @param themes       its theme codes, possibly empty
 * @param body         the body it belongs to (a COP resolution quoted in a working-group compendium is COP's), or null
 * @param meeting      a working group's meeting number, or null
 * @param session      a COP session number, or null
 * @param year         the year of its meeting, session or report, or null
 * @param date         the date used to sort by recency (the meeting's first day, else 1 January of its year), or null
 * @param type         the type of the document it was read from
 * @param source       the file name of that document
 * @param sha256       the SHA-256 of that document's source, which identifies it for re-indexing
 * @param symbol       that document's symbol, or null
 * @param ordinal      its position among that document's provisions, from 0
 * @param participants the States listed as taking part in the meeting or session it was adopted at, as their
 *                     identifiers ({@code FRA}, {@code EUE}), when its document lists them; possibly empty
 * @param agendaItems  the items of its meeting's agenda it is about, where its report says so ({@code 2. Mesures de
 *                     prévention …}, or the number alone when the report lists no agenda); possibly empty
 */
public record ProvisionEntry(
        Citation citation,
        String text,
        String language,
        ProvisionKind kind,
        String label,
        List<String> path,
        String verb,
        List<String> addressees,
        List<String> themes,
        Body body,
        Integer meeting,
        Integer session,
        Integer year,
        LocalDate date,
        DocumentType type,
        String source,
        String sha256,
        String symbol,
        int ordinal,
        List<String> participants,
        List<String> agendaItems) {

    public ProvisionEntry {
        if (citation == null || text == null || kind == null || type == null || source == null || sha256 == null) {
            throw new IllegalArgumentException("an indexed provision needs a citation, text, kind, document type and source");
        }
        language = language == null || language.isBlank() ? LanguageAnalyzers.UNKNOWN : language;
        path = List.copyOf(path);
        addressees = List.copyOf(addressees);
        themes = List.copyOf(themes);
        participants = List.copyOf(participants);
        agendaItems = List.copyOf(agendaItems);
    }

    /** An entry tied to no agenda item. */
    public ProvisionEntry(Citation citation, String text, String language, ProvisionKind kind, String label, List<String> path,
            String verb, List<String> addressees, List<String> themes, Body body, Integer meeting, Integer session,
            Integer year, LocalDate date, DocumentType type, String source, String sha256, String symbol, int ordinal,
            List<String> participants) {
        this(citation, text, language, kind, label, path, verb, addressees, themes, body, meeting, session, year, date, type,
                source, sha256, symbol, ordinal, participants, List.of());
    }

    /** An entry whose document lists no participants. */
    public ProvisionEntry(Citation citation, String text, String language, ProvisionKind kind, String label, List<String> path,
            String verb, List<String> addressees, List<String> themes, Body body, Integer meeting, Integer session,
            Integer year, LocalDate date, DocumentType type, String source, String sha256, String symbol, int ordinal) {
        this(citation, text, language, kind, label, path, verb, addressees, themes, body, meeting, session, year, date, type,
                source, sha256, symbol, ordinal, List.of());
    }

    /** Where the leading verb stands on the strength scale, read from the verb in the provision's language; or empty. */
    public java.util.Optional<VerbStrength> strength() {
        return VerbStrength.of(verb, Language.fromCodeOrUndetermined(language));
    }
}
