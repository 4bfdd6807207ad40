package org.compendium.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.index.SearchFields;
import org.compendium.index.SearchJson;
import org.compendium.index.SearchRequest;
import org.compendium.index.SearchResult;
import org.compendium.web.catalogue.Searcher;

/**
 * {@code GET /api/search/export?format=csv|json&q=...}: every provision of a search (one row per provision, its
 * version in the reader's language {@code lang} when it has one), streamed in batches of {@value #BATCH} as they are
 * searched, so the server holds one batch at a time. Bounded: a search matching more than
 * {@link SearchRequest#MAX_DEPTH} provisions is refused (400) before anything is written, with how to narrow it — an
 * export is the whole result set or nothing.
 *
 * <p>CSV (RFC 4180, UTF-8, a header row; lists joined by {@code ;}) is written by Jackson's CSV module; JSON is one
 * object {@code {"query", "total", "hits": [...]}} written by Jackson's streaming generator.
 */
public final class ExportApi {
    /** Hits fetched per search while exporting. */
    static final int BATCH = SearchRequest.MAX_LIMIT;
    /** The parameters of one value each; besides them, the facet fields as filters. */
    static final List<String> SINGLE = List.of("format", "q", "qlang", "sort", "lang");
    private static final Set<String> LISTS = Set.of("versions", "addressees", "themes");

    private final Searcher searcher;
    private final ObjectMapper json = new ObjectMapper();
    private final CsvMapper csv = new CsvMapper();

    public ExportApi(Searcher searcher) {
        this.searcher = searcher;
    }

    /** Every parameter the export accepts. */
    public static List<String> accepted() {
        List<String> out = new ArrayList<>(SINGLE);
        out.addAll(SearchFields.FACETS);
        return List.copyOf(out);
    }

    public void export(Context ctx) {
        Map<String, List<String>> query = ctx.queryParamMap();
        for (var parameter : query.entrySet()) {
            if (!accepted().contains(parameter.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + parameter.getKey() + "'",
                        "GET /api/search/export takes " + String.join(", ", accepted()) + " (no paging: it answers every hit)");
            }
            if (SINGLE.contains(parameter.getKey()) && parameter.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + parameter.getKey() + "' given " + parameter.getValue().size()
                        + " times", "give " + parameter.getKey() + " once");
            }
        }
        String format = query.getOrDefault("format", List.of("")).getFirst().strip();
        if (!format.equals("csv") && !format.equals("json")) {
            throw ApiException.badRequest("unknown export format '" + format + "'", "format is csv or json");
        }
        Map<String, List<String>> search = new LinkedHashMap<>(query);
        search.remove("format");
        SearchRequest request = SearchParams.from(search).request().withPage(0, BATCH);
        SearchResult first = SearchApi.run(searcher, new SearchParams(request, 1, BATCH));
        if (first.total() > SearchRequest.MAX_DEPTH) {
            throw ApiException.badRequest("the search matches " + (first.estimated() ? "about " : "") + first.total() + " provisions, more than the "
                    + SearchRequest.MAX_DEPTH + " an export holds", "narrow it with filters (body, meeting, session, year, kind, ...)");
        }
        ctx.status(200);
        ctx.header("Content-Disposition", "attachment; filename=\"compendium-search." + format + "\"");
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
        try {
            OutputStream out = ctx.res().getOutputStream();
            if (format.equals("csv")) {
                csv(out, request, first);
            } else {
                json(out, request, first);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The result's hits batch after batch: the first one already searched, then each next one, until a batch is
     * short (an estimated total is not trusted to end the export) or the deepest page is reached.
     *
     * @return how many rows were written
     */
    private long forEachBatch(SearchRequest request, SearchResult first, RowSink sink) throws IOException {
        SearchResult batch = first;
        int offset = 0;
        long rows = 0;
        while (true) {
            for (var hit : batch.hits()) {
                sink.write(SearchJson.ExportRow.of(hit));
                rows++;
            }
            offset += BATCH;
            if (batch.hits().size() < BATCH || (!first.estimated() && offset >= first.total())
                    || offset >= SearchRequest.MAX_DEPTH) {
                return rows;
            }
            batch = SearchApi.run(searcher, new SearchParams(request.withPage(offset, BATCH), 1, BATCH));
        }
    }

    @FunctionalInterface
    private interface RowSink {
        void write(SearchJson.ExportRow row) throws IOException;
    }

    private void csv(OutputStream out, SearchRequest request, SearchResult first) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (var component : SearchJson.ExportRow.class.getRecordComponents()) {
            if (LISTS.contains(component.getName())) {
                schema.addArrayColumn(component.getName(), ";");
            } else {
                schema.addColumn(component.getName());
            }
        }
        try (SequenceWriter rows = csv.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            forEachBatch(request, first, rows::write);
        }
    }

    private void json(OutputStream out, SearchRequest request, SearchResult first) throws IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("query", request.query());
            g.writeArrayFieldStart("hits");
            long rows = forEachBatch(request, first, row -> json.writeValue(g, row));
            g.writeEndArray();
            // After the hits: the rows written, exact even when the search's total was estimated (common words).
            g.writeNumberField("total", rows);
            g.writeEndObject();
        }
    }
}
