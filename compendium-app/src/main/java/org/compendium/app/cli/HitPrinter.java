package org.compendium.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.compendium.index.Facet;
import org.compendium.index.Fragment;
import org.compendium.index.ProvisionEntry;
import org.compendium.index.SearchHit;
import org.compendium.index.SearchJson;
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
            out.println("    " + p.source() + " · " + p.type().code() + (p.symbol() == null ? "" : " · " + p.symbol())
                    + (h.versions().size() > 1 ? " · in " + String.join(" ", h.versions().stream().map(l -> l.code()).toList()) : ""));
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
    /** The JSON of a result: the one shape the API answers too ({@link SearchJson}). */
    static String json(SearchResult r) {
        return write(new ObjectMapper(), SearchJson.Result.of(r, java.util.Map.of()));
    }

    /** The JSON of a list of hits (for {@code similar}), each in {@link SearchJson.Hit}'s shape. */
    static String json(List<SearchHit> hits) {
        return write(new ObjectMapper(), hits.stream().map(SearchJson.Hit::of).toList());
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
