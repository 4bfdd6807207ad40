package org.compendium.parse;

import java.util.Locale;
import org.compendium.model.BodyCoverage;
import org.compendium.model.DocumentType;
import org.compendium.model.Language;

/**
 * The warnings of a parse that did not understand everything, in plain words: what was missing, how the document was
 * read instead, and what the user can do. One home for their wording, which the CLI, the JSON export and the document
 * page show as they are.
 */
final class Outcomes {
    private Outcomes() {
    }

    /** No type's markers were found: the document is stored as unstructured text. */
    static String typeNotRecognised(Language language) {
        return "type not recognised: found no resolution or decision heading, no recommendation heading, no working-group "
                + "or Secretariat report wording and no treaty title with articles (read in " + language.code()
                + "); stored as unstructured text (its paragraphs kept, shown and exported), with no provisions to cite. If it is in another language, "
                + "ingest it with --language";
    }

    /** The type was recognised but none of its units were: the document is stored as unstructured text. */
    static String structureNotRecognised(DocumentType type, Language language) {
        return "structure not recognised: read as " + type.code() + " (in " + language.code() + ") but found none of its "
                + units(type) + "; stored as unstructured text (its paragraphs kept, shown and exported), with no provisions to cite";
    }

    /**
     * A resolution or decision whose structure was read but which nothing identifies: no symbol, and a heading number
     * that is another organ's ({@code Resolution 39/2} of the Commission), not a COP instrument's.
     */
    static String notIdentified(DocumentType type, String work) {
        return type.code() + " not identified: its opening names an organ other than the Conference of the Parties and "
                + "it prints no symbol of its own, so its number is not read as a COP " + type.code() + "'s; its provisions are cited by "
                + "the file's name (" + work + ") — give its symbol with ingest --symbol";
    }

    /**
     * A resolution or decision taken out of the document that reproduces it ({@link MetadataReader#symbolIsOfReproducingDocument}):
     * the symbol on its pages is that document's, so it is not stored as the instrument's.
     */
    static String symbolOfReproducingDocument(DocumentType type, String symbol, String work) {
        return symbol + ", printed on its pages, is the symbol of the document the " + type.code() + " was taken from (the "
                + "report that reproduces it), not the " + type.code() + "'s own: stored as " + work + " with no symbol; the "
                + "report's provisions are not cited by it";
    }

    /** Most of the body text is outside provisions. */
    static String largelyOutside(BodyCoverage body) {
        return String.format(Locale.ROOT, "only %.2f%% of the body text is inside provisions (%s): much of what the "
                + "document says will be found by no citation; check its structure", body.bodyShareInProvisions() * 100, body.describe());
    }

    /** More than half of the text is headings, footnotes, furniture or front matter. */
    static String mostlySetAside(BodyCoverage body) {
        return String.format(Locale.ROOT, "%.2f%% of the text was set aside as headings, footnotes, page furniture or front "
                + "matter (%s): check that the document's body was not taken for its title page", body.setAsideShare() * 100, body.describe());
    }

    private static String units(DocumentType type) {
        return switch (type) {
            case MEETING_REPORT -> "numbered paragraphs or recommendations";
            case RESOLUTION -> "preambular or numbered operative paragraphs";
            case DECISION -> "lettered paragraphs";
            case COMPENDIUM -> "reproduced recommendations or resolutions";
            case SECRETARIAT_REPORT -> "numbered paragraphs";
            case TREATY -> "articles";
            case SESSION_REPORT -> "resolutions, decisions or numbered paragraphs";
            case OTHER -> "units";
        };
    }
}
