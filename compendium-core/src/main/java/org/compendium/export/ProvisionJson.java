package org.compendium.export;

import java.util.List;
import org.compendium.model.Provision;

/**
 * The one JSON shape of a provision, written by Jackson field by field in declaration order: each provision of the
 * JSON export and of the API's documents and occurrences (the README's JSON export contract lists the fields).
 *
 * @param start the first source offset, or null when it has no span (where the model's -1 would look like an offset)
 * @param end   the last source offset (exclusive), or null when it has no span
 * @param spans the source ranges it was read from, as {@code [start, end]} pairs
 */
public record ProvisionJson(String citation, String work, String eId, String kind, String number, List<String> path,
                            String label, String text, String leadingVerb, Integer meeting, Integer session, Integer start,
                            Integer end, List<List<Integer>> spans) {
    public static ProvisionJson of(Provision p) {
        boolean spanless = p.spans().isEmpty();
        return new ProvisionJson(p.citation().toString(), p.citation().work().toString(), p.eId().toString(), p.kind().code(),
                p.number(), p.path(), p.label(), p.text(), p.leadingVerb(), p.meeting(), p.session(),
                spanless ? null : p.start(), spanless ? null : p.end(),
                p.spans().stream().map(s -> List.of(s.start(), s.end())).toList());
    }
}
