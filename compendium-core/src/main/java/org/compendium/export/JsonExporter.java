package org.compendium.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.compendium.model.AgendaItem;
import org.compendium.model.BodyCoverage;
import org.compendium.model.Coverage;
import org.compendium.model.DocumentMetadata;
import org.compendium.model.DocumentSymbol;
import org.compendium.model.ParsedDocument;
import org.compendium.model.Participant;
import org.compendium.model.Provision;
import org.compendium.model.SourceSpan;

/**
 * The JSON exporter: a JSON array with one object per document, written with Jackson's streaming generator.
 *
 * <p>The contract (field names and order, enum codes from the model's {@code code()} methods, {@code null} for
 * anything unknown, ISO dates, spans as {@code [start, end]} pairs) is documented in the README and checked by
 * {@code JsonExporterTest}; change the three together. Segments (headings, footnotes, page furniture) are not exported.
 */
public final class JsonExporter implements DocumentSink {
    /**
     * The version of this export's shape, written first in every document: 2 added {@code work}, {@code expression}
     * and each provision's {@code work} and {@code eId} (version 1 had none of them, and cited reports by year); 3
     * added {@code structure} (the two coverage figures, unstructured or not) and {@code warnings}.
     */
    public static final int FORMAT_VERSION = 3;

    /** The generator's codec writes {@link ProvisionJson} records; it never closes the caller's stream. */
    private static final JsonFactory FACTORY = new com.fasterxml.jackson.databind.ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()).getFactory();

    private final JsonGenerator json;
    private int documents;

    private JsonExporter(JsonGenerator json, boolean pretty) {
        this.json = pretty ? json.useDefaultPrettyPrinter() : json;
        try {
            this.json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exporter writing to {@code out}; {@code pretty} indents the output for people to read. */
    public static JsonExporter to(Writer out, boolean pretty) {
        try {
            return new JsonExporter(FACTORY.createGenerator(out), pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exporter writing UTF-8 to {@code out}; {@code pretty} indents the output for people to read. */
    public static JsonExporter to(OutputStream out, boolean pretty) {
        try {
            return new JsonExporter(FACTORY.createGenerator(out, JsonEncoding.UTF8), pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(ParsedDocument doc) {
        try {
            writeDocument(doc);
            json.flush();
            documents++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + doc.source() + " as JSON", e);
        }
    }

    @Override
    public int documents() {
        return documents;
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish the JSON export, so the output is incomplete; check that the disk is not full and the output is writable, then export again", e);
        }
    }

    private void writeDocument(ParsedDocument doc) throws IOException {
        DocumentMetadata m = doc.metadata();
        json.writeStartObject();
        json.writeNumberField("formatVersion", FORMAT_VERSION);
        json.writeStringField("work", doc.work().toString());
        json.writeObjectFieldStart("expression");
        json.writeStringField("work", doc.work().slug());
        json.writeStringField("language", m.language().code());
        json.writeStringField("permalink", doc.expression().path());
        json.writeEndObject();
        json.writeStringField("type", m.type().code());
        json.writeStringField("body", m.body() == null ? null : m.body().code());
        writeInteger("meeting", m.meeting());
        writeInteger("session", m.session());
        json.writeStringField("symbol", m.symbol() == null ? null : m.symbol().value());
        json.writeStringField("language", m.language().code());
        if (m.dates() == null) {
            json.writeNullField("dates");
        } else {
            json.writeObjectFieldStart("dates");
            json.writeStringField("start", m.dates().start().toString());
            json.writeStringField("end", m.dates().end().toString());
            json.writeEndObject();
        }
        json.writeStringField("venue", m.venue());
        json.writeStringField("title", m.title());
        json.writeStringField("resolution", m.resolutionNumber());
        json.writeStringField("source", doc.source());
        json.writeStringField("sha256", doc.sha256());
        json.writeStringField("format", doc.format() == null ? null : doc.format().code());
        json.writeNumberField("sourceLength", doc.sourceLength());
        writeCoverage(doc.coverage());
        writeStructure(doc);
        writeStrings("warnings", doc.warnings());
        writeStrings("mentionedSymbols", m.mentionedSymbols().stream().map(DocumentSymbol::value).toList());
        writeStrings("mentionedResolutions", m.mentionedResolutions());
        json.writeArrayFieldStart("agenda");
        for (AgendaItem a : m.agenda()) {
            json.writeStartObject();
            json.writeStringField("number", a.number());
            json.writeStringField("title", a.title());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("participants");
        for (Participant p : m.participants()) {
            json.writeStartObject();
            json.writeStringField("stateId", p.stateId());
            json.writeStringField("name", p.name());
            json.writeStringField("role", p.role().code());
            json.writeStringField("paragraph", p.paragraph());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("provisions");
        for (Provision p : doc.provisions()) {
            writeProvision(p);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeProvision(Provision p) throws IOException {
        json.writeObject(ProvisionJson.of(p));
    }

    private void writeCoverage(Coverage c) throws IOException {
        if (c == null) {
            json.writeNullField("coverage");
            return;
        }
        json.writeObjectFieldStart("coverage");
        json.writeNumberField("nonWhitespace", c.nonWhitespace());
        json.writeNumberField("assignedOnce", c.assignedOnce());
        json.writeNumberField("unassigned", c.unassigned());
        json.writeNumberField("assignedTwice", c.assignedTwice());
        json.writeNumberField("ratio", c.ratio());
        json.writeEndObject();
    }

    /** How much of the text the structure explains, and whether the document was stored as unstructured text. */
    private void writeStructure(ParsedDocument doc) throws IOException {
        BodyCoverage b = doc.body();
        json.writeObjectFieldStart("structure");
        json.writeBooleanField("unstructured", doc.unstructured());
        if (b == null) {
            json.writeNullField("inProvisions");
            json.writeNullField("setAside");
            json.writeNullField("outside");
            json.writeNullField("provisionsShare");
            json.writeNullField("setAsideShare");
            json.writeNullField("largelyOutsideProvisions");
        } else {
            json.writeNumberField("inProvisions", b.inProvisions());
            json.writeNumberField("setAside", b.setAside());
            json.writeNumberField("outside", b.outside());
            json.writeNumberField("provisionsShare", b.provisionsShare());
            json.writeNumberField("setAsideShare", b.setAsideShare());
            json.writeBooleanField("largelyOutsideProvisions", !doc.unstructured() && b.largelyOutsideProvisions());
        }
        json.writeEndObject();
    }

    private void writeStrings(String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private void writeInteger(String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
