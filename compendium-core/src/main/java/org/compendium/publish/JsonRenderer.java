package org.compendium.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.compendium.publish.Edition.Entry;
import org.compendium.publish.Edition.IndexReference;
import org.compendium.publish.Edition.IndexRow;
import org.compendium.publish.Edition.IndexTheme;
import org.compendium.publish.Edition.Instrument;
import org.compendium.publish.Edition.Meeting;
import org.compendium.publish.Edition.Session;

/** Writes the whole edition as one JSON object (fields in the order of {@link Edition}; citations as strings). */
final class JsonRenderer {
    private JsonRenderer() {
    }

    static void write(Edition e, OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("body", e.body().code());
        g.writeStringField("language", e.language());
        g.writeStringField("meetings", e.meetings().toString());
        g.writeStringField("sessions", e.sessions().toString());
        g.writeStringField("title", e.title());
        strings(g, "introduction", e.introduction());
        g.writeStringField("partAHeading", e.partAHeading());
        g.writeArrayFieldStart("partA");
        for (Meeting m : e.partA()) {
            g.writeStartObject();
            g.writeNumberField("number", m.number());
            g.writeStringField("heading", m.heading());
            g.writeObjectFieldStart("dates");
            if (m.dates() != null) {
                g.writeStringField("start", m.dates().start().toString());
                g.writeStringField("end", m.dates().end().toString());
            }
            g.writeEndObject();
            g.writeStringField("reportSymbol", m.reportSymbol());
            g.writeStringField("source", m.source());
            entries(g, m.entries());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("partBHeading", e.partBHeading());
        g.writeArrayFieldStart("partB");
        for (Session s : e.partB()) {
            g.writeStartObject();
            g.writeNumberField("number", s.number());
            g.writeStringField("heading", s.heading());
            g.writeArrayFieldStart("instruments");
            for (Instrument i : s.instruments()) {
                g.writeStartObject();
                g.writeStringField("name", i.name());
                g.writeStringField("title", i.title());
                g.writeStringField("opening", i.opening());
                entries(g, i.entries());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("index");
        for (IndexTheme t : e.index()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("label", t.label());
            g.writeArrayFieldStart("rows");
            for (IndexRow r : t.rows()) {
                g.writeStartObject();
                g.writeStringField("part", r.part().name());
                g.writeStringField("references", r.referenceCell(e.texts()));
                g.writeStringField("reportSymbol", r.reportSymbol());
                g.writeStringField("instrument", r.instrument());
                g.writeStringField("paragraphs", r.paragraphs());
                g.writeStringField("recommendations", r.recommendations());
                g.writeArrayFieldStart("links");
                for (IndexReference x : r.references()) {
                    g.writeStartObject();
                    g.writeStringField("reference", x.reference());
                    g.writeStringField("citation", x.citation().toString());
                    g.writeStringField("reportNumber", x.reportNumber());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "notes", e.notes());
        g.writeEndObject();
        g.flush();
    }

    private static void entries(JsonGenerator g, List<Entry> entries) throws IOException {
        g.writeArrayFieldStart("entries");
        for (Entry x : entries) {
            g.writeStartObject();
            g.writeStringField("reference", x.reference());
            g.writeStringField("citation", x.citation().toString());
            g.writeStringField("number", x.number());
            g.writeNumberField("depth", x.depth());
            g.writeStringField("leadingVerb", x.leadingVerb());
            g.writeStringField("text", x.text());
            if (x.shownIn() != null) {
                g.writeStringField("shownIn", x.shownIn().code());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
