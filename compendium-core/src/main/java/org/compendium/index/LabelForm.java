package org.compendium.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a label of a thematic index, {@code Head (qualifier)} — {@code Système de justice pénale (enquêtes
 * financières)}, {@code Enfants (non accompagnés/ séparés)}: a category shared by many labels, narrowed by the words
 * in parentheses. A query copied from the index has that form; its qualifier says what is asked, the head only where.
 */
final class LabelForm {
    /** A head of at least one word, then one parenthesised group (no nesting) ending the query. */
    private static final Pattern LABEL = Pattern.compile("(?s)\\s*[^()]*\\p{L}[^()]*\\(([^()]*\\p{L}[^()]*)\\)\\s*");

    private LabelForm() {
    }

    /** The qualifier of a query that has the form of a label; empty for any other query. */
    static Optional<String> qualifier(String query) {
        Matcher m = LABEL.matcher(query);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
