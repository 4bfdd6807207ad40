package org.compendium.model;

import java.util.List;

/**
 * What a document says about itself.
 *
 * @param type                  the document type
 * @param body                  the adopting body, or null when not recognised
 * @param meeting               a working group's meeting number ({@code neuvième réunion} gives 9), or null
 * @param session               a COP session number, or null
 * @param dates                 the meeting's or session's dates, or null
 * @param venue                 the city, or null
 * @param language              the language of the text ({@link Language#UNDETERMINED} when not known)
 * @param symbol                the document's own symbol when printed, or null
 * @param title                 the document's title, or empty
 * @param resolutionNumber      for a resolution or decision, its number ({@code 11/5}); else null
 * @param mentionedSymbols      every document symbol the text mentions, in order of first appearance
 * @param mentionedResolutions  every COP resolution or decision number the text mentions ({@code 10/3})
 * @param agenda                the adopted agenda, when the document lists one
 * @param participants          the States listed as taking part, when the document lists them
 */
public record DocumentMetadata(
        DocumentType type,
        Body body,
        Integer meeting,
        Integer session,
        DateRange dates,
        String venue,
        Language language,
        DocumentSymbol symbol,
        String title,
        String resolutionNumber,
        List<DocumentSymbol> mentionedSymbols,
        List<String> mentionedResolutions,
        List<AgendaItem> agenda,
        List<Participant> participants) {

    public DocumentMetadata {
        if (type == null) {
            throw new IllegalArgumentException("a document needs a type");
        }
        title = title == null ? "" : title;
        language = language == null ? Language.UNDETERMINED : language;
        mentionedSymbols = List.copyOf(mentionedSymbols);
        mentionedResolutions = List.copyOf(mentionedResolutions);
        agenda = List.copyOf(agenda);
        participants = List.copyOf(participants);
    }

    /** The year the meeting or session began, or null when no dates are known. */
    public Integer year() {
        return dates == null ? null : dates.start().getYear();
    }
}
