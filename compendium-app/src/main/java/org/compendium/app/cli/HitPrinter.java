package org.compendium.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.compendium.index.Facet;
import org.compendium.index.Fragment;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.SearchHit;
import org.compendium.index.SearchResult;
import org.compendium.index.Snippet;

/**
 * The printer of search hits for {@code search} and {@code similar}: one block per hit (citation, where it comes
 * from, snippet) with matches shown as «…», or in ANSI bold on a terminal; or the same as JSON.
 */
final class HitPrinter {
    private static final String BOLD = "\u001B[1m";
    private static final String RESET = "\u001B[0m";

    private final PrintWriter out;
    private final boolean terminal;

    HitPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void hits(List<SearchHit> hits, int firstNumber) {
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            ProvisionEntry p = h.provision();
            out.println("[" + (firstNumber + i) + "] " + p.citation() + "  (" + describe(p) + ")"
                    + (Float.isNaN(h.score()) ? "" : String.format(java.util.Locale.ROOT, "  score %.2f", h.score())));
            out.println("    " + p.source() + " · " + p.type().code() + (p.symbol() == null ? "" : " · " + p.symbol()));
            out.println("    " + snippet(h.snippet()));
            out.println();
        }
    }

    void facets(List<Facet> facets) {
        for (Facet f : facets) {
            if (!f.values().isEmpty()) {
                out.println("  " + f.field() + ": " + f.values().stream().map(v -> v.value() + " " + v.count())
                        .collect(Collectors.joining(" · ")));
            }
        }
    }

    /** A snippet as plain text with its matches marked; the text itself is printed as is (a terminal interprets nothing but ESC). */
    String snippet(Snippet s) {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : s.fragments()) {
            // An ESC in the text itself must not drive the terminal: show it as a visible symbol.
            String text = f.text().replace('\u001B', '␛');
            sb.append(f.highlighted() ? (terminal ? BOLD + text + RESET : "«" + text + "»") : text);
        }
        return sb.toString();
    }

    /** Where a hit comes from: kind, body, meeting or session, year. */
    static String describe(ProvisionEntry p) {
        StringBuilder sb = new StringBuilder(p.kind().code());
        if (p.body() != null) {
            sb.append(", ").append(p.body().code());
        }
        if (p.meeting() != null) {
            sb.append(", meeting ").append(p.meeting());
        }
        if (p.session() != null) {
            sb.append(", session ").append(p.session());
        }
        if (p.year() != null) {
            sb.append(", ").append(p.year());
        }
        return sb.toString();
    }

    /** The JSON of a search result: total, hits with fragments, facets. */
    static String json(SearchResult r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("query", r.request().query());
        root.put("total", r.total());
        root.put("offset", r.request().offset());
        root.set("hits", hitsJson(m, r.hits()));
        ObjectNode facets = root.putObject("facets");
        for (Facet f : r.facets()) {
            ObjectNode values = facets.putObject(f.field());
            f.values().forEach(v -> values.put(v.value(), v.count()));
        }
        return write(m, root);
    }

    /** The JSON of a list of hits (for {@code similar}). */
    static String json(List<SearchHit> hits) {
        ObjectMapper m = new ObjectMapper();
        return write(m, hitsJson(m, hits));
    }

    private static ArrayNode hitsJson(ObjectMapper m, List<SearchHit> hits) {
        ArrayNode array = m.createArrayNode();
        for (SearchHit h : hits) {
            ProvisionEntry p = h.provision();
            ObjectNode o = array.addObject();
            o.put("citation", p.citation().toString());
            o.put("score", h.score());
            o.put("kind", p.kind().code());
            o.put("body", p.body() == null ? null : p.body().code());
            o.put("year", p.year());
            o.put("source", p.source());
            o.put("type", p.type().code());
            o.put("verb", p.verb());
            ArrayNode addressees = o.putArray("addressees");
            p.addressees().forEach(addressees::add);
            ArrayNode fragments = o.putArray("snippet");
            for (Fragment f : h.snippet().fragments()) {
                fragments.addObject().put("text", f.text()).put("highlighted", f.highlighted());
            }
        }
        return array;
    }

    /** Any value as indented JSON: the one JSON writer of the commands' {@code --json}. */
    static String pretty(Object value) {
        return write(new ObjectMapper(), value);
    }

    private static String write(ObjectMapper m, Object node) {
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
