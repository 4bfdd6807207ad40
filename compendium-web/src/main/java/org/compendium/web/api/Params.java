package org.compendium.web.api;

import org.compendium.model.Body;
import org.compendium.model.Citation;
import org.compendium.model.DocumentType;
import org.compendium.model.ThemeVerdict;
import org.compendium.store.DocumentFilter;

/**
 * Reading request parameters into model values, each refusal an {@link ApiException} (400) that says what was
 * expected. Works on plain strings so it serves the API and the pages alike.
 */
public final class Params {
    /** A hint listing the citation shapes, shared by every citation error. */
    public static final String CITATION_HINT = "write a citation such as 'CTOC/COP/WG.7 meeting 8 rec. 12', "
            + "'COP res. 11/5 op. 4(b)', 'COP res. 6/3 pp. 5' or 'COP dec. 2/4 (n)(iii)', URL-encoded in the path";

    private Params() {
    }

    /** Parses a citation, or refuses it with the accepted shapes. */
    public static Citation citation(String text) {
        try {
            return Citation.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed citation '" + text + "'", CITATION_HINT);
        }
    }

    /** Parses a store id. */
    /** A work's slug from a permalink ({@code cop-res-11-5}, {@code ctoc-cop-2024-2}): lower-case letters, digits, hyphens. */
    public static String workSlug(String slug) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,299}")) {
            throw ApiException.badRequest("malformed work '" + slug + "'",
                    "a work is named in lower-case letters, digits and hyphens, e.g. cop-res-11-5 or wg7-meeting-8");
        }
        return slug;
    }

    /** A language code from a permalink ({@code fr}). */
    public static org.compendium.model.Language language(String code) {
        try {
            return org.compendium.model.Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed language '" + code + "'", e.getMessage());
        }
    }

    /** A document symbol ({@code CTOC/COP/WG.7/2021/3}). */
    public static org.compendium.model.DocumentSymbol symbol(String text) {
        try {
            return org.compendium.model.DocumentSymbol.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("malformed symbol '" + text + "'", "write it as the UN prints it, e.g. CTOC/COP/WG.7/2021/3");
        }
    }

    public static long documentId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("malformed document id '" + text + "'",
                    "document ids are the numbers listed by GET /api/documents");
        }
    }

    /**
     * The document filter of the parameters {@code type}, {@code body}, {@code meeting}, {@code session} and
     * {@code year}; blank or missing parameters do not filter.
     */
    public static DocumentFilter filter(String type, String body, String meeting, String session, String year) {
        DocumentFilter f = DocumentFilter.ALL;
        if (present(type)) {
            try {
                f = f.withType(DocumentType.fromCode(type.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown document type '" + type + "'",
                        "type is one of meeting-report, resolution, decision, compendium, secretariat-report, session-report, treaty, other");
            }
        }
        if (present(body)) {
            try {
                f = f.withBody(Body.fromCode(body.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("unknown body '" + body + "'", "body is one of COP, WG.4, WG.7");
            }
        }
        f = f.withMeeting(number("meeting", meeting));
        f = f.withSession(number("session", session));
        return f.withYear(number("year", year));
    }

    /** A positive whole number, or null when blank. */
    public static Integer number(String name, String text) {
        if (!present(text)) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Refused below, with the same message as a negative number.
        }
        throw ApiException.badRequest("malformed " + name + " '" + text + "'", name + " is a positive whole number");
    }

    /** Reads an editor's action: {@code accept}, {@code reject} or {@code add}. */
    public static ThemeVerdict verdict(String action) {
        String a = action == null ? "" : action.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (a) {
            case "accept" -> ThemeVerdict.ACCEPTED;
            case "reject" -> ThemeVerdict.REJECTED;
            case "add" -> ThemeVerdict.ADDED;
            default -> throw badRequestAction(action);
        };
    }

    private static ApiException badRequestAction(String action) {
        return ApiException.badRequest("unknown action '" + action + "'", "action is accept, reject or add");
    }

    /** Whether a parameter was given with a non-blank value. */
    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
