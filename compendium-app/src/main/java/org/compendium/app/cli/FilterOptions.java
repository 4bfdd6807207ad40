package org.compendium.app.cli;

import org.compendium.model.Body;
import org.compendium.model.DocumentType;
import org.compendium.store.DocumentFilter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The document filter options shared by {@code list} and {@code export} (a picocli mixin): every given criterion must
 * hold.
 */
public final class FilterOptions {
    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "Only documents of this type: meeting-report, resolution, decision, compendium, "
                    + "secretariat-report, session-report, treaty, other.")
    DocumentType type;

    @Option(names = "--body", paramLabel = "BODY", converter = BodyConverter.class,
            description = "Only documents of this body: COP, WG.4 (trafficking in persons), WG.7 (smuggling of migrants).")
    Body body;

    @Option(names = "--meeting", paramLabel = "N", description = "Only documents of this working-group meeting.")
    Integer meeting;

    @Option(names = "--session", paramLabel = "N", description = "Only documents of this COP session.")
    Integer session;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only documents of meetings or sessions that began this year.")
    Integer year;

    /** The filter these options describe. */
    DocumentFilter filter() {
        return new DocumentFilter(type, body, meeting, session, year);
    }

    /** Whether any criterion was given. */
    boolean any() {
        return !filter().equals(DocumentFilter.ALL);
    }

    /** Reads {@code --type} with the model's own codes and message. */
    static final class TypeConverter implements ITypeConverter<DocumentType> {
        @Override
        public DocumentType convert(String value) {
            try {
                return DocumentType.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --body} with the model's own codes and message. */
    static final class BodyConverter implements ITypeConverter<Body> {
        @Override
        public Body convert(String value) {
            try {
                return Body.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
