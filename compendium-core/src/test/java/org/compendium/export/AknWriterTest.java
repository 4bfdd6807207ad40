package org.compendium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.compendium.ingest.SourceReader;
import org.compendium.model.ParsedDocument;
import org.compendium.parse.Corpus;
import org.compendium.parse.DocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every seed's Akoma Ntoso export validates against the AKN 3.0 schema, offline; resolutions have the agreed shape. */
class AknWriterTest {
    private static Schema schema;

    /** The schema folder beside the checkout: the surefire property, else the relative fallbacks (like {@link Corpus}). */
    static Path schemaDir() {
        String configured = System.getProperty("compendium.akn.schema");
        for (Path p : new Path[] {configured == null ? null : Path.of(configured), Path.of("..", "..", "shared", "schemas", "akn"),
                Path.of("..", "shared", "schemas", "akn")}) {
            if (p != null && Files.isRegularFile(p.resolve("akomantoso30.xsd"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("the Akoma Ntoso schema is missing: expected ../shared/schemas/akn/akomantoso30.xsd beside the checkout");
    }

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Offline: the schema's import of ./xml.xsd resolves to the file beside it, nothing is fetched.
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schema = f.newSchema(schemaDir().resolve("akomantoso30.xsd").toFile());
    }

    static Stream<String> seeds() {
        return Stream.of(Corpus.WG4_2019, Corpus.RES_11_5, Corpus.COMPENDIUM_2021, Corpus.WG7_2021, Corpus.SECRETARIAT_2024);
    }

    static String xml(String seed) throws Exception {
        ParsedDocument doc = new DocumentParser().parse(new SourceReader().read(Corpus.file(seed)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AknWriter.write(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedValidatesAgainstTheSchema(String seed) throws Exception {
        String xml = xml(seed);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).contains("<FRBRlanguage language=\"fra\"/>");
    }

    @Test
    void aResolutionIsAStatementWithPreambleAndNumberedParagraphs() throws Exception {
        String xml = xml(Corpus.RES_11_5);
        assertThat(xml).contains("<statement name=\"resolution\">")
                .contains("<FRBRthis value=\"/akn/un/statement/deliberation/cop-ctoc/2022/11-5\"/>")
                .contains("/11-5/fra@/!main.xml\"/>")
                .contains("<formula name=\"openingFormula\">")
                .containsPattern("<preamble>.*<p eId=\"pp_1\"><i>[^<]+</i>")
                .contains("<paragraph eId=\"op_4\"><num>4.</num><intro><p>")
                .contains("<subparagraph eId=\"op_4__subpara_a\"><num>a)</num><content><p>");
    }

    @Test
    void theCompendiumIsADocWithSectionsPerPartAndMeeting() throws Exception {
        String xml = xml(Corpus.COMPENDIUM_2021);
        assertThat(xml).contains("<doc name=\"compendium\">", "<section eId=\"sec_A\">", "<subsection eId=\"sec_A__subsec_I\">",
                "eId=\"wg7-meeting-1.rec_22\"", "eId=\"cop-res-5-3.op_7\"", "eId=\"cop-dec-2-4.op_n__subpara_iii\"");
    }
}
