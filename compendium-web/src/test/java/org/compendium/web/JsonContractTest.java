package org.compendium.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compendium.index.SearchJson;
import org.junit.jupiter.api.Test;

/**
 * The CLI ({@code search --json}, {@code similar --json}) and the API write one JSON shape for a search hit and a
 * facet value ({@link SearchJson}), and the export and the API one shape for a provision; the OpenAPI document
 * describes exactly those shapes, field by field, in order.
 */
class JsonContractTest {
    private static List<String> properties(String schema) throws Exception {
        try (InputStream in = JsonContractTest.class.getResourceAsStream("/org/compendium/web/api/openapi.json")) {
            JsonNode props = new ObjectMapper().readTree(in).get("components").get("schemas").get(schema).get("properties");
            List<String> out = new ArrayList<>();
            props.fieldNames().forEachRemaining(out::add);
            return out;
        }
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    @Test
    void theOpenApiHitIsTheSharedHitFieldByField() throws Exception {
        assertThat(properties("Hit")).containsExactlyElementsOf(components(SearchJson.Hit.class));
        assertThat(properties("FacetValue")).containsExactlyElementsOf(components(SearchJson.FacetValue.class));
    }

    @Test
    void theOpenApiSearchResultsAndExportRowAreTheAnswersFieldByField() throws Exception {
        assertThat(properties("SearchResults")).containsExactlyElementsOf(components(org.compendium.web.api.SearchApi.Results.class));
        assertThat(properties("ExportRow")).containsExactlyElementsOf(components(SearchJson.ExportRow.class));
    }

    /** The export's provisions and the API's ({@code /api/documents/{id}}, occurrences) are one shape too. */
    @Test
    void theOpenApiProvisionIsTheExportsProvision() throws Exception {
        assertThat(properties("Provision")).containsExactlyElementsOf(components(org.compendium.export.ProvisionJson.class));
    }
}
