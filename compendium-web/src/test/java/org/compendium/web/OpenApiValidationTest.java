package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document passes a real validator (swagger-parser's OpenAPI 3.0 reader: structure, required
 * fields, types, parameter and schema shapes, every {@code $ref} resolved), and the validator does catch a broken copy.
 */
class OpenApiValidationTest {
    private static String document() throws Exception {
        try (InputStream in = OpenApiValidationTest.class.getResourceAsStream("/org/compendium/web/api/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static SwaggerParseResult validate(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi30WithEveryReferenceResolved() throws Exception {
        SwaggerParseResult result = validate(document());
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/api/search", "/api/search/export");
        assertThat(result.getOpenAPI().getPaths().get("/api/search").getGet().getParameters())
                .extracting(p -> p.getName()).contains("q", "qlang", "lang", "cursor", "strength");
    }

    @Test
    void theValidatorRefusesABrokenReferenceAndAMissingResponses() throws Exception {
        String broken = document().replace("\"#/components/schemas/SearchResults\"", "\"#/components/schemas/NoSuchSchema\"")
                .replaceFirst("\"responses\"", "\"responsez\"");
        assertThat(validate(broken).getMessages()).isNotEmpty();
    }
}
