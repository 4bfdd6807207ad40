package org.compendium.store;

import java.time.Instant;
import org.compendium.model.Body;
import org.compendium.model.DateRange;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.Expression;
import org.compendium.model.Language;
import org.compendium.model.Work;

/**
 * One stored document described without its provisions: what a listing shows and what a provision hit points to.
 *
 * @param id               the store's identifier, stable until the document is re-ingested
 * @param source           the file name it was read from
 * @param sha256           the hex SHA-256 of its source bytes
 * @param type             the document type
 * @param body             the adopting body, or null
 * @param meeting          a working group's meeting number, or null
 * @param session          a COP session number, or null
 * @param dates            the meeting's or session's dates, or null
 * @param symbol           the document's own symbol, or null
 * @param title            its title, or empty
 * @param resolutionNumber for a resolution or decision its number, else null
 * @param language         the language of its text
 * @param provisionCount   how many provisions it holds
 * @param ingestedAt       when it was saved
 * @param work             what it is, in any language: with the language, its permalink
 */
public record DocumentSummary(
        long id,
        String source,
        String sha256,
        DocumentType type,
        Body body,
        Integer meeting,
        Integer session,
        DateRange dates,
        DocumentSymbol symbol,
        String title,
        String resolutionNumber,
        Language language,
        int provisionCount,
        Instant ingestedAt,
        Work work) {

    /** The work in this document's language: {@code /works/cop-res-11-5/fr}. */
    public Expression expression() {
        return new Expression(work, language);
    }
}
