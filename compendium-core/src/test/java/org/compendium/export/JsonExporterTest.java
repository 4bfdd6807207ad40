package org.compendium.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.compendium.store.StoreFixtures.compendium;
import static org.compendium.store.StoreFixtures.copResolution;
import static org.compendium.store.StoreFixtures.wg7Report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonExporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The documented contract: a change here is a change of the README's JSON section. */
    private static final List<String> DOCUMENT_FIELDS = List.of("formatVersion", "work", "expression", "type", "body", "meeting", "session", "symbol",
            "language", "dates", "venue", "title", "resolution", "source", "sha256", "format", "sourceLength", "coverage",
            "structure", "warnings", "mentionedSymbols", "mentionedResolutions", "agenda", "participants", "provisions");
    private static final List<String> PROVISION_FIELDS = List.of("citation", "work", "eId", "kind", "number", "path", "label", "text",
            "leadingVerb", "meeting", "session", "start", "end", "spans");

    @Test
    void exportParsesBackAsAnArrayOfDocumentsWithTheContractFields() throws Exception {
        JsonNode root = export();
        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(3);
        for (JsonNode doc : root) {
            assertThat(fieldNames(doc)).containsExactlyElementsOf(DOCUMENT_FIELDS);
            for (JsonNode p : doc.get("provisions")) {
                assertThat(fieldNames(p)).containsExactlyElementsOf(PROVISION_FIELDS);
            }
        }
    }

    @Test
    void aMeetingReportUsesEnumCodesIsoDatesAndNulls() throws Exception {
        JsonNode report = export().get(0);
        assertThat(report.get("type").asText()).isEqualTo("meeting-report");
        assertThat(report.get("body").asText()).isEqualTo("WG.7");
        assertThat(report.get("meeting").asInt()).isEqualTo(8);
        assertThat(report.get("session").isNull()).isTrue();
        assertThat(report.get("symbol").asText()).isEqualTo("CTOC/COP/WG.7/2021/3");
        assertThat(report.get("language").asText()).isEqualTo("fr");
        assertThat(report.get("dates").get("start").asText()).isEqualTo("2021-10-14");
        assertThat(report.get("dates").get("end").asText()).isEqualTo("2021-10-15");
        assertThat(report.get("venue").asText()).isEqualTo("Vienne");
        assertThat(report.get("resolution").isNull()).isTrue();
        assertThat(report.get("source").asText()).isEqualTo("rapport.pdf");
        assertThat(report.get("sha256").asText()).isEqualTo("aa01");
        assertThat(report.get("format").asText()).isEqualTo("pdf");
        assertThat(report.get("coverage").get("nonWhitespace").asLong()).isEqualTo(280);
        assertThat(report.get("coverage").get("assignedTwice").asLong()).isEqualTo(2);
        assertThat(report.get("mentionedSymbols").toString()).isEqualTo("[\"CTOC/COP/WG.7/2021/1\",\"CTOC/COP/WG.7/2021/2\"]");
        assertThat(report.get("mentionedResolutions").toString()).isEqualTo("[\"10/3\",\"5/3\"]");
        assertThat(report.get("agenda").get(1).toString()).isEqualTo("{\"number\":\"1 a\",\"title\":\"Ouverture de la réunion\"}");
        assertThat(report.get("participants").get(1).toString())
                .isEqualTo("{\"stateId\":\"VAT\",\"name\":\"Saint-Siège\",\"role\":\"observer-state\",\"paragraph\":null}");

        JsonNode rec = report.get("provisions").get(0);
        assertThat(rec.get("citation").asText()).isEqualTo("CTOC/COP/WG.7 meeting 8 rec. 12");
        assertThat(rec.get("kind").asText()).isEqualTo("recommendation");
        assertThat(rec.get("number").asText()).isEqualTo("12");
        assertThat(rec.get("path").toString()).isEqualTo("[\"B\",\"12\"]");
        assertThat(rec.get("label").asText()).isEqualTo("Recommandation 12");
        assertThat(rec.get("text").asText()).startsWith("Les États parties devraient, « le cas échéant »");
        assertThat(rec.get("leadingVerb").isNull()).isTrue();
        assertThat(rec.get("meeting").asInt()).isEqualTo(8);
        assertThat(rec.get("session").isNull()).isTrue();
        assertThat(rec.get("start").asInt()).isEqualTo(120);
        assertThat(rec.get("end").asInt()).isEqualTo(260);
        assertThat(rec.get("spans").toString()).isEqualTo("[[120,200],[210,260]]");

        assertThat(report.get("provisions").get(1).get("citation").asText()).isEqualTo("CTOC/COP/WG.7 meeting 8 rec. 12(a)");
        assertThat(report.get("provisions").get(1).get("kind").asText()).isEqualTo("subparagraph");
        JsonNode noSpans = report.get("provisions").get(2);
        assertThat(noSpans.get("start").isNull()).isTrue();
        assertThat(noSpans.get("end").isNull()).isTrue();
        assertThat(noSpans.get("spans").toString()).isEqualTo("[]");
        assertThat(noSpans.get("label").isNull()).isTrue();
    }

    @Test
    void aResolutionCarriesItsNumberSessionAndLeadingVerbs() throws Exception {
        JsonNode res = export().get(1);
        assertThat(res.get("type").asText()).isEqualTo("resolution");
        assertThat(res.get("body").asText()).isEqualTo("COP");
        assertThat(res.get("session").asInt()).isEqualTo(11);
        assertThat(res.get("meeting").isNull()).isTrue();
        assertThat(res.get("resolution").asText()).isEqualTo("11/5");
        assertThat(res.get("dates").get("start").asText()).isEqualTo(res.get("dates").get("end").asText());
        assertThat(res.get("provisions").get(0).get("kind").asText()).isEqualTo("preambular");
        assertThat(res.get("provisions").get(1).get("citation").asText()).isEqualTo("COP res. 11/5 op. 4");
        assertThat(res.get("provisions").get(1).get("eId").asText()).isEqualTo("op_4");
        assertThat(res.get("provisions").get(1).get("work").asText()).isEqualTo("COP res. 11/5");
        assertThat(res.get("formatVersion").asInt()).isEqualTo(JsonExporter.FORMAT_VERSION);
        assertThat(res.get("work").asText()).isEqualTo("COP res. 11/5");
        assertThat(res.get("expression").get("permalink").asText()).isEqualTo("/works/cop-res-11-5/fr");
        assertThat(res.get("provisions").get(1).get("leadingVerb").asText()).isEqualTo("Prie instamment");
        assertThat(res.get("provisions").get(1).get("session").asInt()).isEqualTo(11);
    }

    @Test
    void unknownMetadataIsNullNotMissing() throws Exception {
        JsonNode comp = export().get(2);
        assertThat(comp.get("type").asText()).isEqualTo("compendium");
        for (String field : List.of("body", "meeting", "session", "symbol", "dates", "venue", "resolution", "coverage")) {
            assertThat(comp.get(field)).as(field).isNotNull();
            assertThat(comp.get(field).isNull()).as(field).isTrue();
        }
        assertThat(comp.get("title").asText()).isEmpty();
    }

    @Test
    void eachDocumentIsWrittenAsSoonAsItIsGiven() {
        StringWriter out = new StringWriter();
        JsonExporter json = JsonExporter.to(out, false);
        json.write(wg7Report("rapport.pdf", "aa01"));
        assertThat(out.toString()).startsWith("[{\"formatVersion\":3,\"work\":\"CTOC/COP/WG.7 meeting 8\"").contains("rapport.pdf").doesNotContain("res.txt");
        json.write(copResolution("res.txt", "bb02"));
        assertThat(out.toString()).contains("res.txt").doesNotEndWith("]");
        json.close();
        assertThat(out.toString()).endsWith("]");
        assertThat(json.documents()).isEqualTo(2);
    }

    @Test
    void anEmptyExportIsAnEmptyArray() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(JsonExporter.to(out, true).writeAll(List.of())).isZero();
        assertThat(MAPPER.readTree(out.toString()).isArray()).isTrue();
        assertThat(MAPPER.readTree(out.toString())).isEmpty();
    }

    @Test
    void aStreamGetsUtf8AndIsLeftOpen() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonExporter.to(bytes, true).writeAll(List.of(wg7Report("rapport.pdf", "aa01")));
        bytes.write('\n'); // still open: a closed ByteArrayOutputStream would not tell, so check the content too
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Saint-Siège").contains("« le cas échéant »").endsWith("]\n");
        assertThat(MAPPER.readTree(text).get(0).get("participants").get(1).get("name").asText()).isEqualTo("Saint-Siège");
    }

    private static JsonNode export() throws Exception {
        StringWriter out = new StringWriter();
        int written = JsonExporter.to(out, true).writeAll(List.of(
                wg7Report("rapport.pdf", "aa01"), copResolution("res.txt", "bb02"), compendium("c.docx", "cc03")));
        assertThat(written).isEqualTo(3);
        return MAPPER.readTree(out.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
