package org.compendium.store;

import org.compendium.model.Body;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.DocumentType;
import org.compendium.model.Work;

/** The work of a document row written before works were stored (schema version 4 derives it from the row's metadata). */
final class StoredWorks {
    private StoredWorks() {
    }

    static Work derive(DocumentType type, Body body, Integer meeting, Integer session, String symbol, String resolutionNumber,
                       String sourceName) {
        if (resolutionNumber != null) {
            return Work.CopInstrument.of(type == DocumentType.DECISION ? Work.InstrumentKind.DECISION
                    : Work.InstrumentKind.RESOLUTION, resolutionNumber);
        }
        if (type == DocumentType.MEETING_REPORT && body != null && meeting != null) {
            return new Work.MeetingReport(body, meeting);
        }
        if (type == DocumentType.SECRETARIAT_REPORT && symbol == null && body != null && session != null) {
            return new Work.SecretariatReport(body, session, null);
        }
        if (symbol != null) {
            DocumentSymbol s = DocumentSymbol.parse(symbol);
            return Work.ofSymbol(s);
        }
        return Work.Unidentified.ofFile(sourceName);
    }
}
