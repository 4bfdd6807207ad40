package org.compendium.store;

import org.compendium.model.Expression;

/**
 * A document was saved under a file name that a <em>different</em> stored document already has: another work or
 * language, other content. Saving it would have deleted that document (a re-ingest replaces by file name), so the
 * store refuses and changes nothing; the ingestion then stores it under a longer name (its folder and file name).
 */
public final class SourceNameTakenException extends StoreException {
    private static final long serialVersionUID = 1L;

    public SourceNameTakenException(String source, Expression incoming, String heldBy) {
        super(source + " already names another stored document (" + heldBy + "), not " + incoming.work() + " in "
                + incoming.language().code() + "; nothing was changed. Give the file a name of its own, or remove "
                + source + " first if it replaces that document");
    }
}
