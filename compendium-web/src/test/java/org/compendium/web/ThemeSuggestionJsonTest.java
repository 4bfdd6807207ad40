package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compendium.themes.SimilarProvision;
import org.compendium.themes.Suggestion;
import org.compendium.web.api.JsonShapes;
import org.compendium.web.api.OpenApiDocument;
import org.junit.jupiter.api.Test;

/** A theme suggestion in the API: its reason as data plus its English text, as the OpenAPI document describes. */
class ThemeSuggestionJsonTest {
    /** The mapper the server uses (a plain Jackson mapper). */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Suggestion s) {
        return JSON.valueToTree(JsonShapes.ThemeSuggestion.of(s));
    }

    @Test
    void aSuggestionCarriesItsReasonAsDataWithSimilarProvisionsByCitationAndLabelAndAsEnglishText() {
        JsonNode j = json(new Suggestion("corruption", "Corruption", 0.42,
                new Suggestion.Reason(List.of(new SimilarProvision("CTOC/COP/WG.7 meeting 1 rec. 22", "I.22"),
                        new SimilarProvision("CTOC/COP/WG.7 meeting 5 rec. 7", "V.7")), List.of("corruption")), null));
        assertThat(j.get("id").asText()).isEqualTo("corruption");
        assertThat(j.get("label").asText()).isEqualTo("Corruption");
        assertThat(j.get("score").asDouble()).isEqualTo(0.42);
        assertThat(j.get("reason").get("similar").isArray()).isTrue();
        assertThat(j.get("reason").get("similar")).extracting(x -> x.get("label").asText()).containsExactly("I.22", "V.7");
        assertThat(j.get("reason").get("similar")).extracting(x -> x.get("citation").asText())
                .containsExactly("CTOC/COP/WG.7 meeting 1 rec. 22", "CTOC/COP/WG.7 meeting 5 rec. 7");
        assertThat(j.get("reason").get("words")).extracting(JsonNode::asText).containsExactly("corruption");
        assertThat(j.get("reasonText").asText()).isEqualTo("similar to I.22, V.7; words: corruption");
    }

    @Test
    void aReasonWithoutEvidenceHasEmptyListsNotNulls() {
        JsonNode j = json(new Suggestion("a", "A", 0.1, Suggestion.Reason.NONE, null));
        assertThat(j.get("reason").get("similar").isArray()).isTrue();
        assertThat(j.get("reason").get("similar")).isEmpty();
        assertThat(j.get("reason").get("words")).isEmpty();
        assertThat(j.get("reasonText").asText()).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheFieldsOfASuggestionItsReasonAndItsSimilarProvisions() throws Exception {
        JsonNode schemas;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            schemas = JSON.readTree(in).get("components").get("schemas");
        }
        assertThat(properties(schemas.get("ThemeSuggestion"))).containsExactlyElementsOf(components(JsonShapes.ThemeSuggestion.class));
        assertThat(schemas.get("ThemeSuggestion").get("properties").get("reason").get("$ref").asText())
                .isEqualTo("#/components/schemas/SuggestionReason");
        assertThat(properties(schemas.get("SuggestionReason"))).containsExactlyElementsOf(components(JsonShapes.Reason.class));
        assertThat(schemas.get("SuggestionReason").get("properties").get("similar").get("type").asText()).isEqualTo("array");
        assertThat(schemas.get("SuggestionReason").get("properties").get("similar").get("items").get("$ref").asText())
                .isEqualTo("#/components/schemas/IndexedProvision");
        assertThat(properties(schemas.get("IndexedProvision"))).containsExactlyElementsOf(components(JsonShapes.IndexedProvision.class));
    }

    private static List<String> properties(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
