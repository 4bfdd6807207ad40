package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.compendium.model.Body;
import org.compendium.model.Theme;
import org.compendium.web.api.JsonShapes;
import org.compendium.web.api.OpenApiDocument;
import org.compendium.web.pages.ThemePages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A theme in the API ({@code /api/themes}): its JSON fields, and the OpenAPI document describing them and the routes. */
class ThemeJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode spec;

    @BeforeAll
    static void readSpec() throws Exception {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
            spec = JSON.readTree(in);
        }
    }

    @Test
    void aThemeIsItsIdScopeCodeParentAndLabelsInLanguageCodeOrder() {
        JsonNode j = JSON.valueToTree(JsonShapes.ThemeItem.of(new Theme("wg-4-cooperation-internationale",
                Map.of("zh", "国际合作", "fr", "Coopération internationale", "en", "International cooperation"),
                null, Body.WG_TIP)));
        assertThat(fields(j)).containsExactly("id", "scope", "parent", "labels");
        assertThat(j.get("scope").asText()).isEqualTo("WG.4");
        assertThat(j.get("parent").isNull()).isTrue();
        assertThat(fields(j.get("labels"))).containsExactly("en", "fr", "zh");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheFieldsOfAThemeAndEveryAnswerOfTheVocabularyRoutes() {
        JsonNode schemas = spec.get("components").get("schemas");
        assertThat(fields(schemas.get("Theme").get("properties"))).containsExactlyElementsOf(
                Arrays.stream(JsonShapes.ThemeItem.class.getRecordComponents()).map(RecordComponent::getName).toList());
        JsonNode create = spec.get("paths").get("/api/themes").get("post");
        assertThat(fields(create.get("responses"))).containsExactly("201", "400", "401", "403");
        assertThat(create.get("responses").get("201").get("headers").has("Location")).isTrue();
        assertThat(fields(spec.get("paths").get("/api/themes/{id}/labels/{lang}").get("put").get("responses")))
                .containsExactly("200", "400", "401", "403", "404");
        assertThat(spec.get("paths").get("/api/themes/{id}/labels/{lang}").get("put").get("parameters").get(1)
                .get("schema").get("enum")).extracting(JsonNode::asText).containsExactlyElementsOf(ThemePages.LANGUAGES);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
