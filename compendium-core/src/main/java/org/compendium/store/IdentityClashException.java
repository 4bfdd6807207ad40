package org.compendium.store;

import org.compendium.model.Expression;

/**
 * A document refused because another stored document already is the same work in the same language: the store never
 * lets a second file overwrite or shadow the first under one identity.
 */
public final class IdentityClashException extends StoreException {
    private final Expression expression;
    private final String existingSource;

    public IdentityClashException(String source, Expression expression, String existingSource) {
        super(source + " is " + expression.work() + " in " + expression.language().endonym() + " (" + expression.language().code()
                + "), which the store already holds from " + existingSource + "; nothing was changed. If it replaces that "
                + "document, ingest it under the same file name or remove " + existingSource + " first; if it is another "
                + "document, give it its own symbol (compendium ingest --symbol SYMBOL FILE)");
        this.expression = expression;
        this.existingSource = existingSource;
    }

    public Expression expression() {
        return expression;
    }

    public String existingSource() {
        return existingSource;
    }
}
