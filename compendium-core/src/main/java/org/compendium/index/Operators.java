package org.compendium.index;

import java.util.regex.Pattern;

/**
 * The detector of the advanced query syntax: a query is read with Lucene's classic syntax only when its writer used
 * an operator of it; any other text is read as words ({@link WordsQuery}), so that text copied from a document or an
 * index label ({@code Enfants (non accompagnés/ séparés)}, {@code Objet : trafic}) never fails to parse.
 *
 * <p>What counts as an operator: a quotation mark; {@code AND}, {@code OR}, {@code NOT} in upper case as words, or
 * {@code &&}, {@code ||}; a word prefixed with {@code +} or {@code -} ({@code -enfants}, but not the hyphen inside
 * {@code pluri-institutions}); a field name glued to its value ({@code body:WG.4}, but not {@code Objet : trafic});
 * a {@code *} ending or inside a word ({@code migra*}); {@code ?} inside a word ({@code te?t}, but not the question
 * mark ending a question); {@code ~} or {@code ^N} after a word; a backslash escape. Parentheses, slashes and colons
 * followed by a space are text: they appear in labels and titles.
 */
final class Operators {
    private static final Pattern OPERATOR = Pattern.compile(String.join("|",
            "\"",
            "(?:^|\\s)(?:AND|OR|NOT)(?=\\s|$|\\()",
            "&&|\\|\\|",
            "(?:^|[\\s(])[+-][\\p{L}\\p{N}\"(]",
            "(?:^|[\\s(])\\p{L}[\\p{L}\\p{N}._]*:[^\\s]",
            "[\\p{L}\\p{N}]\\*",
            "[\\p{L}\\p{N}]\\?[\\p{L}\\p{N}]",
            "[\\p{L}\\p{N}\"]~",
            "[\\p{L}\\p{N}\")]\\^\\d",
            "\\\\"));

    private Operators() {
    }

    /** Whether {@code query} uses the advanced syntax (then it is parsed, and a malformed one is refused). */
    static boolean usedIn(String query) {
        return OPERATOR.matcher(query).find();
    }
}
