package org.compendium.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.compendium.model.SourceSpan;

/**
 * The text forms of the values that a row holds as one column: source spans as {@code 12-40,50-90} and lists of
 * labels (paths, citation subdivisions) as a JSON array.
 *
 * <p>Lists are JSON rather than {@code /}-joined because a label may itself contain a slash or be empty; JSON keeps
 * every list exactly, which the round-trip guarantee of the store needs.
 */
final class ColumnCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private ColumnCodec() {
    }

    /** Spans as {@code start-end} pairs joined by commas; the empty string for none. */
    static String spans(List<SourceSpan> spans) {
        StringBuilder sb = new StringBuilder();
        for (SourceSpan s : spans) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(s.start()).append('-').append(s.end());
        }
        return sb.toString();
    }

    /** The inverse of {@link #spans(List)}. */
    static List<SourceSpan> parseSpans(String text) {
        List<SourceSpan> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return spans;
        }
        for (String pair : text.split(",", -1)) {
            int dash = pair.indexOf('-');
            if (dash <= 0) {
                throw new StoreException("corrupt span list in the store: '" + text + "'");
            }
            spans.add(new SourceSpan(Integer.parseInt(pair.substring(0, dash)), Integer.parseInt(pair.substring(dash + 1))));
        }
        return spans;
    }

    /** A list of strings as a JSON array. */
    static String strings(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode " + values, e);
        }
    }

    /** The inverse of {@link #strings(List)}. */
    static List<String> parseStrings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt list in the store: '" + json + "'", e);
        }
    }
}
